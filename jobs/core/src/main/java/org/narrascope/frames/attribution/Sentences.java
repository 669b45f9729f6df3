package org.narrascope.frames.attribution;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

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
    int from = start;
    while (from > 0 && !isLineBreak(text.charAt(from - 1))) {
      from--;
    }
    Deque<int[]> open = new ArrayDeque<>();
    int[] best = null;
    for (int i = from; i < text.length() && !isLineBreak(text.charAt(i)); i++) {
      char c = text.charAt(i);
      int openedAt = -1;
      switch (c) {
        case '«', '„' -> open.push(new int[] {c, i});
        case '»' -> openedAt = close(open, '«');
        case '“' -> {
          if (!open.isEmpty() && open.peek()[0] == '„') {
            openedAt = close(open, '„');
          } else {
            open.push(new int[] {c, i});
          }
        }
        case '”' -> {
          openedAt = close(open, '“');
          if (openedAt < 0) {
            openedAt = close(open, '„');
          }
        }
        case '"' -> {
          if (!open.isEmpty() && open.peek()[0] == '"') {
            openedAt = close(open, '"');
          } else {
            open.push(new int[] {c, i});
          }
        }
        default -> {}
      }
      if (openedAt >= 0 && openedAt < start && i >= end && (best == null || openedAt > best[0])) {
        best = new int[] {openedAt, i};
      }
    }
    return Optional.ofNullable(best);
  }

  private static int close(Deque<int[]> open, char mark) {
    boolean present = false;
    for (int[] entry : open) {
      if (entry[0] == mark) {
        present = true;
        break;
      }
    }
    if (!present) {
      return -1;
    }
    while (true) {
      int[] top = open.pop();
      if (top[0] == mark) {
        return top[1];
      }
    }
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028';
  }
}
