package org.narrascope.analysis;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.narrascope.NarrascopeException;

/** The per-language chains: terms, stacked lemmas, and offsets into the original string. */
public class TestLanguageAnalyzers extends BaseTokenStreamTestCase {

  public void testRussianFoldsYoAndStemsWithSnowball() throws Exception {
    try (Analyzer ru = LanguageAnalyzers.forLanguage("ru")) {
      assertAnalyzesTo(
          ru,
          "Ещё ЦВЕТНЫЕ революции",
          new String[] {"ещ", "цветн", "революц"},
          new int[] {0, 4, 12},
          new int[] {3, 11, 21},
          new int[] {1, 1, 1});
      // Snowball's known split of one noun: nominative/genitive vs dative/instrumental/locative.
      assertAnalyzesTo(ru, "майданные Майдана Майдану", new String[] {"майда", "майда", "майдан"});
    }
  }

  public void testUkrainianNormalisesApostrophesAndStacksLemmas() throws Exception {
    try (Analyzer uk = LanguageAnalyzers.forLanguage("uk")) {
      for (String apostrophe : new String[] {"’", "ʼ", "'", "‘"}) {
        assertAnalyzesTo(
            uk,
            "п" + apostrophe + "ятниця",
            new String[] {"п'ятниця"},
            new int[] {0},
            new int[] {8});
      }
      assertAnalyzesTo(
          uk,
          "кольорові технологій",
          new String[] {"кольоровий", "колір", "технологія"},
          new int[] {0, 0, 10},
          new int[] {9, 9, 20},
          new int[] {1, 0, 1});
      // Lemmas of proper nouns are lower-cased too; the stress mark is dropped, offsets kept.
      assertAnalyzesTo(
          uk,
          "Майда\u0301ну",
          new String[] {"майдан"},
          new int[] {0},
          new int[] {8},
          new int[] {1});
    }
  }

  public void testEnglishMatchesPluralsAndPossessives() throws Exception {
    try (Analyzer en = LanguageAnalyzers.forLanguage("en")) {
      assertAnalyzesTo(
          en,
          "Foreign fighters' technologies, fighter’s d’état",
          new String[] {"foreign", "fighter", "technology", "fighter", "d'état"},
          new int[] {0, 8, 18, 32, 42},
          new int[] {7, 16, 30, 41, 48},
          new int[] {1, 1, 1, 1, 1});
    }
  }

  public void testKazakhKeepsKazakhLettersAndStems() throws Exception {
    try (Analyzer kk = LanguageAnalyzers.forLanguage("kk")) {
      assertAnalyzesTo(
          kk,
          "Шетелдік СОДЫРЛАРДЫҢ әрекеті",
          new String[] {"шетелдік", "содыр", "әрекет"},
          new int[] {0, 9, 21},
          new int[] {8, 20, 28},
          new int[] {1, 1, 1});
    }
  }

  public void testFallbackCaseFoldsWithoutStemming() throws Exception {
    for (String lang : new String[] {"und", "de", "kaz"}) {
      try (Analyzer a = LanguageAnalyzers.forLanguage(lang)) {
        assertAnalyzesTo(a, "Straße ＦＩＧＨＴＥＲＳ Ёлки", new String[] {"strasse", "fighters", "ёлки"});
      }
    }
  }

  public void testEveryCallGivesANewAnalyzer() {
    try (Analyzer a = LanguageAnalyzers.forLanguage("ru");
        Analyzer b = LanguageAnalyzers.forLanguage("ru")) {
      assertNotSame(a, b);
    }
  }

  public void testDedicatedLanguagesAndChains() {
    assertEquals(Set.of("en", "kk", "ru", "uk"), LanguageAnalyzers.dedicated());
    assertEquals(
        "MappingCharFilter ё→е -softhyphen > StandardTokenizer > LowerCase > SnowballRussian",
        LanguageAnalyzers.chainOf("ru"));
    assertTrue(LanguageAnalyzers.chainOf("kk").contains("KazakhStem"));
    assertTrue(LanguageAnalyzers.chainOf("uk").contains("Morfologik"));
    assertTrue(LanguageAnalyzers.chainOf("en").contains("EnglishMinimalStem"));
    assertTrue(LanguageAnalyzers.chainOf("und").contains("fallback"));
  }

  public void testMalformedCodesAreRejectedWithTheSupportedOnes() {
    for (String bad : new String[] {"RU", "r", "russian", "", "en-US", "рус"}) {
      NarrascopeException e =
          expectThrows(NarrascopeException.class, () -> LanguageAnalyzers.forLanguage(bad));
      assertTrue(e.getMessage(), e.getMessage().contains("en, kk, ru, uk"));
    }
    expectThrows(NarrascopeException.class, () -> LanguageAnalyzers.forLanguage(null));
  }

  public void testRandomTextKeepsOffsetsConsistent() throws Exception {
    for (String lang : new String[] {"ru", "uk", "en", "kk", "und"}) {
      try (Analyzer a = LanguageAnalyzers.forLanguage(lang)) {
        checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
      }
    }
  }
}
