package org.vigie.crawler.dedup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A MinHash signature: for each of {@value #LENGTH} hash functions, the least value it takes over
 * a text's {@link WordShingles}. The share of positions where two signatures agree estimates the
 * Jaccard similarity of the two shingle sets (standard error {@code sqrt(J(1-J)/128)}, 0.044 at
 * J = 0.5).
 *
 * <p>Candidates are found by LSH banding: the signature is cut into {@value #BANDS} bands of
 * {@value #ROWS} rows, and two texts are candidates when any band is equal, which happens with
 * probability {@code 1 - (1 - J^4)^32}: 0.87 at J = 0.5, 0.997 at 0.64 (the least similar wire
 * copies measured), 0.0002 at 0.05 (unrelated texts). The curve is steepest near 0.42, just below
 * the grouping threshold, so pairs above it are nearly always looked at and unrelated ones almost
 * never.
 *
 * <p>Immutable; the hash functions are fixed by {@link #SCHEME}, so stored signatures stay
 * comparable across runs. Changing a parameter means a new scheme name.
 */
public final class MinHashSignature {
  public static final int LENGTH = 128;
  public static final int BANDS = 32;
  public static final int ROWS = LENGTH / BANDS;
  /** Names the shingling and hashing; stored beside each signature. */
  public static final String SCHEME = "minhash-w" + WordShingles.WIDTH + "-n" + LENGTH + "-b" + BANDS + "-v1";

  /** Odd multipliers and offsets of the multiply-shift hash functions, from a fixed seed. */
  private static final long[] A = new long[LENGTH];
  private static final long[] B = new long[LENGTH];

  static {
    long s = 0x5649474945L; // "VIGIE": fixed forever for this scheme
    for (int i = 0; i < LENGTH; i++) {
      s += 0x9E3779B97F4A7C15L;
      A[i] = WordShingles.mix(s) | 1L;
      s += 0x9E3779B97F4A7C15L;
      B[i] = WordShingles.mix(s);
    }
  }

  private final int[] values;

  private MinHashSignature(int[] values) {
    this.values = values;
  }

  /**
   * The signature of a shingle set.
   *
   * @throws IllegalArgumentException when the set is empty: it has no minima, and any placeholder
   *     would make all empty texts look identical
   */
  public static MinHashSignature of(long[] shingles) {
    if (shingles.length == 0) throw new IllegalArgumentException("no shingles: a text without words has no signature");
    long[] min = new long[LENGTH];
    Arrays.fill(min, Long.MAX_VALUE);
    for (long x : shingles) {
      for (int i = 0; i < LENGTH; i++) {
        long h = (A[i] * x + B[i]) >>> 32; // the high half of a multiply-shift hash is the well-mixed one
        if (h < min[i]) min[i] = h;
      }
    }
    int[] v = new int[LENGTH];
    for (int i = 0; i < LENGTH; i++) v[i] = (int) min[i];
    return new MinHashSignature(v);
  }

  /** The estimated Jaccard similarity: the share of hash functions whose minima agree. */
  public double similarity(MinHashSignature other) {
    int same = 0;
    for (int i = 0; i < LENGTH; i++) if (values[i] == other.values[i]) same++;
    return (double) same / LENGTH;
  }

  /**
   * One key per band, the language folded in, so that only texts of one language ever meet in a
   * bucket.
   */
  public long[] bandKeys(String language) {
    long lang = 0;
    for (byte b : language.getBytes(StandardCharsets.UTF_8)) lang = WordShingles.mix(lang * 31 + b);
    long[] keys = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long h = WordShingles.mix(lang + band);
      for (int r = 0; r < ROWS; r++) h = WordShingles.mix(h * 31 + values[band * ROWS + r]);
      keys[band] = h;
    }
    return keys;
  }

  /** Big-endian ints, {@code 4 × LENGTH} bytes: the stored form. */
  public byte[] toBytes() {
    ByteBuffer buf = ByteBuffer.allocate(4 * LENGTH);
    for (int v : values) buf.putInt(v);
    return buf.array();
  }

  /** @throws IllegalArgumentException when the bytes are not a signature of this scheme */
  public static MinHashSignature fromBytes(byte[] bytes) {
    if (bytes.length != 4 * LENGTH) {
      throw new IllegalArgumentException("a signature is " + 4 * LENGTH + " bytes, not " + bytes.length);
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    int[] v = new int[LENGTH];
    for (int i = 0; i < LENGTH; i++) v[i] = buf.getInt();
    return new MinHashSignature(v);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MinHashSignature s && Arrays.equals(values, s.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }
}
