package org.vigie.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigie demo}: serves the bundled sample sites locally, crawls, annotates and indexes them. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Serves the bundled sample news sites on loopback, crawls, annotates and indexes them, then shows a summary and sample searches.")
public final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "HTTP port for the UI on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() {
    return Unavailable.say(spec, "being wired");
  }
}
