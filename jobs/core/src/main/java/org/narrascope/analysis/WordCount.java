package org.narrascope.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Counts the words of a text by the Unicode word-break rules (UAX #29, Lucene's {@link
 * StandardTokenizer}), whatever the language. This is the {@code tokens} denominator of every rate:
 * it must not depend on a language's stop words or stemmer, so that rates of sources writing in
 * different languages stay comparable in how they are counted.
 *
 * <p>Not thread-safe: one instance per thread (per Spark partition).
 */
public final class WordCount implements AutoCloseable {
  private final StandardTokenizer tokenizer = new StandardTokenizer();

  /** Returns the number of UAX #29 word tokens (words, numbers, ideographs) in {@code text}. */
  public int of(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    try {
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      int count = 0;
      while (tokenizer.incrementToken()) {
        count++;
      }
      tokenizer.end();
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a String cannot fail", e);
    } finally {
      try {
        tokenizer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public void close() {
    // The tokenizer is closed after each text; nothing is held between calls.
  }
}
