package org.narrascope.corpus.dedup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word shingles of a text as sorted, distinct 64-bit hashes.
 *
 * <p>Normalisation: a word is a maximal run of Unicode letters, digits and combining marks,
 * lower-cased with {@link Locale#ROOT}; everything else (punctuation, quotation marks, white space,
 * line breaks) only separates words. So re-punctuated, re-quoted or re-flowed copies of a text have
 * the same shingles. A shingle is {@code k} consecutive words joined by one space, hashed with
 * MurmurHash3 x64 (first 64 bits, seed 0) of its UTF-8 bytes: stable across runs and JVMs.
 *
 * <p>A text of fewer than {@code k} (but at least one) words has one shingle of all its words, so
 * short headlines still compare; a text without words has none.
 */
public final class Shingles {
  private Shingles() {}

  /** The sorted distinct shingle hashes of {@code text} with {@code k} words per shingle. */
  public static long[] of(String text, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("shingle size must be at least 1, got " + k);
    }
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new long[0];
    }
    if (words.size() < k) {
      return new long[] {hash(String.join(" ", words))};
    }
    long[] hashes = new long[words.size() - k + 1];
    StringBuilder shingle = new StringBuilder();
    for (int i = 0; i < hashes.length; i++) {
      shingle.setLength(0);
      for (int j = i; j < i + k; j++) {
        if (j > i) {
          shingle.append(' ');
        }
        shingle.append(words.get(j));
      }
      hashes[i] = hash(shingle.toString());
    }
    return distinctSorted(hashes);
  }

  /** The normalised words of {@code text}, in order. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (isWordPart(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      words.add(text.substring(start).toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /**
   * The exact Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted distinct shingle sets (as returned
   * by {@link #of}); 0 when both are empty, since texts without words are never duplicates.
   */
  public static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  /** The shingle hash of an already normalised, space-joined shingle. */
  static long hash(String shingle) {
    return MurmurHash3.hash64(shingle.getBytes(StandardCharsets.UTF_8), 0);
  }

  private static boolean isWordPart(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static long[] distinctSorted(long[] values) {
    Arrays.sort(values);
    int n = 0;
    for (int i = 0; i < values.length; i++) {
      if (n == 0 || values[i] != values[n - 1]) {
        values[n++] = values[i];
      }
    }
    return Arrays.copyOf(values, n);
  }
}
