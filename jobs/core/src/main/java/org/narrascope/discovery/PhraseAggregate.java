package org.narrascope.discovery;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mergeable counts of a discovery pass over some documents: candidate n-grams with their
 * statistics, the plain counts of every shorter n-gram (the parts NPMI and G² need), and per
 * language the word totals. Keys are {@code lang + '\t' + analysed key}. Adding two aggregates is
 * associative and commutative and every map is sorted, so the driver's total is the same for any
 * split of the documents into shards and any order of merging.
 */
public final class PhraseAggregate implements Serializable {
  private static final long serialVersionUID = 1L;

  final TreeMap<String, NgramStats> ngrams = new TreeMap<>();
  final TreeMap<String, Long> parts = new TreeMap<>();
  final TreeMap<String, LanguageTotals> totals = new TreeMap<>();

  /** The candidate n-grams, by {@code lang\tkey}. */
  public Map<String, NgramStats> ngrams() {
    return ngrams;
  }

  /** Counts of all n-grams shorter than the longest candidate, by {@code lang\tkey}. */
  public Map<String, Long> parts() {
    return parts;
  }

  /** Word totals by language. */
  public Map<String, LanguageTotals> totals() {
    return totals;
  }

  /** Adds {@code other} into this and returns this. */
  public PhraseAggregate add(PhraseAggregate other) {
    other.ngrams.forEach((k, s) -> ngrams.computeIfAbsent(k, x -> new NgramStats()).add(s));
    other.parts.forEach((k, c) -> parts.merge(k, c, Long::sum));
    other.totals.forEach((k, t) -> totals.computeIfAbsent(k, x -> new LanguageTotals()).add(t));
    return this;
  }

  /** An aggregate holding the given (already merged) counts, e.g. reduced by Spark. */
  public static PhraseAggregate of(
      Map<String, NgramStats> ngrams, Map<String, Long> parts, Map<String, LanguageTotals> totals) {
    PhraseAggregate a = new PhraseAggregate();
    a.ngrams.putAll(ngrams);
    a.parts.putAll(parts);
    a.totals.putAll(totals);
    return a;
  }

  /** The key of a phrase in the maps. */
  public static String key(String lang, String phraseKey) {
    return lang + "\t" + phraseKey;
  }
}
