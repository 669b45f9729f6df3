package org.narrascope.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {
  @Test
  void textbookVectorByHand() {
    // Sorted: 0.005 (rank 1), 0.01 (2), 0.03 (3), 0.04 (4); m = 4.
    // m p / rank: 0.02, 0.02, 0.04, 0.04; step-up minima from the top: 0.04, 0.04, 0.02, 0.02.
    double[] q = BenjaminiHochberg.qValues(new double[] {0.01, 0.04, 0.03, 0.005});
    assertThat(q[0]).isCloseTo(0.02, within(1e-15));
    assertThat(q[1]).isCloseTo(0.04, within(1e-15));
    assertThat(q[2]).isCloseTo(0.04, within(1e-15));
    assertThat(q[3]).isCloseTo(0.02, within(1e-15));
  }

  @Test
  void stepUpMinimumPullsEarlierRanksDown() {
    // m = 3: 0.01*3/1 = 0.03, 0.02*3/2 = 0.03, 0.021*3/3 = 0.021 -> q = 0.021 for all three.
    double[] q = BenjaminiHochberg.qValues(new double[] {0.02, 0.021, 0.01});
    assertThat(q).containsExactly(new double[] {0.021, 0.021, 0.021}, within(1e-15));
  }

  @Test
  void tiesGetEqualQValuesWhateverTheirOrder() {
    // 0.02, 0.02, 0.5 (m = 3): ranks 1, 2 of the tie give 0.06 and 0.03 -> both 0.03; 0.5 stays.
    assertThat(BenjaminiHochberg.qValues(new double[] {0.02, 0.5, 0.02}))
        .containsExactly(new double[] {0.03, 0.5, 0.03}, within(1e-15));
    assertThat(BenjaminiHochberg.qValues(new double[] {0.5, 0.02, 0.02}))
        .containsExactly(new double[] {0.5, 0.03, 0.03}, within(1e-15));
  }

  @Test
  void neverAboveOneAndNeverBelowP() {
    assertThat(BenjaminiHochberg.qValues(new double[] {1, 1, 0.9})).containsExactly(1.0, 1.0, 1.0);
    assertThat(BenjaminiHochberg.qValues(new double[] {})).isEmpty();
    assertThat(BenjaminiHochberg.qValues(new double[] {0.3})).containsExactly(0.3);
  }

  @Test
  void agreesWithTheDefinitionOnRandomVectorsWithTies() {
    SplittableRandom random = new SplittableRandom(1995L);
    for (int t = 0; t < 100; t++) {
      int m = 1 + random.nextInt(40);
      double[] p = new double[m];
      for (int i = 0; i < m; i++) {
        // Coarse values so that ties are common.
        p[i] = random.nextInt(21) / 20.0 * (random.nextBoolean() ? 1 : 0.01);
      }
      double[] q = BenjaminiHochberg.qValues(p);
      for (int i = 0; i < m; i++) {
        // q_i = min over j with p_j >= p_i of min(1, m p_j / rank_j), rank_j = #{k : p_k <= p_j}.
        double expected = 1;
        for (int j = 0; j < m; j++) {
          if (p[j] >= p[i]) {
            int rank = 0;
            for (double pk : p) {
              rank += pk <= p[j] ? 1 : 0;
            }
            expected = Math.min(expected, m * p[j] / rank);
          }
        }
        assertThat(q[i]).isCloseTo(expected, within(1e-15));
        assertThat(q[i]).isGreaterThanOrEqualTo(p[i]).isLessThanOrEqualTo(1.0);
      }
    }
  }

  @Test
  void missingPValuesAreOutsideTheFamily() {
    // Family = the four present values of textbookVectorByHand, so m = 4, not 6.
    List<OptionalDouble> q =
        BenjaminiHochberg.qValues(
            List.of(
                OptionalDouble.of(0.01),
                OptionalDouble.empty(),
                OptionalDouble.of(0.04),
                OptionalDouble.of(0.03),
                OptionalDouble.empty(),
                OptionalDouble.of(0.005)));
    assertThat(q).hasSize(6);
    assertThat(q.get(0).getAsDouble()).isCloseTo(0.02, within(1e-15));
    assertThat(q.get(1)).isEmpty();
    assertThat(q.get(2).getAsDouble()).isCloseTo(0.04, within(1e-15));
    assertThat(q.get(3).getAsDouble()).isCloseTo(0.04, within(1e-15));
    assertThat(q.get(4)).isEmpty();
    assertThat(q.get(5).getAsDouble()).isCloseTo(0.02, within(1e-15));
  }

  @Test
  void rejectsNanAndValuesOutsideTheUnitInterval() {
    assertThatThrownBy(() -> BenjaminiHochberg.qValues(new double[] {0.1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("#1");
    assertThatThrownBy(() -> BenjaminiHochberg.qValues(new double[] {1.5}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
