package org.narrascope.discovery;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mergeable context counts: per phrase ({@code lang\tkey}, or {@code lang\t#frame} for a frame's
 * seed mentions) the words seen around its occurrences, by analysed key, sorted.
 */
public final class ContextCounts implements Serializable {
  private static final long serialVersionUID = 1L;

  final TreeMap<String, TreeMap<String, Long>> counts = new TreeMap<>();

  /** Phrase → context word → count. */
  public Map<String, TreeMap<String, Long>> counts() {
    return counts;
  }

  /** Adds {@code count} sightings of {@code word} around {@code phrase}. */
  public void add(String phrase, String word, long count) {
    counts.computeIfAbsent(phrase, p -> new TreeMap<>()).merge(word, count, Long::sum);
  }

  /** Adds {@code other} into this and returns this. */
  public ContextCounts add(ContextCounts other) {
    other.counts.forEach((p, words) -> words.forEach((w, c) -> add(p, w, c)));
    return this;
  }
}
