package org.narrascope.frames.attribution;

import java.util.Optional;
import org.narrascope.frames.QuotationMarks;

/** Sentence, paragraph and quotation bounds inside a title or text field. */
final class Sentences {
  private Sentences() {}

  /** Index of the first character of the sentence holding {@code at}. */
  static int start(String text, int at) {
    for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
      if (endsSentenceAt(text, i)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Index just past the end of the sentence holding the character before {@code at}. */
  static int end(String text, int at) {
    for (int i = Math.max(at, 0); i < text.length(); i++) {
      if (endsSentenceAt(text, i)) {
        return i + 1;
      }
    }
    return text.length();
  }

  /**
   * Whether the character at {@code i} closes a sentence: . ! ? … followed by white space, a
   * closing mark or the end, or the second line break of a blank line (a paragraph break).
   */
  static boolean endsSentenceAt(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      int j = i - 1;
      while (j >= 0
          && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
        j--;
      }
      return j >= 0 && text.charAt(j) == '\n';
    }
    if (c != '.' && c != '!' && c != '?' && c != '…') {
      return false;
    }
    int j = i + 1;
    while (j < text.length() && "»”“\")".indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    return j >= text.length() || Character.isWhitespace(text.charAt(j));
  }

  /**
   * The innermost pair of quotation marks of the paragraph that encloses {@code text[start, end)}:
   * {open index, close index}. Pairs as {@link org.narrascope.frames.QuotationMarks} finds them.
   */
  static Optional<int[]> enclosingQuote(String text, int start, int end) {
    return QuotationMarks.enclosing(text, start, end).map(q -> new int[] {q.open(), q.close()});
  }
}
