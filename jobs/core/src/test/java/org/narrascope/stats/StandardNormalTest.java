package org.narrascope.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class StandardNormalTest {
  @Test
  void knownCriticalValues() {
    assertThat(StandardNormal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-15));
    assertThat(StandardNormal.quantile(0.995)).isCloseTo(2.5758293035489004, within(1e-14));
    assertThat(StandardNormal.quantile(0.5)).isEqualTo(0.0);
    assertThat(StandardNormal.quantile(0.025)).isCloseTo(-1.959963984540054, within(1e-15));
  }

  @Test
  void invertsCommonsMathNormalCdfOnAllThreeRanges() {
    NormalDistribution normal = new NormalDistribution(null, 0, 1);
    double[] ps = {1e-300, 1e-100, 1e-20, 1e-12, 1e-5, 0.01, 0.07, 0.3, 0.5, 0.6, 0.9, 0.999999};
    for (double p : ps) {
      double z = StandardNormal.quantile(p);
      assertThat(normal.cumulativeProbability(z))
          .as("p=%s", p)
          .isCloseTo(p, withinPercentage(1e-10));
    }
  }

  @Test
  void rejectsProbabilitiesWithInfiniteQuantiles() {
    assertThatThrownBy(() -> StandardNormal.quantile(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StandardNormal.quantile(1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StandardNormal.quantile(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
