package org.vigie.app.cli;

import org.vigie.app.VigieVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code vigie --version}: the version and the git revision the jar was built from. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    VigieVersion v = VigieVersion.current();
    return new String[] {
      "vigie " + v.version() + " (git " + v.revision() + (v.dirty() ? ", uncommitted changes" : "") + ")",
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
