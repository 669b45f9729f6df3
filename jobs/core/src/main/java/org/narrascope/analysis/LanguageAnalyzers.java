package org.narrascope.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import morfologik.stemming.Dictionary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.narrascope.NarrascopeException;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The analysis chain of each language, shared by the index and the frame matcher so that a phrase
 * of the lexicon and a word of an article meet as the same term.
 *
 * <p>No chain removes stop words: every word keeps its position, so that the slop of a lexicon
 * variant counts the words that really stand between two slots. Every chain uses only char filters
 * that correct offsets ({@link MappingCharFilter}) and token filters that keep them, so offsets
 * always point into the original Java string.
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
  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");
  private static final Set<String> DEDICATED = Set.of("en", "kk", "ru", "uk");

  private LanguageAnalyzers() {}

  /** The languages with a chain of their own; every other code gets the fallback chain. */
  public static Set<String> dedicated() {
    return DEDICATED;
  }

  /**
   * A new analyzer for {@code lang} (an ISO 639-1/639-3 code such as "ru", or "und").
   *
   * @throws NarrascopeException if {@code lang} is not 2–3 lower-case ASCII letters
   */
  public static Analyzer forLanguage(String lang) {
    switch (checked(lang)) {
      case "ru":
        return new Chain(
            RUSSIAN_CHARS,
            ts -> new SnowballFilter(new LowerCaseFilter(ts), new RussianStemmer()),
            LowerCaseFilter::new);
      case "uk":
        return new Chain(
            UKRAINIAN_CHARS,
            ts ->
                new RemoveDuplicatesTokenFilter(
                    new LowerCaseFilter(
                        new MorfologikFilter(
                            new LowerCaseFilter(ts), UkrainianDictionary.INSTANCE))),
            LowerCaseFilter::new);
      case "en":
        return new Chain(
            ENGLISH_CHARS,
            ts ->
                new EnglishMinimalStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(ts))),
            LowerCaseFilter::new);
      case "kk":
        return new Chain(
            null,
            ts -> new KazakhStemFilter(new LowerCaseFilter(new ICUNormalizer2Filter(ts))),
            ts -> new LowerCaseFilter(new ICUNormalizer2Filter(ts)));
      default:
        return new Chain(null, ICUNormalizer2Filter::new, ICUNormalizer2Filter::new);
    }
  }

  /** A one-line description of the chain of {@code lang}, for the run manifest. */
  public static String chainOf(String lang) {
    switch (checked(lang)) {
      case "ru":
        return "MappingCharFilter ё→е -softhyphen > StandardTokenizer > LowerCase > SnowballRussian";
      case "uk":
        return "MappingCharFilter apostrophes→' ґ→г -stress -softhyphen > StandardTokenizer"
            + " > LowerCase > Morfologik(ukrainian.dict, stacked lemmas) > LowerCase"
            + " > RemoveDuplicates";
      case "en":
        return "MappingCharFilter ’ʼ→' -softhyphen > StandardTokenizer > EnglishPossessive > LowerCase"
            + " > EnglishMinimalStem";
      case "kk":
        return "StandardTokenizer > ICUNormalizer2(nfkc_cf) > LowerCase > KazakhStem";
      default:
        return "StandardTokenizer > ICUNormalizer2(nfkc_cf) (fallback, no stemming)";
    }
  }

  private static String checked(String lang) {
    if (lang == null || !CODE.matcher(lang).matches()) {
      throw new NarrascopeException(
          "language code '"
              + lang
              + "' is malformed: expected 2-3 lower-case ASCII letters; dedicated chains exist for "
              + String.join(", ", DEDICATED.stream().sorted().toList())
              + ", any other code (e.g. 'und') gets the fallback chain");
    }
    return lang;
  }

  private static final NormalizeCharMap RUSSIAN_CHARS;
  private static final NormalizeCharMap UKRAINIAN_CHARS;
  private static final NormalizeCharMap ENGLISH_CHARS;

  static {
    NormalizeCharMap.Builder ru = new NormalizeCharMap.Builder();
    ru.add("ё", "е");
    ru.add("Ё", "Е");
    // A soft hyphen is invisible and belongs to its word (UAX #29 keeps it inside the token).
    ru.add("\u00AD", "");
    RUSSIAN_CHARS = ru.build();
    // The same map as Lucene's UkrainianMorfologikAnalyzer: its dictionary spells apostrophes as '.
    NormalizeCharMap.Builder uk = new NormalizeCharMap.Builder();
    for (String apostrophe : new String[] {"\u2019", "\u2018", "\u02BC", "`", "\u00B4"}) {
      uk.add(apostrophe, "'");
    }
    uk.add("\u0301", "");
    uk.add("\u00AD", "");
    uk.add("ґ", "г");
    uk.add("Ґ", "Г");
    UKRAINIAN_CHARS = uk.build();
    // Typographic apostrophes, so that "d’état" and "d'état" are one word.
    NormalizeCharMap.Builder en = new NormalizeCharMap.Builder();
    for (String apostrophe : new String[] {"\u2019", "\u02BC"}) {
      en.add(apostrophe, "'");
    }
    en.add("\u00AD", "");
    ENGLISH_CHARS = en.build();
  }

  /** Loaded once per JVM on first use: the dictionary is immutable and 7 MB large. */
  private static final class UkrainianDictionary {
    static final Dictionary INSTANCE = load();

    private static Dictionary load() {
      try {
        return Dictionary.read(
            UkrainianMorfologikAnalyzer.class
                .getClassLoader()
                .getResource("ua/net/nlp/ukrainian.dict"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read Lucene's Ukrainian morfologik dictionary", e);
      }
    }
  }

  /** StandardTokenizer, an optional offset-correcting char map and a filter chain. */
  private static final class Chain extends Analyzer {
    private final NormalizeCharMap chars;
    private final Function<TokenStream, TokenStream> filters;
    private final Function<TokenStream, TokenStream> normalizers;

    Chain(
        NormalizeCharMap chars,
        Function<TokenStream, TokenStream> filters,
        Function<TokenStream, TokenStream> normalizers) {
      this.chars = chars;
      this.filters = filters;
      this.normalizers = normalizers;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, filters.apply(source));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return chars == null ? reader : new MappingCharFilter(chars, reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
      return initReader(fieldName, reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return normalizers.apply(in);
    }
  }
}
