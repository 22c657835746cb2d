package org.vigie.crawler.extract.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Splits a dataset into a development part, on which rules may be tuned, and a held-out part
 * that only measures: by a hash of each page id, so the split is stable, unrelated to the site
 * and the same on every machine. Roughly 70% development, 30% held out.
 */
public enum DatasetSplit {
  DEV,
  HELD_OUT;

  public static DatasetSplit of(String pageId) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(("vigie-split:" + pageId).getBytes(StandardCharsets.UTF_8));
      return Byte.toUnsignedInt(d[0]) % 10 < 7 ? DEV : HELD_OUT;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
