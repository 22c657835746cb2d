package org.vigie.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie subscriptions}: Manages digest subscriptions: add, list, remove (saved query, recipients, language, send time, zone). */
@Command(name = "subscriptions", mixinStandardHelpOptions = true, description = "Manages digest subscriptions: add, list, remove (saved query, recipients, language, send time, zone).")
public final class SubscriptionsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    return Unavailable.say(spec, "the digest issue");
  }
}
