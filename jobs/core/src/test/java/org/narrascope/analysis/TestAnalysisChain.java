package org.narrascope.analysis;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.narrascope.NarrascopeException;

/** The named chains of each language, their ids, and a selection of chains per language. */
public class TestAnalysisChain extends BaseTokenStreamTestCase {

  public void testAlternativesOfEachLanguageDefaultFirst() {
    Map<String, List<String>> expected =
        Map.of(
            "ru", List.of("ru:snowball", "ru:light", "ru:none"),
            "uk", List.of("uk:morfologik", "uk:ru-light", "uk:none"),
            "en", List.of("en:minimal", "en:porter", "en:kstem", "en:none"),
            "kk", List.of("kk:suffix", "kk:none"),
            "de", List.of("de:fallback"));
    expected.forEach(
        (lang, ids) -> {
          assertEquals(
              ids, AnalysisChain.alternatives(lang).stream().map(AnalysisChain::id).toList());
          assertEquals(ids.get(0), AnalysisChain.defaultFor(lang).id());
          assertEquals(ids.get(0), LanguageAnalyzers.chainId(lang));
          assertEquals(
              AnalysisChain.defaultFor(lang).description(), LanguageAnalyzers.chainOf(lang));
          assertTrue(AnalysisChain.defaultFor(lang).isDefault());
        });
    assertFalse(AnalysisChain.of("en", "porter").isDefault());
  }

  public void testParseAndItsErrors() {
    assertEquals(AnalysisChain.of("ru", "light"), AnalysisChain.parse("ru:light"));
    assertEquals("uk:ru-light", AnalysisChain.parse("uk:ru-light").id());
    NarrascopeException unknown =
        expectThrows(NarrascopeException.class, () -> AnalysisChain.parse("ru:porter"));
    assertEquals(
        "analysis chain 'ru:porter' does not exist; the chains of ru are ru:snowball, ru:light,"
            + " ru:none",
        unknown.getMessage());
    NarrascopeException noColon =
        expectThrows(NarrascopeException.class, () -> AnalysisChain.parse("snowball"));
    assertEquals(
        "analysis chain 'snowball': expected language:name, e.g. ru:snowball",
        noColon.getMessage());
    expectThrows(NarrascopeException.class, () -> AnalysisChain.parse("RU:snowball"));
  }

  public void testRussianLightStemsCaseEndingsOnly() throws Exception {
    try (Analyzer ru = AnalysisChain.of("ru", "light").newAnalyzer()) {
      assertAnalyzesTo(
          ru,
          "Ещё ЦВЕТНЫЕ революции",
          new String[] {"еще", "цветн", "революц"},
          new int[] {0, 4, 12},
          new int[] {3, 11, 21},
          new int[] {1, 1, 1});
    }
    try (Analyzer none = AnalysisChain.of("ru", "none").newAnalyzer()) {
      assertAnalyzesTo(none, "Ещё ЦВЕТНЫЕ", new String[] {"еще", "цветные"});
    }
  }

  public void testUkrainianWithTheRussianLightStemmer() throws Exception {
    try (Analyzer uk = AnalysisChain.of("uk", "ru-light").newAnalyzer()) {
      // The apostrophe map still applies; Ukrainian і and ї are not Russian endings.
      assertAnalyzesTo(
          uk, "кольорові революції сім’ї", new String[] {"кольорові", "революції", "сім'ї"});
      // Endings the two languages share are cut: instrumental -ою, dative/genitive -у.
      assertAnalyzesTo(uk, "спробою перевороту", new String[] {"спроб", "переворот"});
    }
  }

