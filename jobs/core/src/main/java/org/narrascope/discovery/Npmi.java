package org.narrascope.discovery;

/**
 * Normalised pointwise mutual information of an n-gram and its words (Bouma 2009 for two words).
 *
 * <p>With N the words of the language, p(x) = c(x)/N for the n-gram and p(w) = c(w)/N for each of
 * its n words:
 *
 * <pre>
 *   npmi(x) = ln( p(x) / (p(w1) · … · p(wn)) ) / ( (n − 1) · −ln p(x) )
 * </pre>
 *
 * For n = 2 this is Bouma's NPMI. For n &gt; 2 it is the total correlation of the n words (Van de
 * Cruys 2011) divided by (n − 1)·(−ln p(x)), its largest value, reached when the words never occur
 * apart (p(w_i) = p(x)); so npmi = 1 for words that occur only together, 0 for words that occur
 * together as often as chance predicts, and negative below chance.
 */
public final class Npmi {
  private Npmi() {}

  /**
   * @param count occurrences of the n-gram
   * @param wordCounts occurrences of each of its words (n ≥ 2 values)
   * @param total words of the language
   * @throws IllegalArgumentException if a count is not positive, a word is rarer than the n-gram,
   *     or there are fewer than two words
   */
  public static double of(long count, long[] wordCounts, long total) {
    if (wordCounts.length < 2 || count <= 0 || total <= 0) {
      throw new IllegalArgumentException(
          "npmi needs a positive count, a positive total and at least two words");
    }
    double logP = Math.log((double) count / total);
    double pmi = logP;
    for (long w : wordCounts) {
      if (w < count || w > total) {
        throw new IllegalArgumentException(
            "word count " + w + " outside [" + count + ", " + total + "]");
      }
      pmi -= Math.log((double) w / total);
    }
    if (logP == 0) {
      return 1.0; // the n-gram is the whole text: its words never occur apart
    }
    return pmi / ((wordCounts.length - 1) * -logP);
  }
}
