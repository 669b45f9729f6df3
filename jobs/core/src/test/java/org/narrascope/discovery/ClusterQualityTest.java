package org.narrascope.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterQualityTest {
  private static final List<String> CLUSTERS = List.of("a", "a", "a", "b", "b", "b");
  private static final List<String> FAMILIES = List.of("x", "x", "y", "y", "y", "y");

  @Test
  void purityCountsTheLargestFamilyOfEachCluster() {
    assertThat(ClusterQuality.purity(CLUSTERS, FAMILIES)).isCloseTo(5.0 / 6, within(1e-12));
    assertThat(ClusterQuality.purity(List.of("1", "2", "3"), List.of("x", "x", "y")))
        .isEqualTo(1.0);
  }

  @Test
  void nmiIsMutualInformationOverTheMeanEntropy() {
    // I = 0.3182570841474064 nats, H(C) = ln 2, H(F) = 0.6365141682948128: by hand,
    // 0.478703971385680
    assertThat(ClusterQuality.nmi(CLUSTERS, FAMILIES))
        .isCloseTo(0.47870397138567994, within(1e-12));
    assertThat(ClusterQuality.nmi(List.of("p", "p", "q"), List.of("x", "x", "y")))
        .isCloseTo(1.0, within(1e-12));
    assertThat(ClusterQuality.nmi(List.of("p", "q"), List.of("x", "x")))
        .isCloseTo(0.0, within(1e-12));
  }
}
