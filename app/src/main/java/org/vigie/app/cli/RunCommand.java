package org.vigie.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie run}: Runs the scheduler, the HTTP API and the web UI. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Runs the scheduler, the HTTP API and the web UI.")
public final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "HTTP port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
  int port;
  @Override
  public Integer call() {
    return Unavailable.say(spec, "the scheduler and HTTP API come with their issues");
  }
}
