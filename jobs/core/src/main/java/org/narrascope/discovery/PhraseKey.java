package org.narrascope.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.narrascope.analysis.LanguageAnalyzers;
import org.narrascope.corpus.text.HomoglyphFolding;

/**
 * The analysed key of a phrase: its words through the language's analysis chain ({@link
 * LanguageAnalyzers}), the first term at each position, joined by one space. Two surface forms of
 * one phrase ("иностранных боевиков", "иностранные боевики") share one key, so a discovered
 * candidate and a planted truth phrase are compared by key, never by surface.
 *
 * <p>The text is first folded with {@link HomoglyphFolding}, as the index and the frame matcher do,
 * so a key made from a phrase with Latin look-alike letters equals the key of the n-gram the
 * discovery reads from the (folded) stored text; a clean phrase is unchanged by the folding.
 */
public final class PhraseKey {
  private PhraseKey() {}

  /**
   * The key of {@code phrase} in language {@code lang}; the empty string for a phrase without a
   * word.
   *
   * @throws org.narrascope.NarrascopeException if {@code lang} is not a well-formed language code
   */
  public static String of(String lang, String phrase) {
    try (Analyzer analyzer = LanguageAnalyzers.forLanguage(lang)) {
      return String.join(" ", firstTerms(analyzer, phrase));
    }
  }

  /** The first term at each position of {@code text} analysed by {@code analyzer}. */
  static List<String> firstTerms(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", HomoglyphFolding.fold(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (increment.getPositionIncrement() > 0 || out.isEmpty()) {
          out.add(term.toString());
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a String cannot fail", e);
    }
    return out;
  }
}
