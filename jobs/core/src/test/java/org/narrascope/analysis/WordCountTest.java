package org.narrascope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCountTest {
  private final WordCount words = new WordCount();

  @Test
  void countsWordsAndNumbersNotPunctuationAndKeepsGroupedDigitsWhole() {
    assertThat(words.of("Foreign fighters, 20,000 of them, came «from abroad».")).isEqualTo(8);
  }

  @Test
  void splitsHyphenatedWordsAsUnicodeDoes() {
    assertThat(words.of("из-за рубежа")).isEqualTo(3);
  }

  @Test
  void countsCyrillicAndKazakhLetters() {
    assertThat(words.of("Майданные технологии. Қазақстан үкіметі")).isEqualTo(4);
  }

  @Test
  void emptyTextHasNoWords() {
    assertThat(words.of("")).isZero();
  }

  @Test
  void isReusableAcrossTexts() {
    assertThat(words.of("one two")).isEqualTo(2);
    assertThat(words.of("three")).isEqualTo(1);
  }
}
