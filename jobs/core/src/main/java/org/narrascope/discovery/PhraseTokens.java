package org.narrascope.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A field analysed for discovery: per word its key (the first term at its position, as {@link
 * PhraseKey}), its offsets, its sentence and its <em>segment</em>. A segment is a run of words with
 * nothing but white space or a hyphen or apostrophe between them, so an n-gram never spans a comma,
 * a quotation mark, a dash or a sentence boundary; "из-за" stays inside one segment. Sentences end
 * at . ! ? … or a blank line, as for the frame matcher.
 */
final class PhraseTokens {
  final String[] keys;
  final int[] start;
  final int[] end;
  final int[] sentence;
  final int[] segment;

  private PhraseTokens(String[] keys, int[] start, int[] end, int[] sentence, int[] segment) {
    this.keys = keys;
    this.start = start;
    this.end = end;
    this.sentence = sentence;
    this.segment = segment;
  }

  int size() {
    return keys.length;
  }

  /** Analyses {@code text} (already folded as the index folds it). */
  static PhraseTokens of(Analyzer analyzer, String text) {
    List<String> keys = new ArrayList<>();
    List<int[]> offsets = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (increment.getPositionIncrement() > 0 || keys.isEmpty()) {
          keys.add(term.toString());
          offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a String cannot fail", e);
    }
    int n = keys.size();
    int[] start = new int[n];
    int[] end = new int[n];
    int[] sentence = new int[n];
    int[] segment = new int[n];
    for (int i = 0; i < n; i++) {
      start[i] = offsets.get(i)[0];
      end[i] = offsets.get(i)[1];
      if (i > 0) {
        Gap gap = gap(text, end[i - 1], start[i]);
        sentence[i] = sentence[i - 1] + (gap == Gap.SENTENCE ? 1 : 0);
        segment[i] = segment[i - 1] + (gap == Gap.SPACE ? 0 : 1);
      }
    }
    return new PhraseTokens(keys.toArray(new String[0]), start, end, sentence, segment);
  }

  enum Gap {
    SPACE,
    PUNCTUATION,
    SENTENCE
  }

  static Gap gap(String text, int from, int to) {
    Gap gap = Gap.SPACE;
    boolean lineBreak = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '.', '!', '?', '…', '\u2029' -> {
          return Gap.SENTENCE;
        }
        case '\n' -> {
          if (lineBreak) {
            return Gap.SENTENCE;
          }
          lineBreak = true;
        }
        case '-', '\u2010', '\u2011', '\'', '\u2019', '\u02BC' -> lineBreak = false;
        default -> {
          if (!Character.isWhitespace(c)) {
            lineBreak = false;
            gap = Gap.PUNCTUATION;
          }
        }
      }
    }
    return gap;
  }

  /** Whether the word is made of digits (and separators) only: no letter. */
  boolean numeric(int i) {
    String k = keys[i];
    for (int j = 0; j < k.length(); j++) {
      if (Character.isLetter(k.charAt(j))) {
        return false;
      }
    }
    return true;
  }
}
