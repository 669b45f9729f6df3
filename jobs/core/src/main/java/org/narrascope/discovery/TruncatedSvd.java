package org.narrascope.discovery;

/**
 * The rank-k truncated SVD of a small dense matrix X (n rows × d columns, n ≤ a few hundred), as
 * the reduced rows U_k Σ_k. Computed from the eigen-decomposition of the Gram matrix X Xᵀ = U Σ² Uᵀ
 * with the cyclic Jacobi method, in pure Java: Smile 3.1.1's {@code Matrix.svd()} calls LAPACK
 * through the bytedeco OpenBLAS binding, which is not on Narrascope's classpath (it fails with
 * {@code NoClassDefFoundError: org/bytedeco/openblas/global/openblas}). Jacobi is exact to rounding
 * and deterministic: the same matrix gives the same bits on every machine with strict IEEE doubles.
 */
public final class TruncatedSvd {
  private static final int MAX_SWEEPS = 100;

  private TruncatedSvd() {}

  /**
   * The rows of X projected on its first {@code k} right singular vectors, scaled by the singular
   * values: row i is (σ_1 u_i1, …, σ_k u_ik). Components are ordered by decreasing σ; each
   * component's sign is fixed so that its largest-magnitude entry (first on ties) is positive.
   */
  public static double[][] reduce(double[][] x, int k) {
    int n = x.length;
    double[][] g = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        double s = 0;
        for (int c = 0; c < x[i].length; c++) {
          s += x[i][c] * x[j][c];
        }
        g[i][j] = s;
        g[j][i] = s;
      }
    }
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      v[i][i] = 1;
    }
    jacobi(g, v);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    final double[][] diag = g;
    java.util.Arrays.sort(order, (a, b) -> Double.compare(diag[b][b], diag[a][a]));
    int rank = Math.min(k, n);
    double[][] out = new double[n][rank];
    for (int c = 0; c < rank; c++) {
      int col = order[c];
      double sigma = Math.sqrt(Math.max(0, g[col][col]));
      int argmax = 0;
      for (int i = 1; i < n; i++) {
        if (Math.abs(v[i][col]) > Math.abs(v[argmax][col])) {
          argmax = i;
        }
      }
      double sign = v[argmax][col] < 0 ? -1 : 1;
      for (int i = 0; i < n; i++) {
        out[i][c] = sign * sigma * v[i][col];
      }
    }
    return out;
  }

  /** Diagonalises the symmetric {@code a} in place, accumulating the rotations in {@code v}. */
  static void jacobi(double[][] a, double[][] v) {
    int n = a.length;
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      double off = 0;
      double scale = 0;
      for (int i = 0; i < n; i++) {
        scale += a[i][i] * a[i][i];
        for (int j = i + 1; j < n; j++) {
          off += a[i][j] * a[i][j];
        }
      }
      if (off <= 1e-30 * Math.max(scale, Double.MIN_NORMAL)) {
        return;
      }
      for (int p = 0; p < n - 1; p++) {
        for (int q = p + 1; q < n; q++) {
          double apq = a[p][q];
          if (apq == 0) {
            continue;
          }
          double theta = (a[q][q] - a[p][p]) / (2 * apq);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int r = 0; r < n; r++) {
            double arp = a[r][p];
            double arq = a[r][q];
            a[r][p] = c * arp - s * arq;
            a[r][q] = s * arp + c * arq;
          }
          for (int r = 0; r < n; r++) {
            double apr = a[p][r];
            double aqr = a[q][r];
            a[p][r] = c * apr - s * aqr;
            a[q][r] = s * apr + c * aqr;
          }
          for (int r = 0; r < n; r++) {
            double vrp = v[r][p];
            double vrq = v[r][q];
            v[r][p] = c * vrp - s * vrq;
            v[r][q] = s * vrp + c * vrq;
          }
        }
      }
    }
  }
}
