package org.narrascope.stats;

/**
 * The distribution of the top-left cell of a 2×2 table given all its margins: {@code X ~
 * Hypergeometric}, drawing {@code col1} items from {@code row1 + row2} of which {@code row1} are
 * "successes". {@code P(X = x) = C(row1, x) C(row2, col1 - x) / C(n, col1)} on the support {@code
 * max(0, col1 - row2) <= x <= min(row1, col1)}.
 *
 * <p>The pmf is log-concave, so it rises to its mode and falls after it, and the ratio of
 * neighbouring terms moving away from the mode only shrinks. Tail sums use this twice: a tail is
 * summed outwards with the exact term ratio (no log-factorials per term), and the sum stops when
 * the geometric bound on everything left, {@code t r / (1 - r)} for the current term t and the
 * current ratio r, falls below {@link #NEGLIGIBLE} of the partial sum. Work is therefore
 * proportional to the spread of the distribution (at most {@code sqrt(n)/4} standard deviation),
 * never to the width of the support.
 */
final class Hypergeometric {
  /** Relative size of the remainder of a tail below which it cannot change a double sum. */
  static final double NEGLIGIBLE = 1e-18;

  final long row1;
  final long row2;
  final long col1;
  final long n;
  final long lo;
  final long hi;
  final long mode;
  private final double p;
  private final double q;

  Hypergeometric(long row1, long row2, long col1) {
    this.row1 = row1;
    this.row2 = row2;
    this.col1 = col1;
    this.n = row1 + row2;
    this.lo = Math.max(0, col1 - row2);
    this.hi = Math.min(row1, col1);
    // Mode of the hypergeometric: floor((col1+1)(row1+1)/(n+2)); exact in long for n < 2^31.
    this.mode = Math.min(hi, Math.max(lo, (col1 + 1) * (row1 + 1) / (n + 2)));
    this.p = n == 0 ? 0 : (double) col1 / n;
    this.q = n == 0 ? 1 : (double) (n - col1) / n;
  }

  /** {@code ln P(X = x)}: Loader's saddle-point form, accurate to ~1e-14 absolute for any n. */
  double logPmf(long x) {
    if (x < lo || x > hi) {
      return Double.NEGATIVE_INFINITY;
    }
    return SaddlePoint.logBinomial(x, row1, p, q)
        + SaddlePoint.logBinomial(col1 - x, row2, p, q)
        - SaddlePoint.logBinomial(col1, n, p, q);
  }

  /** {@code P(X = x + 1) / P(X = x)} for {@code lo <= x < hi}. */
  private double ratioUp(long x) {
    return ((double) (row1 - x) * (double) (col1 - x))
        / ((double) (x + 1) * (double) (row2 - col1 + x + 1));
  }

  /** {@code P(X = x - 1) / P(X = x)} for {@code lo < x <= hi}. */
  private double ratioDown(long x) {
    return ((double) x * (double) (row2 - col1 + x))
        / ((double) (row1 - x + 1) * (double) (col1 - x + 1));
  }

  /** {@code P(X <= x)} for {@code lo <= x <= mode}, summed from x downwards. */
  double lowerTailBelowMode(long x) {
    double sum = 1;
    double term = 1;
    for (long k = x; k > lo; k--) {
      double r = ratioDown(k);
      if (r < 1 && term * r / (1 - r) <= NEGLIGIBLE * sum) {
        break;
      }
      term *= r;
      sum += term;
    }
    return Math.exp(logPmf(x) + Math.log(sum));
  }

  /** {@code P(X >= x)} for {@code mode <= x <= hi}, summed from x upwards. */
  double upperTailAboveMode(long x) {
    double sum = 1;
    double term = 1;
    for (long k = x; k < hi; k++) {
      double r = ratioUp(k);
      if (r < 1 && term * r / (1 - r) <= NEGLIGIBLE * sum) {
        break;
      }
      term *= r;
      sum += term;
    }
    return Math.exp(logPmf(x) + Math.log(sum));
  }

  /** {@code P(X <= x)}, through the complement when x lies past the mode. */
  double cdf(long x) {
    if (x < lo) {
      return 0;
    }
    if (x >= hi) {
      return 1;
    }
    if (x < mode) {
      return Math.min(1, lowerTailBelowMode(x));
    }
    return Math.max(0, 1 - upperTailAboveMode(x + 1));
  }

  /** {@code P(X >= x)}, through the complement when x lies before the mode. */
  double survival(long x) {
    if (x <= lo) {
      return 1;
    }
    if (x > hi) {
      return 0;
    }
    if (x > mode) {
      return Math.min(1, upperTailAboveMode(x));
    }
    return Math.max(0, 1 - lowerTailBelowMode(x - 1));
  }
}
