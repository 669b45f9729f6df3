package org.narrascope.discovery;

import smile.clustering.HierarchicalClustering;
import smile.clustering.KMeans;
import smile.clustering.linkage.Linkage;
import smile.clustering.linkage.UPGMALinkage;
import smile.clustering.linkage.WardLinkage;
import smile.math.MathEx;
import smile.math.distance.Distance;

/**
 * Clusters unit phrase vectors with Smile and chooses the number of clusters by the mean silhouette
 * (Rousseeuw 1987) under the cosine distance 1 − cos: every k from 2 to {@code maxClusters} (and
 * below the number of points) is tried, the best mean silhouette wins, ties going to the smaller k.
 * Fewer than three points form one cluster.
 */
public final class PhraseClustering {
  /** The clustering algorithm. */
  public enum Method {
    /** Agglomerative, average linkage (UPGMA) on the cosine distance. No randomness. */
    AVERAGE_LINKAGE,
    /** Agglomerative, Ward's linkage on the Euclidean distance of the unit vectors. */
    WARD,
    /** Smile's k-means++ (best of 10 runs), seeded. */
    KMEANS
  }

  private PhraseClustering() {}

  /** A partition and the silhouette it was chosen by. */
  public record Partition(int[] labels, int k, double silhouette) {}

  /** Clusters {@code vectors} (unit length) with {@code method}. */
  public static Partition cluster(double[][] vectors, Method method, int maxClusters, long seed) {
    int n = vectors.length;
    if (n < 3) {
      return new Partition(new int[n], n == 0 ? 0 : 1, 0);
    }
    double[][] distance = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double d = Math.max(0, 1 - PhraseVectors.cosine(vectors[i], vectors[j]));
        distance[i][j] = d;
        distance[j][i] = d;
      }
    }
    HierarchicalClustering tree = null;
    if (method != Method.KMEANS) {
      Distance<double[]> metric =
          method == Method.WARD ? PhraseClustering::euclidean : PhraseClustering::cosineDistance;
      Linkage linkage =
          method == Method.WARD
              ? WardLinkage.of(vectors, metric)
              : UPGMALinkage.of(vectors, metric);
      tree = HierarchicalClustering.fit(linkage);
    }
    Partition best = null;
    for (int k = 2; k <= Math.min(maxClusters, n - 1); k++) {
      int[] labels;
      if (tree != null) {
        labels = tree.partition(k);
      } else {
        MathEx.setSeed(seed);
        labels = KMeans.fit(vectors, k, 100, 1e-4).y;
      }
      double s = silhouette(distance, labels);
      if (best == null || s > best.silhouette() + 1e-12) {
        best = new Partition(labels, k, s);
      }
    }
    return best;
  }

  /** The mean silhouette of a partition under a distance matrix; a singleton scores 0. */
  public static double silhouette(double[][] distance, int[] labels) {
    int n = labels.length;
    int k = 0;
    for (int l : labels) {
      k = Math.max(k, l + 1);
    }
    int[] size = new int[k];
    for (int l : labels) {
      size[l]++;
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      if (size[labels[i]] < 2) {
        continue;
      }
      double[] toCluster = new double[k];
      for (int j = 0; j < n; j++) {
        if (j != i) {
          toCluster[labels[j]] += distance[i][j];
        }
      }
      double a = toCluster[labels[i]] / (size[labels[i]] - 1);
      double b = Double.POSITIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        if (c != labels[i] && size[c] > 0) {
          b = Math.min(b, toCluster[c] / size[c]);
        }
      }
      double max = Math.max(a, b);
      sum += max == 0 || Double.isInfinite(b) ? 0 : (b - a) / max;
    }
    return sum / n;
  }

  private static double euclidean(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i];
      s += d * d;
    }
    return Math.sqrt(s);
  }

  private static double cosineDistance(double[] a, double[] b) {
    return Math.max(0, 1 - PhraseVectors.cosine(a, b));
  }
}
