package org.narrascope.frames.attribution;

import java.util.List;
import java.util.Locale;

/**
 * One cue of {@code attribution-cues.yaml}: consecutive word stems, each matching a word that
 * starts with it, or the whole word when written with a trailing {@code $}.
 */
final class Cue {
  private final String[] stems;
  private final boolean[] whole;
  private final String text;

  private Cue(String[] stems, boolean[] whole, String text) {
    this.stems = stems;
    this.whole = whole;
    this.text = text;
  }

  static Cue parse(String cue) {
    String[] parts = Words.normalize(cue.strip()).split("\\s+");
    String[] stems = new String[parts.length];
    boolean[] whole = new boolean[parts.length];
    for (int i = 0; i < parts.length; i++) {
      whole[i] = parts[i].endsWith("$");
      stems[i] = whole[i] ? parts[i].substring(0, parts[i].length() - 1) : parts[i];
    }
    return new Cue(stems, whole, cue.strip().toLowerCase(Locale.ROOT));
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
      if (whole[k] ? !word.equals(stems[k]) : !word.startsWith(stems[k])) {
        return false;
      }
    }
    return true;
  }

  /** Whether a single normalised word ends with this cue (used for modifier endings). */
  boolean endsWord(String norm) {
    return stems.length == 1 && (whole[0] ? norm.equals(stems[0]) : norm.endsWith(stems[0]));
  }

  @Override
  public String toString() {
    return text;
  }
}
