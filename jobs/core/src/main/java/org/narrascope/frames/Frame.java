package org.narrascope.frames;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A frame of the lexicon: a way of telling the story, with the phrases that express it per
 * language.
 *
 * @param id snake_case identifier, unique in its lexicon
 * @param label a short human name
 * @param stance who uses the frame
 * @param narrative the frame's story in one sentence
 * @param variants language code → variants, languages sorted
 */
public record Frame(
    String id, String label, Stance stance, String narrative, Map<String, List<Variant>> variants) {

  public Frame {
    TreeMap<String, List<Variant>> copy = new TreeMap<>();
    variants.forEach((lang, list) -> copy.put(lang, List.copyOf(list)));
    variants = Collections.unmodifiableSortedMap(copy);
  }

  /** The variants of {@code lang}, empty when the frame has none in that language. */
  public List<Variant> variantsOf(String lang) {
    return variants.getOrDefault(lang, List.of());
  }
}
