package org.narrascope.frames;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Tells quoted from authorial use: whether a span lies inside a pair of quotation marks of its
 * paragraph.
 *
 * <p>Pairs are found by a stack over the paragraph (the text between line breaks): « opens and »
 * closes it; „ opens and “ or ” closes it (German/Russian/Ukrainian low-high quotes); “ closes an
 * open „ or else opens a pair that ” closes (English); a straight " closes an open " or else opens.
 * A closing mark closes the innermost matching open mark, discarding unclosed marks nested inside
 * it. Marks that never close within the paragraph quote nothing. Single quotes and apostrophes (’ '
 * ‘) are not quotation marks: they are far more often apostrophes.
 */
public final class QuotationMarks {
  private QuotationMarks() {}

  /**
   * Whether {@code text[start, end)} lies inside one quotation (a pair opened before start and
   * closed at or after end).
   */
  public static boolean isQuoted(String text, int start, int end) {
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") is not inside a text of " + text.length() + " chars");
    }
    int from = start;
    while (from > 0 && !isLineBreak(text.charAt(from - 1))) {
      from--;
    }
    Deque<int[]> open = new ArrayDeque<>(); // {mark, index}
    for (int i = from; i < text.length() && !isLineBreak(text.charAt(i)); i++) {
      char c = text.charAt(i);
      int closedAt = -1;
      switch (c) {
        case '«', '„' -> open.push(new int[] {c, i});
        case '»' -> closedAt = close(open, '«');
        case '“' -> {
          if (!open.isEmpty() && open.peek()[0] == '„') {
            closedAt = close(open, '„');
          } else {
            open.push(new int[] {c, i});
          }
        }
        case '”' -> {
          closedAt = close(open, '“');
          if (closedAt < 0) {
            closedAt = close(open, '„');
          }
        }
        case '"' -> {
          if (!open.isEmpty() && open.peek()[0] == '"') {
            closedAt = close(open, '"');
          } else {
            open.push(new int[] {c, i});
          }
        }
        default -> {}
      }
      if (closedAt >= 0 && closedAt < start && i >= end) {
        return true;
      }
    }
    return false;
  }

  /** Pops up to and including the innermost open {@code mark}; its index, or -1 if none is open. */
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
