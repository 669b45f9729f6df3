package org.narrascope.stats;

/**
 * Binomial log-probabilities by Loader's saddle-point expansion, the building block of {@link
 * Hypergeometric}.
 *
 * <p>Why not {@code lgamma(n+1) - lgamma(x+1) - ...}: at {@code n = 10^8} each log-factorial is
 * about {@code 1.7e9}, so their difference loses roughly seven significant digits to cancellation.
 * Loader writes the log-probability as {@code stirlerr(n) - stirlerr(x) - stirlerr(n-x) - bd0(x,
 * np) - bd0(n-x, nq) - log(2 pi x (n-x) / n) / 2}, where every term is small or computed without
 * cancellation, so the result keeps close to full double precision for any {@code n}.
 *
 * <p>Reference: C. Loader (2000), "Fast and accurate computation of binomial probabilities"; the
 * same scheme is used by R's {@code dbinom}/{@code dhyper}.
 */
final class SaddlePoint {
  private static final double LN_2PI = Math.log(2 * Math.PI);

  /**
   * {@code stirlerr(n) = ln n! - (n + 1/2) ln n + n - ln sqrt(2 pi)} for n = 0..15, where the
   * asymptotic series is not yet accurate (entry 0 is unused: x = 0 never reaches stirlerr).
   */
  private static final double[] STIRLING_ERROR_SMALL = {
    0.0,
    0.081061466795327258219670264,
    0.041340695955409294093822081,
    0.0276779256849983391487892927,
    0.020790672103765093111522771,
    0.0166446911898211921631948653,
    0.013876128823070747998745727,
    0.0118967099458917700950557241,
    0.010411265261972096497478567,
    0.0092554621827127329177286366,
    0.008330563433362871256469318,
    0.0075736754879518407949720242,
    0.006942840107209529865664152,
    0.0064089941880042070684396310,
    0.005951370112758847735624416,
    0.0055547335519628013710386899
  };

  private static final double S0 = 1.0 / 12;
  private static final double S1 = 1.0 / 360;
  private static final double S2 = 1.0 / 1260;
  private static final double S3 = 1.0 / 1680;
  private static final double S4 = 1.0 / 1188;

  private SaddlePoint() {}

  /** The error of Stirling's formula for {@code ln n!}, for a whole number {@code n >= 1}. */
  static double stirlingError(long n) {
    if (n < STIRLING_ERROR_SMALL.length) {
      return STIRLING_ERROR_SMALL[(int) n];
    }
    double x = n;
    double xx = x * x;
    // Terms of the Stirling series 1/(12n) - 1/(360n^3) + ...: for n >= 16 five terms reach double
    // precision; fewer suffice as n grows.
    if (n > 500) {
      return (S0 - S1 / xx) / x;
    }
    if (n > 80) {
      return (S0 - (S1 - S2 / xx) / xx) / x;
    }
    if (n > 35) {
      return (S0 - (S1 - (S2 - S3 / xx) / xx) / xx) / x;
    }
    return (S0 - (S1 - (S2 - (S3 - S4 / xx) / xx) / xx) / xx) / x;
  }

  /**
   * The deviance term {@code bd0(x, np) = x ln(x/np) + np - x}, by a series in {@code v =
   * (x-np)/(x+np)} when x is close to np (where the closed form cancels).
   */
  static double deviance(double x, double np) {
    if (Math.abs(x - np) < 0.1 * (x + np)) {
      double v = (x - np) / (x + np);
      double s = (x - np) * v;
      if (Math.abs(s) < Double.MIN_NORMAL) {
        return s;
      }
      double ej = 2 * x * v;
      double vv = v * v;
      for (int j = 1; j < 1000; j++) {
        ej *= vv;
        double next = s + ej / (2 * j + 1);
        if (next == s) {
          return next;
        }
        s = next;
      }
    }
    return x * Math.log(x / np) + np - x;
  }

  /**
   * {@code ln P(X = x)} for {@code X ~ Binomial(n, p)}, with {@code q = 1 - p} passed separately so
   * that callers keep its precision; {@code -Infinity} outside the support.
   */
  static double logBinomial(long x, long n, double p, double q) {
    if (x < 0 || x > n) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 0) {
      return x == 0 ? 0 : Double.NEGATIVE_INFINITY;
    }
    if (q == 0) {
      return x == n ? 0 : Double.NEGATIVE_INFINITY;
    }
    if (x == 0) {
      if (n == 0) {
        return 0;
      }
      return p < 0.1 ? -deviance(n, n * q) - n * p : n * Math.log(q);
    }
    if (x == n) {
      return q < 0.1 ? -deviance(n, n * p) - n * q : n * Math.log(p);
    }
    double lc =
        stirlingError(n)
            - stirlingError(x)
            - stirlingError(n - x)
            - deviance(x, n * p)
            - deviance(n - x, n * q);
    double lf = LN_2PI + Math.log(x) + Math.log1p(-(double) x / n);
    return lc - 0.5 * lf;
  }
}
