package org.narrascope.frames;

/**
 * Whether the characters between two words end a sentence: a full stop, question or exclamation
 * mark, an ellipsis, or a blank line (a paragraph break). Abbreviations ("т. е.", "U.S.") are not
 * recognised: a stop inside one also ends the sentence, which can only cost a match, never add one.
 */
final class SentenceBoundaries {
  private SentenceBoundaries() {}

  static boolean between(String text, int from, int to) {
    boolean lineBreak = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '.', '!', '?', '…', '\u2029' -> {
          return true;
        }
        case '\n' -> {
          if (lineBreak) {
            return true;
          }
          lineBreak = true;
        }
        default -> {
          if (!Character.isWhitespace(c)) {
            lineBreak = false; // a blank line holds only white space
          }
        }
      }
    }
    return false;
  }
}
