package org.narrascope.discovery;

/**
 * Dunning's log-likelihood ratio statistic G² of a 2×2 contingency table (Dunning 1993):
 *
 * <pre>
 *   G² = 2 · Σ O · ln(O / E),   E = row total · column total / N,   0 · ln 0 = 0
 * </pre>
 *
 * For an n-gram x = a b split into a first part a and a second part b, the table is k11 = c(x), k12
 * = c(a) − c(x), k21 = c(b) − c(x), k22 = N − c(a) − c(b) + c(x). For n &gt; 2 a phrase is as
 * strong as its weakest link: its G² is the smaller of the two splits at its edges (first word |
 * rest, and all but the last word | last word). G² is not signed: a pair seen less often than
 * chance also has a large G²; NPMI tells the direction.
 */
public final class LogLikelihood {
  private LogLikelihood() {}

  /** G² of the table {{k11, k12}, {k21, k22}}; counts must not be negative. */
  public static double g2(long k11, long k12, long k21, long k22) {
    if (k11 < 0 || k12 < 0 || k21 < 0 || k22 < 0) {
      throw new IllegalArgumentException(
          "negative cell in " + k11 + ", " + k12 + ", " + k21 + ", " + k22);
    }
    double n = (double) k11 + k12 + k21 + k22;
    if (n == 0) {
      return 0;
    }
    double r1 = k11 + k12;
    double r2 = k21 + k22;
    double c1 = k11 + k21;
    double c2 = k12 + k22;
    double sum =
        term(k11, r1 * c1 / n)
            + term(k12, r1 * c2 / n)
            + term(k21, r2 * c1 / n)
            + term(k22, r2 * c2 / n);
    return Math.max(0, 2 * sum);
  }

  /**
   * G² of an n-gram seen {@code count} times whose parts are seen {@code a} and {@code b} times.
   */
  public static double ofSplit(long count, long a, long b, long total) {
    return g2(count, a - count, b - count, total - a - b + count);
  }

  private static double term(long observed, double expected) {
    return observed == 0 ? 0 : observed * Math.log(observed / expected);
  }
}
