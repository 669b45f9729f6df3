package org.narrascope.corpus.language;

import java.util.Objects;

/**
 * The language of one document as {@link LanguageIdentifier} sees it.
 *
 * @param lang BCP 47 primary language subtag: the ISO 639-1 code where one exists ({@code ru},
 *     {@code kk}), else the ISO 639-3 code ({@code ceb}); {@value LanguageIdentifier#UNDETERMINED}
 *     when unsure
 * @param confidence in [0, 1]; for {@code letters} the share of the text's letters that the chosen
 *     alphabet covers, for {@code opennlp} the model's probability of the winner against the
 *     runner-up among the languages the letters allow, 0 for {@code und:too_short}
 * @param method how it was decided: {@code letters}, {@code opennlp}, {@code und:too_short} or
 *     {@code und:low_confidence}
 */
public record LanguageGuess(String lang, double confidence, String method) {
  public LanguageGuess {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(method, "method");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
  }

  /** Whether a language was determined, i.e. {@link #lang()} is not {@code und}. */
  public boolean isDetermined() {
    return !LanguageIdentifier.UNDETERMINED.equals(lang);
  }
}
