package org.narrascope.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.narrascope.NarrascopeException;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * One named analysis chain of one language, such as {@code ru:snowball}: what the index and the
 * frame matcher do to a text before a lexicon phrase and an article's word can meet as one term.
 * Its {@link #id()} is what {@code index.json} and the run manifest record, so that a count can
 * tell whether its index was built with the chain its matcher uses.
 *
 * <p>Every chain of a language shares the language's character map and tokenizer and differs only
 * in how it reduces a word; {@code none} still lower-cases (and, for Kazakh, NFKC-case-folds), so
 * comparing chains measures the stemmer alone. The alternatives of each language (the default
 * first) were measured against the gold set by {@code AnalysisComparison}:
 *
 * <ul>
 *   <li>{@code ru}: {@code snowball} (Snowball Russian), {@code light} (Lucene's
 *       RussianLightStemFilter: case endings only), {@code none}.
 *   <li>{@code uk}: {@code morfologik} (Lucene's Ukrainian dictionary, lemmas stacked), {@code
 *       ru-light} (Lucene has no Ukrainian stemmer; the Russian light stemmer is the closest
 *       rule-based one, as the two languages share many noun endings), {@code none}.
 *   <li>{@code en}: {@code minimal} (plurals only), {@code porter}, {@code kstem}, {@code none};
 *       every English chain removes the possessive {@code 's} first.
 *   <li>{@code kk}: {@code suffix} ({@link KazakhStemFilter}), {@code none}.
 *   <li>any other code: {@code fallback} (NFKC case folding, no stemming).
 * </ul>
 */
public final class AnalysisChain {
  /** The name of the only chain of a language without a dedicated one. */
  public static final String FALLBACK = "fallback";

  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

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

  private static final String RU_CHARS = "MappingCharFilter ё→е -softhyphen > StandardTokenizer";
  private static final String UK_CHARS =
      "MappingCharFilter apostrophes→' ґ→г -stress -softhyphen > StandardTokenizer";
  private static final String EN_CHARS =
      "MappingCharFilter ’ʼ→' -softhyphen > StandardTokenizer > EnglishPossessive";
  private static final String KK_CHARS = "StandardTokenizer > ICUNormalizer2(nfkc_cf)";

  /** lang → name → chain, the default of each language first. */
  private static final Map<String, Map<String, AnalysisChain>> KNOWN = known();

  private final String lang;
  private final String name;
  private final String description;
  private final Supplier<Analyzer> factory;

  private AnalysisChain(String lang, String name, String description, Supplier<Analyzer> factory) {
    this.lang = lang;
    this.name = name;
    this.description = description;
    this.factory = factory;
  }

  private static Map<String, Map<String, AnalysisChain>> known() {
    Map<String, Map<String, AnalysisChain>> all = new LinkedHashMap<>();
    add(
        all,
        "ru",
        "snowball",
        RU_CHARS + " > LowerCase > SnowballRussian",
        RUSSIAN_CHARS,
        ts -> new SnowballFilter(new LowerCaseFilter(ts), new RussianStemmer()));
    add(
        all,
        "ru",
        "light",
        RU_CHARS + " > LowerCase > RussianLightStem",
        RUSSIAN_CHARS,
        ts -> new RussianLightStemFilter(new LowerCaseFilter(ts)));
    add(all, "ru", "none", RU_CHARS + " > LowerCase", RUSSIAN_CHARS, LowerCaseFilter::new);
    add(
        all,
        "uk",
        "morfologik",
        UK_CHARS
            + " > LowerCase > Morfologik(ukrainian.dict, stacked lemmas) > LowerCase"
            + " > RemoveDuplicates",
        UKRAINIAN_CHARS,
        ts ->
            new RemoveDuplicatesTokenFilter(
                new LowerCaseFilter(
                    new MorfologikFilter(new LowerCaseFilter(ts), UkrainianDictionary.INSTANCE))));
    add(
        all,
        "uk",
        "ru-light",
        UK_CHARS + " > LowerCase > RussianLightStem (applied to Ukrainian)",
        UKRAINIAN_CHARS,
        ts -> new RussianLightStemFilter(new LowerCaseFilter(ts)));
    add(all, "uk", "none", UK_CHARS + " > LowerCase", UKRAINIAN_CHARS, LowerCaseFilter::new);
    add(
        all,
        "en",
        "minimal",
        EN_CHARS + " > LowerCase > EnglishMinimalStem",
        ENGLISH_CHARS,
        ts -> new EnglishMinimalStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(ts))));
    add(
        all,
        "en",
        "porter",
        EN_CHARS + " > LowerCase > PorterStem",
        ENGLISH_CHARS,
        ts -> new PorterStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(ts))));
    add(
        all,
        "en",
        "kstem",
        EN_CHARS + " > LowerCase > KStem",
        ENGLISH_CHARS,
        // KStem expects lower-case input, as Lucene's own chains give it.
        ts -> new KStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(ts))));
    add(
        all,
        "en",
        "none",
        EN_CHARS + " > LowerCase",
        ENGLISH_CHARS,
        ts -> new LowerCaseFilter(new EnglishPossessiveFilter(ts)));
    add(
        all,
        "kk",
        "suffix",
        KK_CHARS + " > LowerCase > KazakhStem",
        null,
        ts -> new KazakhStemFilter(new LowerCaseFilter(new ICUNormalizer2Filter(ts))));
    add(
        all,
        "kk",
        "none",
        KK_CHARS + " > LowerCase",
        null,
        ts -> new LowerCaseFilter(new ICUNormalizer2Filter(ts)));
    return all;
  }

  private static void add(
      Map<String, Map<String, AnalysisChain>> all,
      String lang,
      String name,
      String description,
      NormalizeCharMap chars,
      Function<TokenStream, TokenStream> filters) {
    // Normalisation (wildcard and prefix terms) never stems, whatever the chain.
    Function<TokenStream, TokenStream> normalizers =
        lang.equals("kk")
            ? ts -> new LowerCaseFilter(new ICUNormalizer2Filter(ts))
            : LowerCaseFilter::new;
    all.computeIfAbsent(lang, l -> new LinkedHashMap<>())
        .put(
            name,
            new AnalysisChain(
                lang, name, description, () -> new Chain(chars, filters, normalizers)));
  }

  /** The languages with chains of their own; every other code gets {@link #FALLBACK}. */
  public static Set<String> dedicatedLanguages() {
    return Set.copyOf(KNOWN.keySet());
  }

  /**
   * The chain {@code lang} gets unless told otherwise: the first of {@link #alternatives}.
   *
   * @throws NarrascopeException if {@code lang} is not 2–3 lower-case ASCII letters
   */
  public static AnalysisChain defaultFor(String lang) {
    return alternatives(lang).get(0);
  }

  /**
   * Every chain of {@code lang}, its default first; a language without chains of its own has only
   * {@link #FALLBACK}.
   *
   * @throws NarrascopeException if {@code lang} is not 2–3 lower-case ASCII letters
   */
  public static List<AnalysisChain> alternatives(String lang) {
    Map<String, AnalysisChain> chains = KNOWN.get(checked(lang));
    if (chains == null) {
      return List.of(
          new AnalysisChain(
              lang,
              FALLBACK,
              "StandardTokenizer > ICUNormalizer2(nfkc_cf) (fallback, no stemming)",
              () -> new Chain(null, ICUNormalizer2Filter::new, ICUNormalizer2Filter::new)));
    }
    return List.copyOf(chains.values());
  }

  /**
   * The chain {@code name} of {@code lang}.
   *
   * @throws NarrascopeException naming the chains of {@code lang} if it has no such chain
   */
  public static AnalysisChain of(String lang, String name) {
    List<AnalysisChain> chains = alternatives(lang);
    return chains.stream()
        .filter(c -> c.name.equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new NarrascopeException(
                    "analysis chain '"
                        + lang
                        + ":"
                        + name
                        + "' does not exist; the chains of "
                        + lang
                        + " are "
                        + String.join(", ", chains.stream().map(AnalysisChain::id).toList())));
  }

  /**
   * The chain with {@code id} ({@code lang:name}, e.g. {@code ru:snowball}).
   *
   * @throws NarrascopeException if the id is not {@code lang:name} or names no chain
   */
  public static AnalysisChain parse(String id) {
    int colon = id == null ? -1 : id.indexOf(':');
    if (colon < 0) {
      throw new NarrascopeException(
          "analysis chain '" + id + "': expected language:name, e.g. ru:snowball");
    }
    return of(id.substring(0, colon), id.substring(colon + 1));
  }

  /**
   * The chain an index recorded for {@code lang}: by its id ({@code ru:snowball}), or by the
   * description that indexes built before chains had ids recorded; empty when neither is known.
   */
  public static Optional<AnalysisChain> recorded(String lang, String idOrDescription) {
    return alternatives(lang).stream()
        .filter(c -> c.id().equals(idOrDescription) || c.description.equals(idOrDescription))
        .findFirst();
  }

  /**
   * A chain that is not one of the built-in ones, for an experiment (e.g. a dictionary that is not
   * on the project's classpath); {@link #parse} does not know it.
   */
  public static AnalysisChain custom(
      String lang, String name, String description, Supplier<Analyzer> factory) {
    return new AnalysisChain(
        checked(lang),
        Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(description, "description"),
        Objects.requireNonNull(factory, "factory"));
  }

  static String checked(String lang) {
    if (lang == null || !CODE.matcher(lang).matches()) {
      throw new NarrascopeException(
          "language code '"
              + lang
              + "' is malformed: expected 2-3 lower-case ASCII letters; dedicated chains exist for "
              + String.join(", ", KNOWN.keySet().stream().sorted().toList())
              + ", any other code (e.g. 'und') gets the fallback chain");
    }
    return lang;
  }

  /** The language this chain analyses. */
  public String lang() {
    return lang;
  }

  /** The chain's name within its language, e.g. {@code snowball}. */
  public String name() {
    return name;
  }

  /** {@code lang:name}, e.g. {@code ru:snowball}: what the index and the manifest record. */
  public String id() {
    return lang + ":" + name;
  }

  /** The chain's steps in one line, e.g. for the run manifest. */
  public String description() {
    return description;
  }

  /** A new analyzer running this chain; the caller closes it. */
  public Analyzer newAnalyzer() {
    return factory.get();
  }

  /** Whether this is the chain its language gets unless told otherwise. */
  public boolean isDefault() {
    return defaultFor(lang).id().equals(id());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnalysisChain other
        && id().equals(other.id())
        && description.equals(other.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lang, name, description);
  }

  @Override
  public String toString() {
    return id();
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
