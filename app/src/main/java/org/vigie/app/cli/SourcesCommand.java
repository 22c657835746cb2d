package org.vigie.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.vigie.core.Source;
import org.vigie.crawler.source.SourceProblem;
import org.vigie.crawler.source.SourcesException;
import org.vigie.crawler.source.SourcesLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie sources}: the configured outlets. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "The configured sources.",
    subcommands = {SourcesCommand.Check.class, SourcesHealthCommand.class})
public final class SourcesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** {@code vigie sources check [FILE]}: validates sources.yml. */
  @Command(name = "check", mixinStandardHelpOptions = true, description = "Validates sources.yml, with line-numbered errors.")
  public static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CommonOptions common;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Default: ./sources.yml")
    Path file;

    @Override
    public Integer call() {
      Path path = file == null ? Path.of("sources.yml") : file;
      var out = spec.commandLine().getOut();
      var err = spec.commandLine().getErr();
      if (!java.nio.file.Files.isRegularFile(path)) {
        err.println("sources check: no such file: " + path);
        return 2;
      }
      try {
        List<Source> sources = new SourcesLoader().load(path);
        long feeds = sources.stream().mapToLong(s -> s.feeds().size()).sum();
        long sitemaps = sources.stream().mapToLong(s -> s.sitemaps().size()).sum();
        long sections = sources.stream().mapToLong(s -> s.sectionPages().size()).sum();
        out.printf("%s: %d sources, %d feeds, %d sitemaps, %d section pages: OK%n",
            path, sources.size(), feeds, sitemaps, sections);
        return 0;
      } catch (SourcesException e) {
        for (SourceProblem p : e.problems()) err.println(path + ":" + p);
        err.println(path + ": " + e.problems().size() + " problem(s)");
        return 1;
      } catch (java.io.IOException e) {
        err.println("sources check: cannot read " + path + ": " + e.getMessage());
        return 2;
      }
    }
  }
}
