package org.narrascope.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.Duration;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.junit.jupiter.api.Test;

class FisherExactTestTest {

  /** Fisher's tea-tasting table: 4 cups of each kind, 3 of the 4 milk-first cups recognised. */
  @Test
  void teaTastingByHand() {
    // Margins 4, 4 / 4, 4; P(X = x) = C(4,x) C(4,4-x) / C(8,4) = (1, 16, 36, 16, 1) / 70.
    // Observed x = 3 has 16/70; tables at most as likely: x = 0, 1, 3, 4 -> (1+16+16+1)/70.
    assertThat(FisherExactTest.twoSided(3, 1, 1, 3)).isCloseTo(34.0 / 70, within(1e-15));
    assertThat(FisherExactTest.twoSided(3, 1, 1, 3)).isCloseTo(0.4857142857, within(1e-10));
    // One-sided: P(X >= 3) = 17/70, P(X <= 3) = 69/70.
    assertThat(FisherExactTest.oneSidedGreater(3, 1, 1, 3)).isCloseTo(17.0 / 70, within(1e-15));
    assertThat(FisherExactTest.oneSidedLess(3, 1, 1, 3)).isCloseTo(69.0 / 70, within(1e-15));
  }

  @Test
  void tableOneNineElevenThreeByHand() {
    // Margins r1 = 10, r2 = 14, c1 = 12, n = 24, C(24,12) = 2704156.
    // C(10,x) C(14,12-x) for x = 0..10:
    //   91, 3640, 45045, 240240, 630630, 864864, 630630, 240240, 45045, 3640, 91.
    // Observed x = 1 (3640); as likely or less: x = 0, 1, 9, 10 -> 7462 / 2704156 = 41/14858.
    assertThat(FisherExactTest.twoSided(1, 9, 11, 3)).isCloseTo(41.0 / 14858, within(1e-15));
    assertThat(FisherExactTest.twoSided(1, 9, 11, 3)).isCloseTo(0.002759456, within(1e-9));
    // P(X <= 1) = (91 + 3640) / 2704156.
    assertThat(FisherExactTest.oneSidedLess(1, 9, 11, 3))
        .isCloseTo(3731.0 / 2704156, within(1e-16));
  }

  @Test
  void exactTiesOnBothSidesAreCounted() {
    // [[0,5],[4,1]]: r1 = 5, r2 = 5, c1 = 4, C(10,4) = 210; C(5,x) C(5,4-x) = 5, 50, 100, 50, 5.
    // P(X=4) equals the observed P(X=0) = 5/210, so p = 10/210 = 1/21.
    assertThat(FisherExactTest.twoSided(0, 5, 4, 1)).isCloseTo(1.0 / 21, within(1e-15));
  }

  @Test
  void asymmetricTableByHand() {
    // [[2,3],[0,4]]: r1 = 5, r2 = 4, c1 = 2, C(9,2) = 36; C(5,x) C(4,2-x) = 6, 20, 10 for x = 0..2.
    // Observed x = 2 (10/36); as likely or less: x = 0 (6) and x = 2 (10) -> 16/36 = 4/9.
    assertThat(FisherExactTest.twoSided(2, 3, 0, 4)).isCloseTo(4.0 / 9, within(1e-15));
    assertThat(FisherExactTest.oneSidedGreater(2, 3, 0, 4)).isCloseTo(10.0 / 36, within(1e-15));
    assertThat(FisherExactTest.oneSidedLess(2, 3, 0, 4)).isEqualTo(1.0);
  }

  @Test
  void degenerateMarginsGiveOne() {
    assertThat(FisherExactTest.twoSided(0, 10, 0, 20)).isEqualTo(1.0);
    assertThat(FisherExactTest.twoSided(0, 0, 0, 0)).isEqualTo(1.0);
    assertThat(FisherExactTest.twoSided(7, 0, 3, 0)).isEqualTo(1.0);
    assertThat(FisherExactTest.oneSidedGreater(0, 10, 0, 20)).isEqualTo(1.0);
    assertThat(FisherExactTest.oneSidedLess(0, 10, 0, 20)).isEqualTo(1.0);
  }

