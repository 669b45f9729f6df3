package org.narrascope.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.narrascope.NarrascopeException;

class FrameMatcherTest {
  private static FrameMatcher matcher;

  @BeforeAll
  static void compileShippedLexicon() {
    matcher = FrameMatcher.compile(Lexicon.load(FrameExamples.SHIPPED));
  }

  @AfterAll
  static void close() {
    matcher.close();
  }

  static Stream<FrameExamples.Example> positives() {
    return FrameExamples.positives().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positives")
  void findsEveryFormWithExactOffsets(FrameExamples.Example example) {
    assertThat(matcher.find(example.lang(), example.text()))
        .containsExactly(new FrameMatch(example.frameId(), example.start(), example.end(), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positives")
  void findsEveryFormInAnUndeterminedText(FrameExamples.Example example) {
    assertThat(matcher.find("und", example.text()))
        .contains(new FrameMatch(example.frameId(), example.start(), example.end(), false));
  }

  static Stream<Arguments> negatives() {
    return FrameExamples.NEGATIVES.entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(t -> Arguments.of(e.getKey(), t)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("negatives")
  void ignoresHardNegatives(String lang, String text) {
    assertThat(matcher.find(lang, text)).isEmpty();
  }

  @Test
  void thereAreEnoughExamples() {
    assertThat(FrameExamples.positives().stream().map(FrameExamples.Example::lang).distinct())
        .containsExactlyInAnyOrder("ru", "uk", "en", "kk");
    assertThat(FrameExamples.positives()).hasSize(307);
  }

  @Test
  void tellsQuotedFromAuthorialUse() {
    String text =
        "Токаев заявил о «попытке государственного переворота», но эксперты видят борьбу за власть.";
    assertThat(matcher.find("ru", text))
        .containsExactly(
            new FrameMatch("coup_attempt", 17, 52, true),
            new FrameMatch("elite_power_struggle", 73, 89, false));
    assertThat(text.substring(17, 52)).isEqualTo("попытке государственного переворота");
    assertThat(text.substring(73, 89)).isEqualTo("борьбу за власть");
  }

  @Test
  void tellsQuotesOfEveryKind() {
    for (String[] quotes : new String[][] {{"“", "”"}, {"„", "“"}, {"\"", "\""}, {"«", "»"}}) {
      String text = "He spoke of " + quotes[0] + "foreign fighters" + quotes[1] + " again.";
      assertThat(matcher.find("en", text))
          .as(text)
          .containsExactly(new FrameMatch("foreign_fighters", 13, 29, true));
    }
  }

  @Test
  void keepsMatchesOfOneFrameDisjointLeftmostLongest() {
    String text = "International terrorist gangs, terrorist gangs and gangs of terrorists.";
    assertThat(matcher.find("en", text))
        .containsExactly(
            new FrameMatch("terrorist_gangs", 0, 29, false),
            new FrameMatch("terrorist_gangs", 31, 46, false),
            new FrameMatch("terrorist_gangs", 51, 70, false));
  }

  @Test
  void takesTheLongerVariantWhenTwoStartTogether() {
    String text = "Говорят о росте цен на газ.";
    assertThat(matcher.find("ru", text))
        .containsExactly(new FrameMatch("gas_prices", 10, 26, false));
  }

  @Test
  void neverCrossesASentenceBoundary() {
    assertThat(matcher.find("en", "They came from a foreign. Fighters were seen.")).isEmpty();
    assertThat(matcher.find("en", "A foreign… fighters")).isEmpty();
    assertThat(matcher.find("en", "Foreign\n\nfighters")).isEmpty();
    assertThat(matcher.find("en", "Foreign\n \r\nfighters")).isEmpty();
    assertThat(matcher.find("en", "Why foreign? Fighters!")).isEmpty();
    // A single line break (a wrapped line) is not a paragraph break.
    assertThat(matcher.find("en", "Foreign\nfighters"))
        .containsExactly(new FrameMatch("foreign_fighters", 0, 16, false));
  }

  @Test
  void excludedFollowingWordCancelsOnlyWithinTheSentence() {
    assertThat(matcher.find("en", "Foreign fighter jets and foreign fighters."))
        .containsExactly(new FrameMatch("foreign_fighters", 25, 41, false));
    assertThat(matcher.find("en", "They were foreign fighters. Jets flew."))
        .containsExactly(new FrameMatch("foreign_fighters", 10, 26, false));
  }

  @Test
  void sortsByStartThenFrameId() {
    String text = "Power struggle or coup attempt? Gas prices and a colour revolution.";
    assertThat(matcher.find("en", text))
        .extracting(FrameMatch::frameId)
        .containsExactly("elite_power_struggle", "coup_attempt", "gas_prices", "color_revolution");
  }

  @Test
  void undeterminedTextsGetEveryLanguagesVariants() {
    String text = "Kremlin: «цветная революция». Experts: power struggle. Сарапшылар: газ бағасы.";
    assertThat(matcher.find("und", text))
        .containsExactly(
            new FrameMatch("color_revolution", 10, 27, true),
            new FrameMatch("elite_power_struggle", 39, 53, false),
            new FrameMatch("gas_prices", 67, 77, false));
    assertThat(text.substring(67, 77)).isEqualTo("газ бағасы");
  }

  @Test
  void aLanguageWithoutVariantsFindsNothing() {
    assertThat(matcher.find("de", "foreign fighters")).isEmpty();
    assertThat(matcher.find("ru", "foreign fighters")).isEmpty();
  }

  @Test
  void rejectsAMalformedLanguageCode() {
    assertThatThrownBy(() -> matcher.find("RU", "x"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageContaining("en, kk, ru, uk");
  }

  @Test
  void offsetsPointIntoTheOriginalStringDespiteFoldedCharacters() {
    // ё is folded and the Ukrainian stress mark dropped by char filters; offsets stay original.
    String ru = "Ещё раз: ЦВЕТНЫЕ революции, её.";
    assertThat(matcher.find("ru", ru))
        .containsExactly(new FrameMatch("color_revolution", 9, 26, false));
    assertThat(ru.substring(9, 26)).isEqualTo("ЦВЕТНЫЕ революции");
    String uk = "Це кольоро\u0301ва революція.";
    assertThat(matcher.find("uk", uk))
        .containsExactly(new FrameMatch("color_revolution", 3, 23, false));
    assertThat(uk.substring(3, 23)).isEqualTo("кольоро\u0301ва революція");
  }

  @Test
  void slopAllowsWordsBetweenSlotsAndUnorderedAllowsAnyOrder() {
    Lexicon lexicon =
        Lexicon.parse(
            """
            lexicon: t
            frames:
              - id: f
                label: F
                stance: skeptic
                variants:
                  en:
                    - phrase: "price gas"
                      slop: 2
                      ordered: false
            """,
            "inline");
    try (FrameMatcher m = FrameMatcher.compile(lexicon)) {
      assertThat(m.find("en", "the price of the gas"))
          .containsExactly(new FrameMatch("f", 4, 20, false));
      assertThat(m.find("en", "gas and its price"))
          .containsExactly(new FrameMatch("f", 0, 17, false));
      assertThat(m.find("en", "the price of all that gas")).isEmpty();
    }
  }

  @Test
  void prefixSlotsMatchTheStartOfAnAnalysedTerm() {
    Lexicon lexicon =
        Lexicon.parse(
            """
            lexicon: t
            frames:
              - id: f
                label: F
                stance: official
                variants:
                  ru: ["[террорист*|бандит*] угроз*"]
            """,
            "inline");
    try (FrameMatcher m = FrameMatcher.compile(lexicon)) {
      assertThat(m.find("ru", "Террористическая угроза и бандитские угрозы."))
          .containsExactly(new FrameMatch("f", 0, 23, false), new FrameMatch("f", 26, 43, false));
    }
  }

  @Test
  void isFastEnoughForASparkTask() {
    String article =
        String.join(
            " ",
            List.of(
                FrameExamples.positives().stream()
                    .filter(e -> e.lang().equals("ru"))
                    .map(FrameExamples.Example::text)
                    .toArray(String[]::new)));
    int mentions = matcher.find("ru", article).size();
    long started = System.nanoTime();
    for (int i = 0; i < 20; i++) {
      assertThat(matcher.find("ru", article)).hasSize(mentions);
    }
    long perArticleMicros = (System.nanoTime() - started) / 20 / 1000;
    assertThat(mentions)
        .isEqualTo(
            (int) FrameExamples.positives().stream().filter(e -> e.lang().equals("ru")).count());
    assertThat(perArticleMicros).isLessThan(200_000);
  }
}
