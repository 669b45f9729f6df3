package org.narrascope.frames;

import java.util.ArrayList;
import java.util.List;

/**
 * One way of saying a frame in one language, as written in the lexicon.
 *
 * <p>The phrase is a sequence of <em>slots</em> separated by white space. A slot is a word ({@code
 * технологии}), a bracketed list of alternatives ({@code [майданные|майдана]}, an alternative may
 * hold several words: {@code [coup|coup d'état]}), or a word or alternative ending in {@code *}, a
 * prefix of the analysed term ({@code террорист*}). Words are analysed with the language's chain,
 * so one inflected form stands for all forms that share its stem or lemma.
 *
 * @param lang the language code of the chain the phrase is analysed with
 * @param phrase the phrase as written
 * @param slop the most words that may stand between two consecutive slots (0: adjacent)
 * @param ordered whether the slots must appear in the written order
 * @param excludeFollowing words that, right after the last slot, cancel the match ("jets")
 * @param excludePreceding words that, right before the first slot, cancel the match
 * @param line the 1-based line of the lexicon file the variant was written on
 */
public record Variant(
    String lang,
    String phrase,
    int slop,
    boolean ordered,
    List<String> excludeFollowing,
    List<String> excludePreceding,
    int line) {

  public Variant {
    excludeFollowing = List.copyOf(excludeFollowing);
    excludePreceding = List.copyOf(excludePreceding);
    if (slop < 0) {
      throw new IllegalArgumentException("slop must be 0 or more, not " + slop);
    }
    slots(phrase);
  }

  /** A variant with default options: adjacent words in the written order, no exclusions. */
  public static Variant of(String lang, String phrase) {
    return new Variant(lang, phrase, 0, true, List.of(), List.of(), 0);
  }

  /** The slots of the phrase, each a list of its alternatives as written (a prefix keeps its *). */
  public List<List<String>> slots() {
    return slots(phrase);
  }

  /**
   * Splits a phrase into slots.
   *
   * @throws IllegalArgumentException if the phrase is empty, a bracket is unbalanced or nested, or
   *     an alternative is empty
   */
  static List<List<String>> slots(String phrase) {
    List<List<String>> slots = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    List<String> group = null;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (group == null) {
        if (c == '[') {
          if (word.length() > 0) {
            throw new IllegalArgumentException(
                "'[' at character " + (i + 1) + " must start a slot, not follow '" + word + "'");
          }
          group = new ArrayList<>();
        } else if (c == ']' || c == '|') {
          throw new IllegalArgumentException(
              "unbalanced brackets: '" + c + "' at character " + (i + 1) + " outside [...]");
        } else if (Character.isWhitespace(c)) {
          flushWord(word, slots);
        } else {
          word.append(c);
        }
      } else if (c == '[') {
        throw new IllegalArgumentException(
            "unbalanced brackets: '[' at character " + (i + 1) + " inside [...]");
      } else if (c == '|' || c == ']') {
        String alternative = word.toString().strip();
        if (alternative.isEmpty()) {
          throw new IllegalArgumentException(
              "empty alternative before '"
                  + c
                  + "' at character "
                  + (i + 1)
                  + " (for an optional word, give the slop room for it instead)");
        }
        group.add(alternative);
        word.setLength(0);
        if (c == ']') {
          slots.add(List.copyOf(group));
          group = null;
          if (i + 1 < phrase.length() && !Character.isWhitespace(phrase.charAt(i + 1))) {
            throw new IllegalArgumentException(
                "']' at character " + (i + 1) + " must end a slot: put a space after it");
          }
        }
      } else {
        word.append(c);
      }
    }
    if (group != null) {
      throw new IllegalArgumentException("unbalanced brackets: '[' is never closed by ']'");
    }
    flushWord(word, slots);
    if (slots.isEmpty()) {
      throw new IllegalArgumentException("empty phrase");
    }
    return List.copyOf(slots);
  }

  private static void flushWord(StringBuilder word, List<List<String>> slots) {
    if (word.length() > 0) {
      slots.add(List.of(word.toString()));
      word.setLength(0);
    }
  }
}
