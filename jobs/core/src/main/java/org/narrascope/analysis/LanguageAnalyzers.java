package org.narrascope.analysis;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.narrascope.NarrascopeException;

/**
 * The analysis chain of each language, shared by the index and the frame matcher so that a phrase
 * of the lexicon and a word of an article meet as the same term.
 *
 * <p>These are the default chains ({@link AnalysisChain#defaultFor}); a run may choose another
 * chain of a language by name ({@link AnalysisChains}). No chain removes stop words: every word
 * keeps its position, so that the slop of a lexicon variant counts the words that really stand
 * between two slots. Every chain uses only char filters that correct offsets ({@code
 * MappingCharFilter}) and token filters that keep them, so offsets always point into the original
 * Java string.
 *
 * <ul>
 *   <li>{@code ru}: ё→е (char filter) &gt; StandardTokenizer &gt; LowerCase &gt; Snowball Russian.
 *   <li>{@code uk}: apostrophes ’ ʼ ‘ ` ´ → ' , stress mark and soft hyphen removed, ґ→г (char
 *       filter, as Lucene's UkrainianMorfologikAnalyzer does) &gt; StandardTokenizer &gt; LowerCase
 *       &gt; Morfologik with Lucene's Ukrainian dictionary (several lemmas stacked at one position;
 *       unknown words pass unchanged) &gt; LowerCase (lemmas of proper nouns are capitalised) &gt;
 *       RemoveDuplicates (the dictionary repeats a lemma under several tags).
 *   <li>{@code en}: apostrophes ’ ʼ → ' (char filter) &gt; StandardTokenizer &gt; EnglishPossessive
 *       &gt; LowerCase &gt; EnglishMinimalStem (plurals only, so that "foreign fighters" meets
 *       "foreign fighter" without Porter's over-conflation of "militant" with "military").
 *   <li>{@code kk}: StandardTokenizer &gt; ICUNormalizer2 nfkc_cf (NOT ICU folding, which would
 *       fold қ→к and ә→а) &gt; LowerCase &gt; {@link KazakhStemFilter}.
 *   <li>any other well-formed code, including {@code und}: StandardTokenizer &gt; ICUNormalizer2
 *       nfkc_cf (case folding and compatibility normalisation, no stemming).
 * </ul>
 */
public final class LanguageAnalyzers {
  private LanguageAnalyzers() {}

  /** The languages with a chain of their own; every other code gets the fallback chain. */
  public static Set<String> dedicated() {
    return AnalysisChain.dedicatedLanguages();
  }

  /**
   * A new analyzer running the default chain of {@code lang} (an ISO 639-1/639-3 code such as "ru",
   * or "und"); see {@link AnalysisChain} for the alternatives.
   *
   * @throws NarrascopeException if {@code lang} is not 2–3 lower-case ASCII letters
   */
  public static Analyzer forLanguage(String lang) {
    return AnalysisChain.defaultFor(lang).newAnalyzer();
  }

  /** A one-line description of the default chain of {@code lang}, for the run manifest. */
  public static String chainOf(String lang) {
    return AnalysisChain.defaultFor(lang).description();
  }

  /** The id of the default chain of {@code lang}, e.g. {@code ru:snowball}. */
  public static String chainId(String lang) {
    return AnalysisChain.defaultFor(lang).id();
  }
}
