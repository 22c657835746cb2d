package org.vigie.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie digest}: Previews or sends a subscription's daily digest. */
@Command(name = "digest", mixinStandardHelpOptions = true, description = "Previews or sends a subscription's daily digest.")
public final class DigestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--subscription", paramLabel = "ID", description = "The subscription.")
  String subscription;

  @Option(names = "--preview", paramLabel = "FILE.html", description = "Write the digest to a file instead of sending it.")
  java.nio.file.Path preview;

  @Option(names = "--send", description = "Send it now.")
  boolean send;

  @Override
  public Integer call() {
    return Unavailable.say(spec, "the digest issue");
  }
}