  @Test
  void agreesWithCommonsMathOnRandomTables() {
    SplittableRandom random = new SplittableRandom(20220105L);
    for (int t = 0; t < 200; t++) {
      int a = logUniform(random, 2000);
      int b = logUniform(random, 2000);
      int c = logUniform(random, 2000);
      int d = logUniform(random, 2000);
      String table = "[[" + a + "," + b + "],[" + c + "," + d + "]]";
      assertThat(FisherExactTest.twoSided(a, b, c, d))
          .as(table)
          .isCloseTo(commonsTwoSided(a, b, c, d), withinRelative(1e-9));
      if (a + b == 0 || c + d == 0) {
        continue; // commons-math3 has no law for an empty row; degenerateMarginsGiveOne covers it
      }
      HypergeometricDistribution law = new HypergeometricDistribution(a + b + c + d, a + b, a + c);
      assertThat(FisherExactTest.oneSidedLess(a, b, c, d))
          .as(table)
          .isCloseTo(law.cumulativeProbability(a), withinRelative(1e-9));
      assertThat(FisherExactTest.oneSidedGreater(a, b, c, d))
          .as(table)
          .isCloseTo(law.upperCumulativeProbability(a), withinRelative(1e-9));
    }
  }

  @Test
  void agreesWithExactRationalArithmeticOnSmallTables() {
    SplittableRandom random = new SplittableRandom(1922L);
    for (int t = 0; t < 150; t++) {
      int a = random.nextInt(25);
      int b = random.nextInt(25);
      int c = random.nextInt(25);
      int d = random.nextInt(25);
      assertThat(FisherExactTest.twoSided(a, b, c, d))
          .as("[[%d,%d],[%d,%d]]", a, b, c, d)
          .isCloseTo(exactTwoSided(a, b, c, d), withinRelative(1e-12));
    }
  }

  @Test
  void largeTablesAgreeWithCommonsMathAndStayInRange() {
    long[][] tables = {
      {120, 99_880, 80, 99_920}, // n = 2e5
      {30, 49_970, 10, 49_990}, // n = 1e5
      {1_000, 499_000, 1_200, 498_800}, // n = 1e6, moderate p
      {5, 999_995, 60, 999_940}, // n = 2e6, far tail
      {500, 499_500, 500, 499_500}, // observed at the mode
      {499_000, 1_000, 498_000, 2_000}, // nearly every document matches
      {250_000, 250_000, 251_500, 248_500}, // support 500,001 tables wide
    };
    for (long[] t : tables) {
      double p = FisherExactTest.twoSided(t[0], t[1], t[2], t[3]);
      assertThat(p).isFinite().isBetween(0.0, 1.0);
      assertThat(p)
          .as("[[%d,%d],[%d,%d]]", t[0], t[1], t[2], t[3])
          .isCloseTo(
              commonsTwoSided((int) t[0], (int) t[1], (int) t[2], (int) t[3]),
              withinRelative(1e-9));
    }
    assertThat(FisherExactTest.twoSided(500, 499_500, 500, 499_500)).isEqualTo(1.0);
  }

  @Test
  void hundredMillionDocumentsAreFastAndAgreeWithAWindowedReference() {
    long[][] tables = {
      {25_000_000, 25_000_000, 25_010_000, 24_990_000},
      {25_000_000, 25_000_000, 24_900_000, 25_100_000},
      {1_000, 49_999_000, 1_100, 49_998_900},
    };
    for (long[] t : tables) {
      double[] p = new double[1];
      org.junit.jupiter.api.Assertions.assertTimeout(
          Duration.ofSeconds(5), () -> p[0] = FisherExactTest.twoSided(t[0], t[1], t[2], t[3]));
      assertThat(p[0]).isFinite().isBetween(0.0, 1.0);
      assertThat(p[0])
          .as("[[%d,%d],[%d,%d]]", t[0], t[1], t[2], t[3])
          .isCloseTo(windowedCommonsTwoSided(t), withinRelative(1e-8));
    }
  }

  @Test
  void isSymmetricUnderRowAndColumnSwapsAndTransposition() {
    SplittableRandom random = new SplittableRandom(7L);
    for (int t = 0; t < 100; t++) {
      long a = logUniform(random, 100_000);
      long b = logUniform(random, 100_000);
      long c = logUniform(random, 100_000);
      long d = logUniform(random, 100_000);
      double p = FisherExactTest.twoSided(a, b, c, d);
      assertThat(FisherExactTest.twoSided(c, d, a, b)).isCloseTo(p, withinRelative(1e-10));
      assertThat(FisherExactTest.twoSided(b, a, d, c)).isCloseTo(p, withinRelative(1e-10));
      assertThat(FisherExactTest.twoSided(a, c, b, d)).isCloseTo(p, withinRelative(1e-10));
      assertThat(FisherExactTest.oneSidedGreater(a, b, c, d))
          .isCloseTo(FisherExactTest.oneSidedLess(b, a, d, c), withinRelative(1e-10));
    }
  }

