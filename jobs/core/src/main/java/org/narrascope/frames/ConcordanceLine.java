package org.narrascope.frames;

/**
 * A keyword-in-context line: the match with up to {@code width} characters of context each side,
 * every run of line breaks and tabs turned into one space so that the line prints on one line.
 */
public record ConcordanceLine(String left, String match, String right) {

  /**
   * The concordance line of {@code text[start, end)}.
   *
   * @throws IllegalArgumentException if the span is not inside the text or width is negative
   */
  public static ConcordanceLine of(String text, int start, int end, int width) {
    if (start < 0 || end < start || end > text.length() || width < 0) {
      throw new IllegalArgumentException(
          "span ["
              + start
              + ", "
              + end
              + ") width "
              + width
              + " does not fit a text of "
              + text.length()
              + " characters");
    }
    int from = Math.max(0, start - width);
    int to = Math.min(text.length(), end + width);
    // Do not cut a surrogate pair in half at the edges of the context.
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from++;
    }
    if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
      to--;
    }
    return new ConcordanceLine(
        flat(text.substring(from, start)),
        flat(text.substring(start, end)),
        flat(text.substring(end, to)));
  }

  private static String flat(String s) {
    return s.replaceAll("[\\r\\n\\t\\u2028\\u2029]+", " ");
  }
}
