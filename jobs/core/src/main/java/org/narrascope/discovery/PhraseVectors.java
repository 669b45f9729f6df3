package org.narrascope.discovery;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Phrase vectors from context counts: PPMI (positive pointwise mutual information of phrase and
 * context word, Church &amp; Hanks 1990; Levy, Goldberg &amp; Dagan 2015) over the rows asked for,
 * with the context distribution smoothed by the power 0.75 (Levy et al.), then either kept as they
 * are ({@link Kind#PPMI}) or reduced by a truncated SVD ({@link Kind#PPMI_SVD}). Every vector is
 * scaled to unit length, so a dot product is a cosine.
 */
public final class PhraseVectors {
  /** How the vectors are built. */
  public enum Kind {
    /** The sparse PPMI rows, unit length. */
    PPMI,
    /** The PPMI rows reduced to {@code dimensions} by truncated SVD, unit length. */
    PPMI_SVD
  }

  private static final double SMOOTHING = 0.75;

  private PhraseVectors() {}

  /**
   * One unit vector per phrase, in the order of {@code phrases} (keys of {@code contexts}; a phrase
   * without any context gets the zero vector).
   */
  public static double[][] of(
      List<String> phrases, ContextCounts contexts, Kind kind, int dimensions) {
    TreeSet<String> vocabulary = new TreeSet<>();
    for (String p : phrases) {
      vocabulary.addAll(contexts.counts().getOrDefault(p, new TreeMap<>()).keySet());
    }
    Map<String, Integer> column = new TreeMap<>();
    for (String w : vocabulary) {
      column.put(w, column.size());
    }
    int n = phrases.size();
    int d = column.size();
    double[][] counts = new double[n][d];
    double[] rowSum = new double[n];
    double[] colSum = new double[d];
    double total = 0;
    for (int i = 0; i < n; i++) {
      for (Map.Entry<String, Long> e :
          contexts.counts().getOrDefault(phrases.get(i), new TreeMap<>()).entrySet()) {
        int j = column.get(e.getKey());
        counts[i][j] = e.getValue();
        rowSum[i] += e.getValue();
        total += e.getValue();
      }
    }
    double smoothedTotal = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        colSum[j] += counts[i][j];
      }
    }
    double[] smoothed = new double[d];
    for (int j = 0; j < d; j++) {
      smoothed[j] = Math.pow(colSum[j], SMOOTHING);
      smoothedTotal += smoothed[j];
    }
    double[][] ppmi = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        if (counts[i][j] > 0) {
          double pmi =
              Math.log(counts[i][j] / total)
                  - Math.log(rowSum[i] / total)
                  - Math.log(smoothed[j] / smoothedTotal);
          ppmi[i][j] = Math.max(0, pmi);
        }
      }
    }
    double[][] vectors =
        kind == Kind.PPMI_SVD ? TruncatedSvd.reduce(ppmi, Math.min(dimensions, n)) : ppmi;
    for (double[] v : vectors) {
      normalise(v);
    }
    return vectors;
  }

  static void normalise(double[] v) {
    double norm = 0;
    for (double x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] /= norm;
      }
    }
  }

  /** The cosine of two vectors (0 when one is zero). */
  public static double cosine(double[] a, double[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