  @Test
  void rejectsNegativeCountsAndHugeTotals() {
    assertThatThrownBy(() -> FisherExactTest.twoSided(-1, 2, 3, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[[-1, 2], [3, 4]]");
    assertThatThrownBy(() -> FisherExactTest.twoSided(1L << 31, 1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stirlingErrorTableMatchesTheDefinition() {
    // stirlerr(n) = ln n! - (n + 1/2) ln n + n - ln sqrt(2 pi), exact enough in double for n <= 20.
    double factorial = 1;
    for (int n = 1; n <= 20; n++) {
      factorial *= n;
      double direct =
          Math.log(factorial) - (n + 0.5) * Math.log(n) + n - 0.5 * Math.log(2 * Math.PI);
      assertThat(SaddlePoint.stirlingError(n)).as("n=%d", n).isCloseTo(direct, within(1e-13));
    }
  }

  private static int logUniform(SplittableRandom random, int max) {
    // Many small counts (zeros included) and some large ones, as in a real frame table.
    return (int) Math.floor(Math.expm1(random.nextDouble() * Math.log1p(max)));
  }

  private static org.assertj.core.data.Percentage withinRelative(double relative) {
    return withinPercentage(relative * 100);
  }

  /** R's rule over the whole support, with commons-math3's pmf, normalised like R does. */
  private static double commonsTwoSided(int a, int b, int c, int d) {
    HypergeometricDistribution law = new HypergeometricDistribution(a + b + c + d, a + b, a + c);
    int lo = Math.max(0, (a + c) - (c + d));
    int hi = Math.min(a + b, a + c);
    if (lo == hi) {
      return 1; // a single possible table; commons-math3 returns NaN for an empty row
    }
    double[] log = new double[hi - lo + 1];
    double max = Double.NEGATIVE_INFINITY;
    for (int x = lo; x <= hi; x++) {
      log[x - lo] = law.logProbability(x);
      max = Math.max(max, log[x - lo]);
    }
    double observed = Math.exp(log[a - lo] - max);
    double total = 0;
    double tail = 0;
    for (double l : log) {
      double w = Math.exp(l - max);
      total += w;
      if (w <= observed * (1 + 1e-7)) {
        tail += w;
      }
    }
    return tail / total;
  }

  /**
   * As {@link #commonsTwoSided} but only over mean ± t with Hoeffding's bound for sampling without
   * replacement, {@code P(|X - mean| >= t) <= 2 exp(-2 t^2 / c1)}; with t^2 = 400 c1 the cut mass
   * is below e^-800.
   */
  private static double windowedCommonsTwoSided(long[] t) {
    long n = t[0] + t[1] + t[2] + t[3];
    long row1 = t[0] + t[1];
    long col1 = t[0] + t[2];
    HypergeometricDistribution law =
        new HypergeometricDistribution((int) n, (int) row1, (int) col1);
    double mean = (double) col1 * row1 / n;
    double half = Math.sqrt(400.0 * col1);
    long lo = Math.max(Math.max(0, col1 - (n - row1)), (long) Math.floor(mean - half));
    long hi = Math.min(Math.min(row1, col1), (long) Math.ceil(mean + half));
    double observed = law.logProbability((int) t[0]);
    double tail = 0;
    for (long x = lo; x <= hi; x++) {
      double l = law.logProbability((int) x);
      if (l <= observed + Math.log1p(1e-7)) {
        tail += Math.exp(l);
      }
    }
    return tail;
  }

  /** Exact rational two-sided p-value (ties compared exactly), rounded at the end. */
  private static double exactTwoSided(int a, int b, int c, int d) {
    int row1 = a + b;
    int row2 = c + d;
    int col1 = a + c;
    BigInteger observed = binomial(row1, a).multiply(binomial(row2, c));
    BigInteger tail = BigInteger.ZERO;
    for (int x = Math.max(0, col1 - row2); x <= Math.min(row1, col1); x++) {
      BigInteger ways = binomial(row1, x).multiply(binomial(row2, col1 - x));
      if (ways.compareTo(observed) <= 0) {
        tail = tail.add(ways);
      }
    }
    return new BigDecimal(tail)
        .divide(new BigDecimal(binomial(row1 + row2, col1)), MathContext.DECIMAL64)
        .doubleValue();
  }

  private static BigInteger binomial(int n, int k) {
    BigInteger result = BigInteger.ONE;
    for (int i = 1; i <= k; i++) {
      result = result.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
    }
    return result;
  }
}
