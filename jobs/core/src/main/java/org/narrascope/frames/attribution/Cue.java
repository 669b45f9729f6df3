package org.narrascope.frames.attribution;

import java.util.List;
import java.util.Locale;

/**
 * One cue of {@code attribution-cues.yaml}: consecutive word stems, each matching a word that
 * starts with it, the whole word when written with a trailing {@code $}, or a word that ends with
 * it when written with a leading {@code *}. A stem of one or two letters always matches the whole
 * word only.
 */
final class Cue {
  private final String[] stems;
  private final boolean[] whole;
  private final boolean dollar;
  private final String text;

  private Cue(String[] stems, boolean[] whole, boolean dollar, String text) {
    this.stems = stems;
    this.whole = whole;
    this.dollar = dollar;
    this.text = text;
  }

  static Cue parse(String cue) {
    String[] parts = Words.normalize(cue.strip()).split("\\s+");
    String[] stems = new String[parts.length];
    boolean[] whole = new boolean[parts.length];
    boolean lastDollar = false;
    for (int i = 0; i < parts.length; i++) {
      boolean dollar = parts[i].endsWith("$");
      lastDollar = dollar;
      stems[i] = dollar ? parts[i].substring(0, parts[i].length() - 1) : parts[i];
      // A stem of one or two letters ("а", "не", "no") would start half the words of a text.
      whole[i] = dollar || stems[i].length() <= 2;
    }
    return new Cue(stems, whole, lastDollar, cue.strip().toLowerCase(Locale.ROOT));
  }

  /** Number of words the cue spans. */
  int length() {
    return stems.length;
  }

  /** Whether the cue matches the normalised words starting at {@code from}. */
  boolean matchesAt(List<Words.Word> words, int from) {
    if (from < 0 || from + stems.length > words.size()) {
      return false;
    }
    for (int k = 0; k < stems.length; k++) {
      String word = words.get(from + k).norm();
      String stem = stems[k];
      boolean matches =
          whole[k]
              ? word.equals(stem)
              : stem.startsWith("*") ? word.endsWith(stem.substring(1)) : word.startsWith(stem);
      if (!matches) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a single normalised word ends with this cue (for endings, which are short by nature):
   * the whole word only when written with {@code $}.
   */
  boolean endsWord(String norm) {
    return stems.length == 1 && (dollar ? norm.equals(stems[0]) : norm.endsWith(stems[0]));
  }

  @Override
  public String toString() {
    return text;
  }
}
