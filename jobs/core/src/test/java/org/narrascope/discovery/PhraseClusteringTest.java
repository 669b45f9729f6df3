package org.narrascope.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PhraseClusteringTest {
  private static final double[][] POINTS = {
    {1, 0, 0},
    {0.99, 0.1, 0},
    {0.98, 0, 0.15},
    {0, 1, 0},
    {0.1, 0.99, 0},
    {0, 0, 1},
    {0, 0.12, 0.99}
  };

  private static double[][] unit() {
    double[][] v = new double[POINTS.length][];
    for (int i = 0; i < v.length; i++) {
      v[i] = POINTS[i].clone();
      PhraseVectors.normalise(v[i]);
    }
    return v;
  }

  @Test
  void theSilhouetteFindsTheThreeDirections() {
    for (PhraseClustering.Method m : PhraseClustering.Method.values()) {
      PhraseClustering.Partition p = PhraseClustering.cluster(unit(), m, 5, 7L);
      assertThat(p.k()).as(m.name()).isEqualTo(3);
      int[] y = p.labels();
      assertThat(y[0]).isEqualTo(y[1]).isEqualTo(y[2]);
      assertThat(y[3]).isEqualTo(y[4]).isNotEqualTo(y[0]);
      assertThat(y[5]).isEqualTo(y[6]).isNotEqualTo(y[0]).isNotEqualTo(y[3]);
    }
  }

  @Test
  void silhouetteOfAHandExample() {
    // points 0, 1 | 10 on a line: s(0) = 1 − 1/10, s(1) = 1 − 1/9, s(2) = 0 (singleton)
    double[][] d = {{0, 1, 10}, {1, 0, 9}, {10, 9, 0}};
    assertThat(PhraseClustering.silhouette(d, new int[] {0, 0, 1}))
        .isCloseTo((0.9 + 8.0 / 9) / 3, within(1e-12));
  }

  @Test
  void truncatedSvdKeepsTheLargestSingularValues() {
    // X = diag(3, 2, 1) padded: singular values 3, 2, 1; rank 2 keeps 3 and 2
    double[][] x = {{3, 0, 0, 0}, {0, 2, 0, 0}, {0, 0, 1, 0}};
    double[][] r = TruncatedSvd.reduce(x, 2);
    assertThat(r[0]).containsExactly(new double[] {3, 0}, within(1e-12));
    assertThat(r[1]).containsExactly(new double[] {0, 2}, within(1e-12));
    assertThat(r[2]).containsExactly(new double[] {0, 0}, within(1e-12));
    // Row norms of the full-rank reduction equal those of X (rotation only).
    double[][] y = {{1, 2, 0}, {2, 1, 1}, {0, 1, 3}};
    double[][] full = TruncatedSvd.reduce(y, 3);
    for (int i = 0; i < 3; i++) {
      double a = 0;
      double b = 0;
      for (int j = 0; j < 3; j++) {
        a += y[i][j] * y[i][j];
        b += full[i][j] * full[i][j];
      }
      assertThat(b).isCloseTo(a, within(1e-9));
    }
  }
}
