package org.vigie.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie annotate}: Annotates one article (HTML or text) and prints its AnnotatedArticle JSON. */
@Command(name = "annotate", mixinStandardHelpOptions = true, description = "Annotates one article (HTML or text) and prints its AnnotatedArticle JSON.")
public final class AnnotateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "An HTML or text file.")
  java.nio.file.Path file;

  @Option(names = "--url", paramLabel = "URL", description = "The URL the page came from.")
  String url;

  @Option(names = "--lang", paramLabel = "fr|en", description = "Skip language detection.")
  String lang;

  @Option(names = "--manifest", paramLabel = "LIST.tsv", description = "Lines path<TAB>url; prints one JSON object per line.")
  java.nio.file.Path manifest;
  @Override
  public Integer call() {
    return Unavailable.say(spec, "issue #5, entities");
  }
}
