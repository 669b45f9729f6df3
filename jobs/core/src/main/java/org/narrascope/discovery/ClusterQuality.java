package org.narrascope.discovery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement of a clustering with true classes (the planted families), over the items that have a
 * class.
 *
 * <ul>
 *   <li>purity = (1/N) Σ over clusters of the size of its largest class;
 *   <li>NMI = I(C; F) / ((H(C) + H(F)) / 2), mutual information normalised by the arithmetic mean
 *       of the entropies (natural logarithms; the definition scikit-learn uses by default); 1 when
 *       both partitions are a single block.
 * </ul>
 */
public final class ClusterQuality {
  private ClusterQuality() {}

  /** Purity of {@code clusters} against {@code classes} (same length, same order). */
  public static double purity(List<String> clusters, List<String> classes) {
    check(clusters, classes);
    Map<String, Map<String, Integer>> table = table(clusters, classes);
    long sum = 0;
    for (Map<String, Integer> row : table.values()) {
      sum += row.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
    return (double) sum / clusters.size();
  }

  /** Normalised mutual information of {@code clusters} and {@code classes}. */
  public static double nmi(List<String> clusters, List<String> classes) {
    check(clusters, classes);
    double n = clusters.size();
    Map<String, Map<String, Integer>> table = table(clusters, classes);
    Map<String, Integer> clusterSize = count(clusters);
    Map<String, Integer> classSize = count(classes);
    double mi = 0;
    for (Map.Entry<String, Map<String, Integer>> row : table.entrySet()) {
      for (Map.Entry<String, Integer> cell : row.getValue().entrySet()) {
        double nij = cell.getValue();
        mi +=
            nij
                / n
                * Math.log(
                    n
                        * nij
                        / ((double) clusterSize.get(row.getKey()) * classSize.get(cell.getKey())));
      }
    }
    double hc = entropy(clusterSize, n);
    double hf = entropy(classSize, n);
    if (hc + hf == 0) {
      return 1;
    }
    return Math.max(0, mi) / ((hc + hf) / 2);
  }

  private static double entropy(Map<String, Integer> sizes, double n) {
    double h = 0;
    for (int s : sizes.values()) {
      h -= s / n * Math.log(s / n);
    }
    return h;
  }

  private static Map<String, Integer> count(List<String> labels) {
    Map<String, Integer> out = new HashMap<>();
    labels.forEach(l -> out.merge(l, 1, Integer::sum));
    return out;
  }

  private static Map<String, Map<String, Integer>> table(
      List<String> clusters, List<String> classes) {
    Map<String, Map<String, Integer>> table = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      table
          .computeIfAbsent(clusters.get(i), c -> new HashMap<>())
          .merge(classes.get(i), 1, Integer::sum);
    }
    return table;
  }

  private static void check(List<String> clusters, List<String> classes) {
    if (clusters.size() != classes.size() || clusters.isEmpty()) {
      throw new IllegalArgumentException(
          "expected two non-empty labelings of the same items, got "
              + clusters.size()
              + " and "
              + classes.size());
    }
  }
}
