package org.narrascope.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Hand-picked Kazakh word forms and their stems; "a|b" means two stems stacked at one position. */
public class TestKazakhStemFilter extends BaseTokenStreamTestCase {
  private static final String[][] PAIRS = {
    // plural, possessive and case layers, alone and chained
    {"содырлар", "содыр"},
    {"содырлары", "содыр"},
    {"содырлардың", "содыр"},
    {"содырларға", "содыр"},
    {"содырларды", "содыр"},
    {"содырлармен", "содыр"},
    {"содырлардан", "содыр"},
    {"топтар", "топ"},
    {"топтарының", "топ"},
    {"топтарында", "топ"},
    {"топқа", "топ"},
    {"топта", "топ"},
    {"топпен", "топ"},
    {"газға", "газ"},
    {"газдың", "газ"},
    {"газды", "газ"},
    {"бағаның", "баға"},
    {"бағаға", "баға"},
    {"бағадан", "баға"},
    {"бағалар", "баға"},
    {"бағасы", "баға|бағас"},
    {"бағасының", "баға|бағас"},
    {"бағасын", "баға|бағас"},
    {"күресі", "күре|күрес"},
    {"күрестің", "күрес"},
    {"күреске", "күрес"},
    // -ті after a vowel is not the accusative: әрекет+і
    {"әрекеті", "әрекет"},
    {"әрекетін", "әрекет"},
    {"әрекетіне", "әрекет"},
    {"әрекетті", "әрекет"},
    {"революцияның", "революция"},
    {"революцияға", "революция"},
    {"революцияны", "революция"},
    {"революциялар", "революция"},
    {"технологиялары", "технология"},
    {"технологияларының", "технология"},
    {"адамдар", "адам"},
    {"адамның", "адам"},
    {"қазақстанның", "қазақстан"},
    {"лаңкестер", "лаңкес"},
    {"қалада", "қала"},
    {"кітабым", "кітаб"},
    {"кітабымыз", "кітаб"},
    // derivational suffixes stay
    {"мемлекеттік", "мемлекеттік"},
    {"шетелдік", "шетелдік"},
    // never below three letters
    {"үйлер", "үйлер"},
    {"елдің", "елдің"},
    {"газ", "газ"},
  };

  private static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WhitespaceTokenizer();
        return new TokenStreamComponents(source, new KazakhStemFilter(source));
      }
    };
  }

  public void testHandPickedPairs() throws Exception {
    assertTrue(PAIRS.length >= 30);
    try (Analyzer a = analyzer()) {
      for (String[] pair : PAIRS) {
        String[] stems = pair[1].split("\\|");
        int[] increments = new int[stems.length];
        increments[0] = 1;
        int[] starts = new int[stems.length];
        int[] ends = new int[stems.length];
        java.util.Arrays.fill(ends, pair[0].length());
        assertAnalyzesTo(a, pair[0], stems, starts, ends, increments);
      }
    }
  }

  public void testStackedStemKeepsOffsetsOfItsWord() throws Exception {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(
          a,
          "газ бағасы өсті",
          new String[] {"газ", "баға", "бағас", "өсті"},
          new int[] {0, 4, 4, 11},
          new int[] {3, 10, 10, 15},
          new int[] {1, 1, 0, 1});
    }
  }

  public void testRandomText() throws Exception {
    try (Analyzer a = analyzer()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }
}
