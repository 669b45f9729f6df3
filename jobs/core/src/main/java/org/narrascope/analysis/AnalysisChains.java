package org.narrascope.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.narrascope.NarrascopeException;

/**
 * Which {@link AnalysisChain} each language gets: the defaults, except where a chain was chosen by
 * name. The index and the frame matcher of one run must be given the same selection, so that a
 * phrase of the lexicon and a word of an article go through the same chain. Immutable.
 */
public final class AnalysisChains {
  private static final AnalysisChains DEFAULTS = new AnalysisChains(Map.of());

  /** lang → the chain chosen instead of the default. */
  private final Map<String, AnalysisChain> chosen;

  private AnalysisChains(Map<String, AnalysisChain> chosen) {
    this.chosen = Map.copyOf(chosen);
  }

  /** Every language gets its default chain. */
  public static AnalysisChains defaults() {
    return DEFAULTS;
  }

  /**
   * The defaults, except for the comma-separated chain ids of {@code spec} (e.g. {@code
   * "ru:light,en:porter"}); an empty or blank spec gives the defaults.
   *
   * @throws NarrascopeException if an id names no chain or a language is chosen twice
   */
  public static AnalysisChains parse(String spec) {
    AnalysisChains chains = DEFAULTS;
    if (spec.isBlank()) {
      return chains;
    }
    for (String id : spec.split(",", -1)) {
      AnalysisChain chain = AnalysisChain.parse(id.strip());
      if (chains.chosen.containsKey(chain.lang())) {
        throw new NarrascopeException(
            "analysis chains '" + spec + "': language " + chain.lang() + " is chosen twice");
      }
      chains = chains.with(chain);
    }
    return chains;
  }

  /** This selection with {@code chain} for its language. */
  public AnalysisChains with(AnalysisChain chain) {
    Map<String, AnalysisChain> more = new TreeMap<>(chosen);
    more.put(chain.lang(), chain);
    return new AnalysisChains(more);
  }

  /**
   * The chain of {@code lang}.
   *
   * @throws NarrascopeException if {@code lang} is not 2–3 lower-case ASCII letters
   */
  public AnalysisChain forLanguage(String lang) {
    AnalysisChain chain = chosen.get(lang);
    return chain != null ? chain : AnalysisChain.defaultFor(lang);
  }

  /** A new analyzer running the chain of {@code lang}; the caller closes it. */
  public Analyzer newAnalyzer(String lang) {
    return forLanguage(lang).newAnalyzer();
  }

  /** lang → chain id for each of {@code langs}, sorted by language: what an index records. */
  public Map<String, String> ids(Collection<String> langs) {
    Map<String, String> ids = new TreeMap<>();
    langs.forEach(l -> ids.put(l, forLanguage(l).id()));
    return ids;
  }

  /**
   * Checks that an index whose {@code index.json} recorded {@code recorded} (lang → chain id, or
   * the chain's description in an older index) was analysed with this selection's chains, so that a
   * matcher compiled with this selection meets the index's terms.
   *
   * @param where the index, for the message
   * @throws NarrascopeException naming every language whose chains differ and what to do
   */
  public void requireSameAs(Map<String, String> recorded, String where) {
    List<String> differences = new ArrayList<>();
    new TreeMap<>(recorded)
        .forEach(
            (lang, value) -> {
              String expected = forLanguage(lang).id();
              String found =
                  AnalysisChain.recorded(lang, value).map(AnalysisChain::id).orElse(value);
              if (!found.equals(expected)) {
                differences.add(lang + ": index " + found + ", matcher " + expected);
              }
            });
    if (!differences.isEmpty()) {
      throw new NarrascopeException(
          "the index at "
              + where
              + " was analysed with other chains than the matcher would use ("
              + String.join("; ", differences)
              + "): rebuild the index with the matcher's chains, or choose the index's chains");
    }
  }

  /** Whether every language gets its default chain. */
  public boolean areDefaults() {
    return chosen.values().stream().allMatch(AnalysisChain::isDefault);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnalysisChains other && chosen.equals(other.chosen);
  }

  @Override
  public int hashCode() {
    return chosen.hashCode();
  }

  /** The chosen chains' ids, e.g. {@code [en:porter, ru:light]}; {@code []} for the defaults. */
  @Override
  public String toString() {
    return new TreeMap<>(chosen).values().toString();
  }
}
