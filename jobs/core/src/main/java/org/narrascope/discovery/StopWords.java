package org.narrascope.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * A language's stop words as analysed keys, from the resource {@code stopwords/LANG.txt} beside
 * this class (none for a language without a list). Kept as keys so that every inflected form the
 * chain reduces to a listed word's key is a stop word too.
 */
final class StopWords implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Set<String> keys;

  private StopWords(Set<String> keys) {
    this.keys = keys;
  }

  static StopWords of(String lang, Analyzer analyzer) {
    Set<String> keys = new HashSet<>();
    try (InputStream in = StopWords.class.getResourceAsStream("stopwords/" + lang + ".txt")) {
      if (in != null) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String word = line.strip();
          if (!word.isEmpty() && !word.startsWith("#")) {
            List<String> terms = PhraseKey.firstTerms(analyzer, word);
            keys.addAll(terms);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + lang + " stop words", e);
    }
    return new StopWords(keys);
  }

  boolean contains(String key) {
    return keys.contains(key);
  }
}
