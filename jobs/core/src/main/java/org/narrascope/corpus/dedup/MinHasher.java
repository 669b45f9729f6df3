package org.narrascope.corpus.dedup;

import java.io.Serializable;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.narrascope.NarrascopeException;

/**
 * MinHash signatures and LSH band keys of shingle sets.
 *
 * <p>Hash function {@code i} is {@code h_i(x) = (a_i·x + b_i) mod p} with the Mersenne prime {@code
 * p = 2^61 − 1} (a 2-universal family), {@code x} the shingle hash reduced mod {@code p} and {@code
 * a_i, b_i} drawn from a {@link SplittableRandom} of the config's seed: the same seed always gives
 * the same functions, on every executor. Immutable and serialisable, so one instance can be
 * broadcast.
 */
public final class MinHasher implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final long PRIME = (1L << 61) - 1;

  /** The signature value of an empty set: no shingle ever hashes to it (values are below p). */
  public static final long EMPTY = Long.MAX_VALUE;

  private final long[] a;
  private final long[] b;
  private final int bands;
  private final int rows;

  private MinHasher(long[] a, long[] b, int bands) {
    this.a = a;
    this.b = b;
    this.bands = bands;
    this.rows = a.length / bands;
  }

  /** The hash functions of {@code config} (its hashes, bands and seed). */
  public static MinHasher of(DedupConfig config) {
    SplittableRandom random = new SplittableRandom(config.seed());
    long[] a = new long[config.hashes()];
    long[] b = new long[config.hashes()];
    for (int i = 0; i < a.length; i++) {
      a[i] = 1 + random.nextLong(PRIME - 1);
      b[i] = random.nextLong(PRIME);
    }
    return new MinHasher(a, b, config.bands());
  }

  /**
   * The MinHash signature of a shingle set: per hash function the minimum over the shingles. An
   * empty set gives {@link #EMPTY} everywhere (callers should not bucket such documents).
   */
  public long[] signature(long[] shingles) {
    long[] signature = new long[a.length];
    Arrays.fill(signature, EMPTY);
    for (long shingle : shingles) {
      long x = mod(shingle);
      for (int i = 0; i < a.length; i++) {
        long h = addMod(mulMod(a[i], x), b[i]);
        if (h < signature[i]) {
          signature[i] = h;
        }
      }
    }
    return signature;
  }

  /** The share of positions where two signatures agree: an unbiased estimate of their Jaccard. */
  public static double estimatedJaccard(long[] a, long[] b) {
    if (a.length != b.length || a.length == 0) {
      throw new NarrascopeException(
          "MinHash signatures of different or zero length: " + a.length + " and " + b.length);
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  /**
   * One 64-bit key per band: a hash of the band index and its rows, so two documents share a key
   * exactly when (up to 64-bit collisions) all rows of that band agree. Keys of different bands
   * differ even for equal rows, so all bands can be grouped in one shuffle.
   */
  public long[] bandKeys(long[] signature) {
    if (signature.length != a.length) {
      throw new NarrascopeException(
          "MinHash signature of length " + signature.length + ", expected " + a.length);
    }
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long h = MurmurHash3.fmix64(band + 0x9e3779b97f4a7c15L);
      for (int r = band * rows; r < (band + 1) * rows; r++) {
        h = MurmurHash3.fmix64(h * 0x9e3779b97f4a7c15L + signature[r]);
      }
      keys[band] = h;
    }
    return keys;
  }

  /** {@code x mod p} for any 64-bit {@code x}, read as unsigned. */
  private static long mod(long x) {
    long r = (x & PRIME) + (x >>> 61);
    return r >= PRIME ? r - PRIME : r;
  }

  /** {@code (x + y) mod p} for {@code x, y < p}. */
  private static long addMod(long x, long y) {
    long r = x + y;
    return r >= PRIME ? r - PRIME : r;
  }

  /** {@code (x · y) mod p} for {@code x, y < p}: the 122-bit product folded twice. */
  private static long mulMod(long x, long y) {
    long high = Math.multiplyHigh(x, y);
    long low = x * y;
    // product = high·2^64 + low = high·8·2^61 + (low >>> 61)·2^61 + (low & p); 2^61 ≡ 1 (mod p)
    long r = (low & PRIME) + (low >>> 61) + (high << 3);
    r = (r & PRIME) + (r >>> 61);
    return r >= PRIME ? r - PRIME : r;
  }
}
