package org.narrascope.frames;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotationMarksTest {
  /** Whether the first occurrence of {@code span} in {@code text} is quoted. */
  private static boolean quoted(String text, String span) {
    int start = text.indexOf(span);
    assertThat(start).as("span in text").isNotNegative();
    return QuotationMarks.isQuoted(text, start, start + span.length());
  }

  @Test
  void guillemets() {
    assertThat(quoted("Он сказал: «это цветная революция» и ушёл.", "цветная революция")).isTrue();
  }

  @Test
  void englishDoubleQuotes() {
    assertThat(quoted("He said “a colour revolution” today.", "colour revolution")).isTrue();
  }

  @Test
  void lowHighQuotes() {
    assertThat(quoted("Він сказав „кольорова революція“ вчора.", "кольорова революція")).isTrue();
    assertThat(quoted("Він сказав „кольорова революція” вчора.", "кольорова революція")).isTrue();
  }

  @Test
  void straightQuotesPairUp() {
    String text = "He said \"coup\" and then \"power struggle\" twice; power struggle again.";
    assertThat(quoted(text, "coup")).isTrue();
    assertThat(quoted(text, "\"power struggle\"".substring(1, 15))).isTrue();
    int last = text.lastIndexOf("power struggle");
    assertThat(QuotationMarks.isQuoted(text, last, last + 14)).isFalse();
  }

  @Test
  void nestedLowHighInsideGuillemets() {
    String text = "«Они говорят о „цветной революции“, а это борьба за власть», — сказал он.";
    assertThat(quoted(text, "цветной революции")).isTrue();
    assertThat(quoted(text, "борьба за власть")).isTrue();
  }

  @Test
  void authorialTextIsNotQuoted() {
    assertThat(quoted("Это была попытка переворота.", "попытка переворота")).isFalse();
  }

  @Test
  void quotesClosedBeforeTheSpanDoNotCount() {
    assertThat(quoted("Он сказал «нет», а потом начались цены на газ.", "цены на газ")).isFalse();
    assertThat(quoted("He said “no” and then gas prices rose.", "gas prices")).isFalse();
  }

  @Test
  void unbalancedQuotesQuoteNothing() {
    assertThat(quoted("Он сказал «это цветная революция и ушёл.", "цветная революция")).isFalse();
    assertThat(quoted("He said \"a colour revolution and left.", "colour revolution")).isFalse();
    assertThat(quoted("the 12\" pipes and gas prices", "gas prices")).isFalse();
  }

  @Test
  void apostrophesAndSingleQuotesAreNotQuotationMarks() {
    assertThat(quoted("Kazakhstan’s ‘colour revolution’ claim", "colour revolution")).isFalse();
    assertThat(quoted("п’ятниця: кольорова революція, ім’я", "кольорова революція")).isFalse();
  }

  @Test
  void aQuotationStaysInItsParagraph() {
    assertThat(quoted("Он сказал «нет\nэто цветная революция» потом.", "цветная революция"))
        .isFalse();
    assertThat(quoted("Он сказал «нет.\nА это» цветная революция.", "цветная революция")).isFalse();
  }

  @Test
  void aSpanThatOnlyPartlyLiesInsideIsNotQuoted() {
    assertThat(quoted("«Цветная» революция", "Цветная» революция")).isFalse();
  }
}
