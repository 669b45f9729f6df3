package org.narrascope.discovery;

import java.io.Serializable;

/**
 * Word counts of one language's documents: the denominators of NPMI (all words) and of the keyness
 * (words of the official group and of the skeptic group).
 */
public final class LanguageTotals implements Serializable {
  private static final long serialVersionUID = 1L;

  long docs;
  long tokens;
  long officialTokens;
  long skepticTokens;

  public LanguageTotals() {}

  /** A value with the given counts (for tests and hand-made inputs). */
  public static LanguageTotals of(long docs, long tokens, long official, long skeptic) {
    LanguageTotals t = new LanguageTotals();
    t.docs = docs;
    t.tokens = tokens;
    t.officialTokens = official;
    t.skepticTokens = skeptic;
    return t;
  }

  public long docs() {
    return docs;
  }

  public long tokens() {
    return tokens;
  }

  public long officialTokens() {
    return officialTokens;
  }

  public long skepticTokens() {
    return skepticTokens;
  }

  /** Adds {@code other} into this and returns this. */
  public LanguageTotals add(LanguageTotals other) {
    docs += other.docs;
    tokens += other.tokens;
    officialTokens += other.officialTokens;
    skepticTokens += other.skepticTokens;
    return this;
  }

  /** The sum of two partials, a new object. */
  public static LanguageTotals plus(LanguageTotals a, LanguageTotals b) {
    return new LanguageTotals().add(a).add(b);
  }
}
