package org.narrascope.corpus.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.analysis.LanguageAnalyzers;
import org.narrascope.corpus.sample.PlantedForms.Form;
import org.narrascope.frames.FrameMatcher;
import org.narrascope.frames.Lexicon;

class DiscoveryFormsTest {
  private static FrameMatcher matcher;

  @BeforeAll
  static void compile() {
    matcher =
        FrameMatcher.compile(Lexicon.load(Path.of("../../corpus/frames/kazakhstan-2022.yaml")));
  }

  @AfterAll
  static void close() {
    matcher.close();
  }

  /**
   * The contract's analysed key: the first term at each position of the language's chain, joined by
   * one space (what {@code org.narrascope.discovery.PhraseKey} computes).
   */
  static String key(String lang, String phrase) {
    List<String> terms = new ArrayList<>();
    try (Analyzer analyzer = LanguageAnalyzers.forLanguage(lang);
        TokenStream stream = analyzer.tokenStream("text", phrase)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (increment.getPositionIncrement() > 0 || terms.isEmpty()) {
          terms.add(term.toString());
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return String.join(" ", terms);
  }

  @Test
  void everyInflectionOfADiscoveryPhraseAnalysesToTheKeyOfItsBaseForm() {
    Map<String, Set<String>> keysByType = new TreeMap<>();
    List<String> mismatches = new ArrayList<>();
    for (Form f : DiscoveryForms.ALL) {
      String key = key(f.lang(), f.surface());
      keysByType.computeIfAbsent(f.lang() + "|" + f.phrase(), k -> new TreeSet<>()).add(key);
      if (!key.equals(key(f.lang(), f.phrase()))) {
        mismatches.add(f.surface() + " -> " + key + " != " + key(f.lang(), f.phrase()));
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(keysByType).hasSize(58);
  }

  /**
   * Within a phrase type every inflection has the type's key, and two types of one family and
   * language have different keys: otherwise a truth row would stand for a phrase discovery cannot
   * tell apart from another row.
   */
  @Test
  void phraseTypesOfSeedsAndDiscoveryPhrasesHaveOneKeyEachAndDistinctKeys() {
    List<Form> all = new ArrayList<>(PlantedForms.ALL);
    all.addAll(DiscoveryForms.ALL);
    Map<String, String> keyOfType = new TreeMap<>();
    Map<String, String> typeOfKey = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Form f : all) {
      String key = key(f.lang(), f.surface());
      String type = f.family() + "|" + f.lang() + "|" + f.phrase();
      String before = keyOfType.putIfAbsent(type, key);
      if (before != null && !before.equals(key)) {
        problems.add(f.surface() + " -> " + key + " but " + type + " -> " + before);
      }
      String otherType = typeOfKey.putIfAbsent(f.lang() + "|" + key, type);
      if (otherType != null && !otherType.equals(type)) {
        problems.add(type + " and " + otherType + " share " + key);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noDiscoveryPhraseIsMatchedByTheShippedLexiconAloneOrInAnyCarrier() {
    List<String> matched = new ArrayList<>();
    for (Form f : DiscoveryForms.ALL) {
      if (!matcher.find(f.lang(), f.surface()).isEmpty()) {
        matched.add(f.surface());
      }
    }
    assertThat(matched).isEmpty();
  }
}
