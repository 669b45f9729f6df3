package org.narrascope.frames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text analysed once by one language's chain: per position its terms, the offsets of its word in
 * the original string, and the number of the sentence it belongs to.
 */
final class AnalysedText {
  static final String FIELD = "text";

  final String[][] terms;
  final int[] start;
  final int[] end;
  final int[] sentence;

  /** Every term of the text, for {@link CompiledVariant#mayMatch}. */
  final Set<String> vocabulary;

  private AnalysedText(
      String[][] terms, int[] start, int[] end, int[] sentence, Set<String> vocabulary) {
    this.terms = terms;
    this.vocabulary = vocabulary;
    this.start = start;
    this.end = end;
    this.sentence = sentence;
  }

  int size() {
    return terms.length;
  }

  static AnalysedText of(Analyzer analyzer, String text) {
    List<List<String>> terms = new ArrayList<>();
    List<int[]> offsets = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        // No chain removes words, so increments are 1 (a new word) or 0 (a stacked lemma).
        if (increment.getPositionIncrement() > 0 || terms.isEmpty()) {
          terms.add(new ArrayList<>(2));
          offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
        }
        List<String> here = terms.get(terms.size() - 1);
        String value = term.toString();
        if (!here.contains(value)) {
          here.add(value);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a String cannot fail", e);
    }
    int n = terms.size();
    String[][] termArray = new String[n][];
    int[] start = new int[n];
    int[] end = new int[n];
    int[] sentence = new int[n];
    Set<String> vocabulary = new HashSet<>(n * 2);
    for (int i = 0; i < n; i++) {
      termArray[i] = terms.get(i).toArray(new String[0]);
      vocabulary.addAll(terms.get(i));
      start[i] = offsets.get(i)[0];
      end[i] = offsets.get(i)[1];
      if (i > 0) {
        sentence[i] =
            sentence[i - 1] + (SentenceBoundaries.between(text, end[i - 1], start[i]) ? 1 : 0);
      }
    }
    return new AnalysedText(termArray, start, end, sentence, vocabulary);
  }

  /** The term sets of the positions of a short text (a lexicon word or phrase). */
  static List<Set<String>> termsOf(Analyzer analyzer, String text) {
    AnalysedText analysed = of(analyzer, text);
    List<Set<String>> positions = new ArrayList<>();
    for (String[] here : analysed.terms) {
      positions.add(Set.copyOf(new LinkedHashSet<>(List.of(here))));
    }
    return positions;
  }
}
