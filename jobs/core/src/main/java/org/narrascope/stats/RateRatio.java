package org.narrascope.stats;

import java.util.Optional;

/**
 * The ratio of two proportions (risk ratio) with a Katz log-scale confidence interval.
 *
 * <p>For {@code a} of {@code n1} documents in the first group and {@code c} of {@code n2} in the
 * second ({@code b = n1 - a}, {@code d = n2 - c}):
 *
 * <pre>
 *   RR       = (a / n1) / (c / n2)
 *   SE(ln RR) = sqrt(1/a - 1/n1 + 1/c - 1/n2)          (delta method)
 *   CI       = exp(ln RR ± z · SE),   z = Φ⁻¹(1 - (1 - level) / 2)   (1.959964 for 95 %)
 * </pre>
 *
 * <p><b>Zero cells.</b> If any of {@code a, b, c, d} is 0 the formula breaks down: {@code a = 0} or
 * {@code c = 0} makes RR 0 or infinite and the SE infinite; {@code b = 0} or {@code d = 0} (every
 * document mentions the frame) makes that group's variance term zero and the interval too narrow.
 * Then the Haldane–Anscombe correction adds 1/2 to each of the four cells, i.e. {@code a' = a +
 * 0.5}, {@code n1' = n1 + 1}, {@code c' = c + 0.5}, {@code n2' = n2 + 1}, and both the estimate and
 * the interval are computed from the corrected counts ({@link #haldaneAnscombeCorrected()} is then
 * true), so the estimate always lies inside its interval. When {@code a = c = 0} nothing is
 * observed in either group and no ratio is reported (an empty result), because the corrected value
 * would only restate the ratio of the two sample sizes.
 *
 * <p>References: D. Katz, J. Baptista, S. P. Azen, M. C. Pike (1978), "Obtaining confidence
 * intervals for the risk ratio in cohort studies", Biometrics 34(3), 469–474; J. B. S. Haldane
 * (1956), "The estimation and significance of the logarithm of a ratio of frequencies", Annals of
 * Human Genetics 20; F. J. Anscombe (1956), "On estimating binomial response relations", Biometrika
 * 43.
 *
 * @param estimate the (possibly corrected) ratio of proportions, finite and &gt; 0
 * @param ciLow lower end of the interval, finite and &gt; 0
 * @param ciHigh upper end of the interval, finite
 * @param confidenceLevel the two-sided coverage, e.g. 0.95
 * @param haldaneAnscombeCorrected whether 1/2 was added to every cell because one was 0
 */
public record RateRatio(
    double estimate,
    double ciLow,
    double ciHigh,
    double confidenceLevel,
    boolean haldaneAnscombeCorrected) {

  /** The conventional level of the intervals in Narrascope's tables. */
  public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;

  /** The ratio with a 95 % interval; see {@link #katz(long, long, long, long, double)}. */
  public static Optional<RateRatio> katz(long a, long n1, long c, long n2) {
    return katz(a, n1, c, n2, DEFAULT_CONFIDENCE_LEVEL);
  }

  /**
   * The ratio {@code (a/n1) / (c/n2)} with a Katz interval at the given level, Haldane–Anscombe
   * corrected when a cell is zero (see the type's comment).
   *
   * @return empty when {@code a = c = 0}, when {@code n1 = 0} or when {@code n2 = 0}: no ratio is
   *     defined
   * @throws IllegalArgumentException if a count is negative, {@code a > n1}, {@code c > n2}, or the
   *     level is not strictly between 0 and 1
   */
  public static Optional<RateRatio> katz(long a, long n1, long c, long n2, double level) {
    if (a < 0 || c < 0 || a > n1 || c > n2) {
      throw new IllegalArgumentException(
          "rate ratio of " + a + "/" + n1 + " vs " + c + "/" + n2 + ": expected 0 <= k <= n");
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level " + level + ": expected 0 < level < 1");
    }
    if (n1 == 0 || n2 == 0 || (a == 0 && c == 0)) {
      return Optional.empty();
    }
    boolean correct = a == 0 || c == 0 || a == n1 || c == n2;
    double shift = correct ? 0.5 : 0;
    double x1 = a + shift;
    double m1 = n1 + 2 * shift;
    double x2 = c + shift;
    double m2 = n2 + 2 * shift;
    double logRatio = Math.log(x1 / m1) - Math.log(x2 / m2);
    // 1/x - 1/m written as (m - x)/(x m): no cancellation when nearly every document matches.
    double se = Math.sqrt((m1 - x1) / (x1 * m1) + (m2 - x2) / (x2 * m2));
    double z = StandardNormal.quantile(1 - (1 - level) / 2);
    return Optional.of(
        new RateRatio(
            Math.exp(logRatio),
            Math.exp(logRatio - z * se),
            Math.exp(logRatio + z * se),
            level,
            correct));
  }
}
