package org.narrascope.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RateRatioTest {
  private static final double Z95 = 1.959963984540054;

  @Test
  void katzIntervalByHand() {
    // 10/100 vs 5/100: RR = 0.10 / 0.05 = 2;
    // SE(ln RR) = sqrt(1/10 - 1/100 + 1/5 - 1/100) = sqrt(0.28) = 0.52915...;
    // CI = 2 exp(-/+ 1.959964 * 0.52915) = (0.708951, 5.642136).
    RateRatio rr = RateRatio.katz(10, 100, 5, 100).orElseThrow();
    double se = Math.sqrt(0.28);
    assertThat(rr.estimate()).isCloseTo(2.0, within(1e-15));
    assertThat(rr.ciLow()).isCloseTo(2 * Math.exp(-Z95 * se), within(1e-14));
    assertThat(rr.ciHigh()).isCloseTo(2 * Math.exp(Z95 * se), within(1e-14));
    assertThat(rr.ciLow()).isCloseTo(0.7089514186, within(1e-9));
    assertThat(rr.ciHigh()).isCloseTo(5.6421355469, within(1e-9));
    assertThat(rr.haldaneAnscombeCorrected()).isFalse();
    assertThat(rr.confidenceLevel()).isEqualTo(0.95);
  }

  @Test
  void levelIsAParameter() {
    // 90 %: z = 1.6448536269514722.
    RateRatio rr = RateRatio.katz(10, 100, 5, 100, 0.90).orElseThrow();
    double se = Math.sqrt(0.28);
    assertThat(rr.ciLow()).isCloseTo(2 * Math.exp(-1.6448536269514722 * se), within(1e-12));
    assertThat(rr.ciHigh()).isCloseTo(2 * Math.exp(1.6448536269514722 * se), within(1e-12));
  }

  @Test
  void zeroInTheSourceIsHaldaneAnscombeCorrected() {
    // 0/50 vs 4/100 -> a' = 0.5, n1' = 51, c' = 4.5, n2' = 101:
    // RR = (0.5/51) / (4.5/101) = 0.2200435730; SE = sqrt(1/0.5 - 1/51 + 1/4.5 - 1/101).
    RateRatio rr = RateRatio.katz(0, 50, 4, 100).orElseThrow();
    double estimate = (0.5 / 51) / (4.5 / 101);
    double se = Math.sqrt(1 / 0.5 - 1.0 / 51 + 1 / 4.5 - 1.0 / 101);
    assertThat(rr.haldaneAnscombeCorrected()).isTrue();
    assertThat(rr.estimate()).isCloseTo(0.2200435730, within(1e-10));
    assertThat(rr.ciLow()).isCloseTo(estimate * Math.exp(-Z95 * se), within(1e-14));
    assertThat(rr.ciHigh()).isCloseTo(estimate * Math.exp(Z95 * se), within(1e-12));
    assertThat(rr.ciLow()).isCloseTo(0.0120799552, within(1e-10));
    assertThat(rr.ciHigh()).isCloseTo(4.0082246402, within(1e-9));
  }

  @Test
  void zeroInTheBaselineAndFullRowsAreCorrectedToo() {
    // 3/40 vs 0/60: RR = (3.5/41) / (0.5/61) = 10.414634...
    RateRatio zeroBaseline = RateRatio.katz(3, 40, 0, 60).orElseThrow();
    assertThat(zeroBaseline.haldaneAnscombeCorrected()).isTrue();
    assertThat(zeroBaseline.estimate()).isCloseTo((3.5 / 41) / (0.5 / 61), within(1e-12));
    // 5/5 vs 2/10: b = 0 would give the source a zero variance term; corrected (5.5/6)/(2.5/11).
    RateRatio fullRow = RateRatio.katz(5, 5, 2, 10).orElseThrow();
    assertThat(fullRow.haldaneAnscombeCorrected()).isTrue();
    assertThat(fullRow.estimate()).isCloseTo((5.5 / 6) / (2.5 / 11), within(1e-12));
    double se = Math.sqrt(1 / 5.5 - 1.0 / 6 + 1 / 2.5 - 1.0 / 11);
    assertThat(fullRow.ciHigh()).isCloseTo(fullRow.estimate() * Math.exp(Z95 * se), within(1e-12));
  }

  @Test
  void noRatioWithoutObservationsOrDocuments() {
    assertThat(RateRatio.katz(0, 10, 0, 20)).isEmpty();
    assertThat(RateRatio.katz(0, 0, 3, 20)).isEmpty();
    assertThat(RateRatio.katz(3, 10, 0, 0)).isEmpty();
  }

  @Test
  void rejectsImpossibleCountsAndLevels() {
    assertThatThrownBy(() -> RateRatio.katz(11, 10, 1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("11/10");
    assertThatThrownBy(() -> RateRatio.katz(1, 10, -1, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RateRatio.katz(1, 10, 1, 10, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RateRatio.katz(1, 10, 1, 10, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
