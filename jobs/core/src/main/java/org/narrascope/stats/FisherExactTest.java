package org.narrascope.stats;

/**
 * Fisher's exact test for a 2×2 table {@code [[a, b], [c, d]]}; in Narrascope {@code a} = documents
 * of a source that mention a frame, {@code b} = its documents that do not, and {@code c}, {@code d}
 * the same for the expert-skeptic baseline.
 *
 * <p>Conditioning on all four margins ({@code r1 = a + b}, {@code r2 = c + d}, {@code c1 = a + c},
 * {@code n = r1 + r2}), under independence the top-left cell follows the hypergeometric law
 *
 * <pre>
 *   P(X = x) = C(r1, x) C(r2, c1 - x) / C(n, c1),   max(0, c1 - r2) &lt;= x &lt;= min(r1, c1).
 * </pre>
 *
 * <ul>
 *   <li>{@link #twoSided}: {@code p = sum of P(X = x) over all x with P(X = x) <= P(X = a) (1 +
 *       1e-7)}, the "probability of a table at most as likely as the observed one" (Agresti 2013,
 *       §3.5.1). The relative tolerance {@code 1e-7} is R's {@code fisher.test} convention: it
 *       keeps tables whose probability equals the observed one mathematically but differs in the
 *       last bits from being dropped, so the figures match R.
 *   <li>{@link #oneSidedGreater}: {@code P(X >= a)} (alternative: odds ratio &gt; 1, i.e. the
 *       source mentions the frame more than the baseline); {@link #oneSidedLess}: {@code P(X <=
 *       a)}.
 * </ul>
 *
 * <p>Numerics. Point probabilities come from Loader's saddle-point expansion (no cancellation of
 * huge log-factorials, ~1e-14 absolute error in the log at any n). Because the pmf is unimodal, the
 * set of tables "at most as likely" is two tails of the support; their inner ends are found by
 * bisection on the log-probability, and each tail is summed outwards with the exact term ratio
 * until the geometric bound on the remaining terms (valid because the pmf is log-concave) is below
 * 1e-18 of the partial sum. Cost grows with the standard deviation of the law (&le; √n / 4), not
 * with the width of the support, so a table with n = 10^8 takes milliseconds. p-values below the
 * smallest double (about 1e-308) underflow to 0.
 *
 * <p>Degenerate tables: when a margin is zero (e.g. no document of either group mentions the
 * frame), the support is a single table and every p-value is 1.
 *
 * <p>References: R. A. Fisher (1922), "On the interpretation of χ² from contingency tables, and the
 * calculation of P", J. R. Stat. Soc. 85(1); A. Agresti (2013), Categorical Data Analysis, 3rd ed.,
 * §3.5; C. Loader (2000), "Fast and accurate computation of binomial probabilities".
 */
public final class FisherExactTest {
  /**
   * Largest supported grand total {@code a + b + c + d}: 2^31, so that margin products stay exact
   * in a {@code long}.
   */
  public static final long MAX_TOTAL = 1L << 31;

  private static final double LOG_RELATIVE_TOLERANCE = Math.log1p(1e-7);

  private FisherExactTest() {}

  /**
   * The two-sided p-value (R's {@code fisher.test} definition, see the class comment), in [0, 1].
   *
   * @throws IllegalArgumentException if a count is negative or the total exceeds {@link #MAX_TOTAL}
   */
  public static double twoSided(long a, long b, long c, long d) {
    Hypergeometric law = law(a, b, c, d);
    if (law.lo == law.hi) {
      return 1;
    }
    double logThreshold = law.logPmf(a) + LOG_RELATIVE_TOLERANCE;
    if (law.logPmf(law.mode) <= logThreshold) {
      return 1;
    }
    // The tables at most as likely as the observed one are [lo, left] and [right, hi].
    double p = 0;
    if (law.logPmf(law.lo) <= logThreshold) {
      long left = lastAtMost(law, law.lo, law.mode - 1, logThreshold);
      p += law.lowerTailBelowMode(left);
    }
    if (law.logPmf(law.hi) <= logThreshold) {
      long right = firstAtMost(law, law.mode + 1, law.hi, logThreshold);
      p += law.upperTailAboveMode(right);
    }
    return Math.min(1, p);
  }

  /**
   * {@code P(X >= a)}: the one-sided p-value against the alternative that the first row has the
   * higher proportion (odds ratio &gt; 1).
   */
  public static double oneSidedGreater(long a, long b, long c, long d) {
    return law(a, b, c, d).survival(a);
  }

  /**
   * {@code P(X <= a)}: the one-sided p-value against the alternative that the first row has the
   * lower proportion (odds ratio &lt; 1).
   */
  public static double oneSidedLess(long a, long b, long c, long d) {
    return law(a, b, c, d).cdf(a);
  }

  private static Hypergeometric law(long a, long b, long c, long d) {
    if (a < 0 || b < 0 || c < 0 || d < 0) {
      throw new IllegalArgumentException(
          "2x2 table [[" + a + ", " + b + "], [" + c + ", " + d + "]]: counts must be >= 0");
    }
    if (a + b + c + d > MAX_TOTAL) {
      throw new IllegalArgumentException(
          "2x2 table [[" + a + ", " + b + "], [" + c + ", " + d + "]]: total above " + MAX_TOTAL);
    }
    return new Hypergeometric(a + b, c + d, a + c);
  }

  /** Largest x in [from, to] with logPmf(x) <= threshold, given it holds at from (pmf rising). */
  private static long lastAtMost(Hypergeometric law, long from, long to, double threshold) {
    long good = from;
    long bad = to + 1;
    while (bad - good > 1) {
      long mid = good + (bad - good) / 2;
      if (law.logPmf(mid) <= threshold) {
        good = mid;
      } else {
        bad = mid;
      }
    }
    return good;
  }

  /** Smallest x in [from, to] with logPmf(x) <= threshold, given it holds at to (pmf falling). */
  private static long firstAtMost(Hypergeometric law, long from, long to, double threshold) {
    long bad = from - 1;
    long good = to;
    while (good - bad > 1) {
      long mid = bad + (good - bad) / 2;
      if (law.logPmf(mid) <= threshold) {
        good = mid;
      } else {
        bad = mid;
      }
    }
    return good;
  }
}
