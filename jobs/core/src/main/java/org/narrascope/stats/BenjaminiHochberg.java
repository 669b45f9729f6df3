package org.narrascope.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Benjamini–Hochberg adjusted p-values ("q-values"), controlling the false discovery rate across
 * one table of tests.
 *
 * <p>For m p-values sorted ascending, {@code p(1) <= ... <= p(m)}, the adjusted value of the test
 * of rank i is the step-up minimum
 *
 * <pre>
 *   q(i) = min over j &gt;= i of  min(1, m · p(j) / j)
 * </pre>
 *
 * so q is monotone in p, never below p, and at most 1; rejecting every test with {@code q <= α} is
 * the BH procedure at FDR level α (R's {@code p.adjust(p, "BH")} gives the same numbers). Tied
 * p-values get identical q-values whatever their order (the minimum over {@code j >= i} reaches the
 * last of the ties); ranks among ties are broken by input position only to make the computation
 * deterministic.
 *
 * <p>Missing p-values: in {@link #qValues(List)} an empty entry (a test that could not be run, e.g.
 * a source without documents) is left <em>out of the family</em> — it does not count in m — and its
 * q-value is empty too. A test that was run and found nothing (p = 1) is in the family.
 *
 * <p>Reference: Y. Benjamini, Y. Hochberg (1995), "Controlling the false discovery rate: a
 * practical and powerful approach to multiple testing", J. R. Stat. Soc. B 57(1), 289–300.
 */
public final class BenjaminiHochberg {
  private BenjaminiHochberg() {}

  /**
   * The q-values of a complete family, in input order.
   *
   * @throws IllegalArgumentException if a p-value is NaN or outside [0, 1]
   */
  public static double[] qValues(double[] p) {
    for (int i = 0; i < p.length; i++) {
      if (!(p[i] >= 0 && p[i] <= 1)) {
        throw new IllegalArgumentException(
            "p-value #" + i + " is " + p[i] + ": expected a number in [0, 1]");
      }
    }
    int m = p.length;
    Integer[] order = new Integer[m];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> p[i]).thenComparingInt(i -> i));
    double[] q = new double[m];
    double running = 1;
    for (int rank = m; rank >= 1; rank--) {
      int i = order[rank - 1];
      // At rank m the factor is exactly 1: take p itself, since m * p / m can round below p.
      double adjusted = rank == m ? p[i] : (double) m * p[i] / rank;
      running = Math.min(running, adjusted);
      q[i] = running;
    }
    return q;
  }

  /**
   * The q-values of the present entries, in input order; empty entries are not part of the family
   * and stay empty.
   */
  public static List<OptionalDouble> qValues(List<OptionalDouble> p) {
    List<Integer> present = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      if (p.get(i).isPresent()) {
        present.add(i);
      }
    }
    double[] family = new double[present.size()];
    for (int k = 0; k < family.length; k++) {
      family[k] = p.get(present.get(k)).getAsDouble();
    }
    double[] q = qValues(family);
    List<OptionalDouble> result = new ArrayList<>(p.size());
    for (int i = 0; i < p.size(); i++) {
      result.add(OptionalDouble.empty());
    }
    for (int k = 0; k < q.length; k++) {
      result.set(present.get(k), OptionalDouble.of(q[k]));
    }
    return List.copyOf(result);
  }
}