  public void testEnglishStemmers() throws Exception {
    String text = "Foreign fighters' militants technologies";
    try (Analyzer porter = AnalysisChain.of("en", "porter").newAnalyzer()) {
      assertAnalyzesTo(porter, text, new String[] {"foreign", "fighter", "milit", "technolog"});
    }
    try (Analyzer kstem = AnalysisChain.of("en", "kstem").newAnalyzer()) {
      assertAnalyzesTo(kstem, text, new String[] {"foreign", "fighter", "militant", "technology"});
    }
    try (Analyzer none = AnalysisChain.of("en", "none").newAnalyzer()) {
      assertAnalyzesTo(
          none, text, new String[] {"foreign", "fighters", "militants", "technologies"});
    }
  }

  public void testKazakhWithoutStemmingStillFoldsCase() throws Exception {
    try (Analyzer kk = AnalysisChain.of("kk", "none").newAnalyzer()) {
      assertAnalyzesTo(kk, "Шетелдік СОДЫРЛАРДЫҢ", new String[] {"шетелдік", "содырлардың"});
    }
  }

  public void testSelectionOfChainsPerLanguage() {
    AnalysisChains chosen = AnalysisChains.parse("ru:light, en:porter");
    assertEquals("ru:light", chosen.forLanguage("ru").id());
    assertEquals("en:porter", chosen.forLanguage("en").id());
    assertEquals("uk:morfologik", chosen.forLanguage("uk").id());
    assertEquals("und:fallback", chosen.forLanguage("und").id());
    assertEquals(
        Map.of("en", "en:porter", "kk", "kk:suffix", "ru", "ru:light"),
        chosen.ids(List.of("ru", "kk", "en")));
    assertEquals("[en:porter, ru:light]", chosen.toString());
    assertFalse(chosen.areDefaults());
    assertEquals(AnalysisChains.defaults(), AnalysisChains.parse(""));
    assertTrue(AnalysisChains.parse("ru:snowball").areDefaults());
    assertEquals(
        AnalysisChains.defaults().with(AnalysisChain.of("en", "porter")),
        AnalysisChains.parse("en:porter"));
    NarrascopeException twice =
        expectThrows(NarrascopeException.class, () -> AnalysisChains.parse("ru:light,ru:none"));
    assertEquals(
        "analysis chains 'ru:light,ru:none': language ru is chosen twice", twice.getMessage());
  }

  public void testRecordedChainsByIdOrOlderDescription() {
    assertEquals("ru:light", AnalysisChain.recorded("ru", "ru:light").orElseThrow().id());
    // index.json of an index built before chains had ids holds the description.
    assertEquals(
        "ru:snowball",
        AnalysisChain.recorded(
                "ru",
                "MappingCharFilter ё→е -softhyphen > StandardTokenizer > LowerCase > SnowballRussian")
            .orElseThrow()
            .id());
    assertTrue(AnalysisChain.recorded("ru", "ICU > morfologik").isEmpty());
  }

  public void testAnIndexMustHaveTheMatchersChains() {
    AnalysisChains defaults = AnalysisChains.defaults();
    defaults.requireSameAs(
        Map.of("ru", "ru:snowball", "kk", AnalysisChain.defaultFor("kk").description()), "idx");
    NarrascopeException e =
        expectThrows(
            NarrascopeException.class,
            () ->
                defaults.requireSameAs(
                    Map.of("ru", "ru:light", "en", "en:minimal", "uk", "old chain"), "out/index"));
    assertEquals(
        "the index at out/index was analysed with other chains than the matcher would use (ru:"
            + " index ru:light, matcher ru:snowball; uk: index old chain, matcher uk:morfologik):"
            + " rebuild the index with the matcher's chains, or choose the index's chains",
        e.getMessage());
    AnalysisChains.parse("ru:light").requireSameAs(Map.of("ru", "ru:light"), "idx");
  }

  public void testRandomTextKeepsOffsetsConsistentInEveryChain() throws Exception {
    for (String lang : new String[] {"ru", "uk", "en", "kk"}) {
      for (AnalysisChain chain : AnalysisChain.alternatives(lang)) {
        try (Analyzer a = chain.newAnalyzer()) {
          checkRandomData(random(), a, 50 * RANDOM_MULTIPLIER);
        }
      }
    }
  }
}
