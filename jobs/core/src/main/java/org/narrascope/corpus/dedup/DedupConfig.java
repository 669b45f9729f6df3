package org.narrascope.corpus.dedup;

import java.io.Serializable;
import org.narrascope.NarrascopeException;

/**
 * Parameters of near-duplicate detection.
 *
 * <p>A pair becomes a candidate when all {@code rows = hashes / bands} MinHash values of at least
 * one band agree, which happens with probability {@code 1 - (1 - J^rows)^bands} for Jaccard
 * similarity {@code J}; candidates are then kept only if their exact Jaccard is at least {@code
 * threshold}. With the defaults (128 hashes, 32 bands of 4 rows) a pair at {@code J = 0.5} is a
 * candidate with probability 0.87, at {@code J = 0.6} with 0.98, so the LSH step loses almost
 * nothing above the default threshold.
 *
 * @param shingleSize words per shingle, at least 1
 * @param hashes MinHash functions (signature length), at least 1
 * @param bands LSH bands; must divide {@code hashes}
 * @param threshold the minimum exact Jaccard similarity of duplicates, in {@code (0, 1]}
 * @param seed the seed of the MinHash functions: the same seed gives the same signatures
 */
public record DedupConfig(int shingleSize, int hashes, int bands, double threshold, long seed)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int DEFAULT_SHINGLE_SIZE = 5;
  public static final int DEFAULT_HASHES = 120;
  public static final int DEFAULT_BANDS = 40;

  public static final double DEFAULT_THRESHOLD = 0.5;

  public DedupConfig {
    if (shingleSize < 1) {
      throw new NarrascopeException(
          "dedup config: shingle size must be at least 1 word, got " + shingleSize);
    }
    if (hashes < 1) {
      throw new NarrascopeException("dedup config: hashes must be at least 1, got " + hashes);
    }
    if (bands < 1 || hashes % bands != 0) {
      throw new NarrascopeException(
          "dedup config: bands must be a positive divisor of hashes ("
              + hashes
              + "), got "
              + bands);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new NarrascopeException(
          "dedup config: threshold must be a Jaccard similarity in (0, 1], got " + threshold);
    }
  }

  /** The measured defaults with the given seed. */
  public static DedupConfig defaults(long seed) {
    return new DedupConfig(
        DEFAULT_SHINGLE_SIZE, DEFAULT_HASHES, DEFAULT_BANDS, DEFAULT_THRESHOLD, seed);
  }

  /** MinHash values per band. */
  public int rows() {
    return hashes / bands;
  }

  /** A copy with another Jaccard threshold. */
  public DedupConfig withThreshold(double newThreshold) {
    return new DedupConfig(shingleSize, hashes, bands, newThreshold, seed);
  }

  /** A copy with another shingle size. */
  public DedupConfig withShingleSize(int newShingleSize) {
    return new DedupConfig(newShingleSize, hashes, bands, threshold, seed);
  }
}
