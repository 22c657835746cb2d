package org.vigie.search.export;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An order-independent fingerprint of a set of articles in constant memory: the sum, modulo
 * 2^256, of the SHA-256 of each article's JSON. Two exports of the same articles agree whatever
 * order the backend streamed them in; any added, removed or changed article changes it.
 */
final class ResultSetDigest {
  private static final BigInteger MOD = BigInteger.ONE.shiftLeft(256);
  private final MessageDigest sha;
  private BigInteger sum = BigInteger.ZERO;

  ResultSetDigest() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  void add(String articleJson) {
    add(articleJson.getBytes(StandardCharsets.UTF_8));
  }

  /** The same as {@link #add(String)} of the UTF-8 text, without making the string. */
  void add(byte[] articleJsonUtf8) {
    sum = sum.add(new BigInteger(1, sha.digest(articleJsonUtf8))).mod(MOD);
  }

  String hex() {
    byte[] b = sum.toByteArray();
    byte[] out = new byte[32];
    int n = Math.min(32, b.length);
    System.arraycopy(b, b.length - n, out, 32 - n, n);
    return HexFormat.of().formatHex(out);
  }
}
