package org.narrascope.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.inference.GTest;
import org.junit.jupiter.api.Test;

/** NPMI, G² and the log-odds keyness against hand-computed values and commons-math3. */
class ScoresTest {
  @Test
  void npmiOfTwoWordsIsBoumas() {
    // p(x) = 0.01, p(a) = 0.02, p(b) = 0.05: ln(0.01 / 0.001) / -ln 0.01 = ln 10 / ln 100 = 0.5
    assertThat(Npmi.of(10, new long[] {20, 50}, 1000)).isCloseTo(0.5, within(1e-12));
    // words that never occur apart: 1; independent words: 0
    assertThat(Npmi.of(10, new long[] {10, 10}, 1000)).isCloseTo(1.0, within(1e-12));
    assertThat(Npmi.of(10, new long[] {100, 100}, 1000)).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void npmiOfThreeWordsIsNormalisedByTwiceTheSelfInformation() {
    assertThat(Npmi.of(10, new long[] {10, 10, 10}, 1000)).isCloseTo(1.0, within(1e-12));
    // ln(0.01 / 0.1^3) / (2 · ln 100) = ln 10 / (4 ln 10) = 0.25
    assertThat(Npmi.of(10, new long[] {100, 100, 100}, 1000)).isCloseTo(0.25, within(1e-12));
    assertThatThrownBy(() -> Npmi.of(10, new long[] {5, 100}, 1000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void g2MatchesHandValuesAndCommonsMath() {
    // 2 Σ O ln(O/E) of {{10, 10}, {40, 940}}, computed by hand (Python): 35.06608083222487
    assertThat(LogLikelihood.g2(10, 10, 40, 940)).isCloseTo(35.06608083222487, within(1e-9));
    assertThat(LogLikelihood.g2(10, 10, 40, 940))
        .isCloseTo(
            new GTest().gDataSetsComparison(new long[] {10, 10}, new long[] {40, 940}),
            within(1e-9));
    // a perfect association of 5 and 5: 4 · 5 ln 2 = 13.862943611198906
    assertThat(LogLikelihood.g2(5, 0, 0, 5)).isCloseTo(13.862943611198906, within(1e-12));
    assertThat(LogLikelihood.g2(5, 5, 5, 5)).isZero();
    // n-gram seen 10 times, its parts 20 and 50 times, 1000 words: the same table as above
    assertThat(LogLikelihood.ofSplit(10, 20, 50, 1000)).isCloseTo(35.06608083222487, within(1e-9));
  }

  @Test
  void g2AgreesWithCommonsMathOnManyTables() {
    long[][] tables = {{3, 7, 11, 979}, {120, 30, 45, 9805}, {1, 0, 0, 1}, {0, 4, 9, 87}};
    for (long[] t : tables) {
      assertThat(LogLikelihood.g2(t[0], t[1], t[2], t[3]))
          .isCloseTo(
              new GTest().gDataSetsComparison(new long[] {t[0], t[1]}, new long[] {t[2], t[3]}),
              within(1e-9));
    }
  }

  @Test
  void logOddsWithInformativePriorMatchesHandValues() {
    // δ = ln(50 / 5950) − ln(35 / 6965) = 0.5141813316129626; σ² = 1/50 + 1/35
    assertThat(LogOddsKeyness.delta(20, 1000, 5, 2000, 30, 5000))
        .isCloseTo(0.5141813316129626, within(1e-12));
    assertThat(LogOddsKeyness.z(20, 1000, 5, 2000, 30, 5000))
        .isCloseTo(2.3330597761277283, within(1e-12));
    // symmetric: swapping the groups flips the sign
    assertThat(LogOddsKeyness.z(5, 2000, 20, 1000, 30, 5000))
        .isCloseTo(-2.3330597761277283, within(1e-12));
    assertThatThrownBy(() -> LogOddsKeyness.z(5, 4, 1, 10, 1, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
