package org.narrascope.discovery;

/**
 * The log-odds ratio of a phrase between two groups of documents with an informative Dirichlet
 * prior, and its z-score (Monroe, Colaresi &amp; Quinn 2008, "Fightin' Words", eq. 16–22).
 *
 * <p>Group i is official and state-media sources, group j the expert_skeptic baseline; y are the
 * phrase's mentions and n the words of each group in the phrase's language. The prior is the whole
 * corpus of that language (every role): α_w = y_w (the phrase's mentions in all documents) and α_0
 * = N (all words), so a phrase seen rarely is shrunk towards no difference:
 *
 * <pre>
 *   δ = ln( (y_i + α_w) / (n_i + α_0 − y_i − α_w) ) − ln( (y_j + α_w) / (n_j + α_0 − y_j − α_w) )
 *   σ² ≈ 1/(y_i + α_w) + 1/(y_j + α_w)
 *   z = δ / σ
 * </pre>
 *
 * A positive z means over-represented in official and state media, a negative one in the skeptic
 * baseline.
 */
public final class LogOddsKeyness {
  private LogOddsKeyness() {}

  /** δ, the log-odds ratio with the prior. */
  public static double delta(long yi, long ni, long yj, long nj, double alphaW, double alpha0) {
    check(yi, ni, yj, nj, alphaW, alpha0);
    return Math.log((yi + alphaW) / (ni + alpha0 - yi - alphaW))
        - Math.log((yj + alphaW) / (nj + alpha0 - yj - alphaW));
  }

  /** z = δ / σ. */
  public static double z(long yi, long ni, long yj, long nj, double alphaW, double alpha0) {
    double variance = 1 / (yi + alphaW) + 1 / (yj + alphaW);
    return delta(yi, ni, yj, nj, alphaW, alpha0) / Math.sqrt(variance);
  }

  private static void check(long yi, long ni, long yj, long nj, double alphaW, double alpha0) {
    if (yi < 0 || yj < 0 || yi > ni || yj > nj || !(alphaW > 0) || alpha0 < alphaW) {
      throw new IllegalArgumentException(
          "log-odds of "
              + yi
              + "/"
              + ni
              + " vs "
              + yj
              + "/"
              + nj
              + " with prior "
              + alphaW
              + "/"
              + alpha0
              + ": expected 0 <= y <= n and 0 < alpha_w <= alpha_0");
    }
  }
}
