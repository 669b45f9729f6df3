package org.narrascope.frames;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

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

  /** A pair of quotation marks: the indexes of the opening and the closing mark. */
  public record Quotation(int open, int close) {}

  /**
   * Whether {@code text[start, end)} lies inside one quotation (a pair opened before start and
   * closed at or after end).
   */
  public static boolean isQuoted(String text, int start, int end) {
    return enclosing(text, start, end).isPresent();
  }

  /**
   * The innermost quotation of the paragraph that encloses {@code text[start, end)}: opened before
   * start and closed at or after end.
   */
  public static Optional<Quotation> enclosing(String text, int start, int end) {
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") is not inside a text of " + text.length() + " chars");
    }
    int from = start;
    while (from > 0 && !isLineBreak(text.charAt(from - 1))) {
      from--;
    }
    Deque<int[]> open = new ArrayDeque<>(); // {mark, index}
    Quotation innermost = null;
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
      if (openedAt >= 0
          && openedAt < start
          && i >= end
          && (innermost == null || openedAt > innermost.open())) {
        innermost = new Quotation(openedAt, i);
      }
    }
    return Optional.ofNullable(innermost);
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
