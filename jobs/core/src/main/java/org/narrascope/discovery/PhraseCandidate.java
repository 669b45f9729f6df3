package org.narrascope.discovery;

import java.util.Optional;

/**
 * A scored n-gram of one language.
 *
 * @param lang the language
 * @param key the analysed key ({@link PhraseKey})
 * @param phrase the surface shown: its most frequent written form
 * @param words the number of words
 * @param mentions occurrences in counted documents of the language
 * @param docs documents with an occurrence
 * @param sources distinct sources with an occurrence
 * @param npmi collocation strength ({@link Npmi})
 * @param g2 Dunning's G² of the weaker edge split ({@link LogLikelihood})
 * @param keynessZ official+state media vs expert_skeptic ({@link LogOddsKeyness})
 * @param nearSeed share of the occurrences near a lexicon mention they do not overlap
 * @param knownFrame the frame whose lexicon mentions this n-gram overlaps, when it does in at least
 *     {@code knownShare} of its occurrences: a variant the lexicon already has
 * @param score the ranking score |keyness_z| · (1 − near_seed)
 */
public record PhraseCandidate(
    String lang,
    String key,
    String phrase,
    int words,
    long mentions,
    long docs,
    int sources,
    double npmi,
    double g2,
    double keynessZ,
    double nearSeed,
    Optional<String> knownFrame,
    double score) {

  /** Whether the lexicon already matches this phrase. */
  public boolean known() {
    return knownFrame.isPresent();
  }
}
