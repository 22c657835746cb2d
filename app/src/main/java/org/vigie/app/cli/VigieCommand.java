package org.vigie.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vigie}: the top-level command; each subcommand is one class in this package. */
@Command(
    name = "vigie",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Watches French and English news for AI-abuse incidents and the policy response to them.",
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      CrawlCommand.class,
      SourcesCommand.class,
      CaseCommand.class,
      ExtractCommand.class,
      AnnotateCommand.class,
      SearchCommand.class,
      TrendsCommand.class,
      SubscriptionsCommand.class,
      DigestCommand.class,
      ExportCommand.class,
      ReprocessCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class VigieCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the CLI and returns the exit code; errors become one line on stderr unless --verbose. */
  public static int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
    Logging.configure(verbose);
    CommandLine cli = new CommandLine(new VigieCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + describe(e));
          if (verbose) e.printStackTrace(commandLine.getErr());
          return 1;
        });
    return cli.execute(args);
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getMessage() == null) root = root.getCause();
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message;
  }
}
