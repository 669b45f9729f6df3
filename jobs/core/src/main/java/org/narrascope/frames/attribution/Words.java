package org.narrascope.frames.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words of a stretch of text with their offsets, and the normal form cues are matched on. */
final class Words {
  private Words() {}

  /**
   * One word: {@code text[start, end)}, its normal form, and whether it opens its sentence.
   *
   * @param gapBefore the characters between the previous word (or the sentence start) and this one
   */
  record Word(int start, int end, String raw, String norm, String gapBefore, boolean initial) {
    boolean capitalized() {
      int first = raw.codePointAt(0);
      return Character.isUpperCase(first) || Character.isTitleCase(first);
    }

    boolean allCaps() {
      int letters = 0;
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          if (!Character.isUpperCase(c)) {
            return false;
          }
        }
      }
      return letters >= 2;
    }
  }

  /** Lower case (root locale), no soft hyphen, {@code ё} as {@code е}, every apostrophe as '. */
  static String normalize(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u00AD' -> {}
        case '’', 'ʼ', '‘', '`' -> out.append('\'');
        case 'ё' -> out.append('е');
        case 'Ё' -> out.append('е');
        default -> out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The words of {@code text[from, to)}: letters and digits, with inner hyphens and apostrophes.
   */
  static List<Word> of(String text, int from, int to) {
    List<Word> words = new ArrayList<>();
    int i = from;
    int previousEnd = from;
    while (i < to) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < to
          && (isWordChar(text.charAt(i))
              || (isJoiner(text.charAt(i)) && i + 1 < to && isWordChar(text.charAt(i + 1))))) {
        i++;
      }
      String raw = text.substring(start, i);
      String gap = text.substring(previousEnd, start);
      words.add(new Word(start, i, raw, normalize(raw), gap, words.isEmpty()));
      previousEnd = i;
    }
    return words;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c)
        || c == '\u00AD'
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'' || c == '’' || c == 'ʼ' || c == '\u2011';
  }
}
