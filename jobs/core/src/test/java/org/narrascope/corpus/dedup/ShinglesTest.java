package org.narrascope.corpus.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ShinglesTest {
  private static long[] sorted(long... values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  @Test
  void wordsAreLowerCasedLettersAndDigitsWithoutPunctuation() {
    // The tests run under tr_TR: "TITLE" must not become "tıtle".
    assertThat(Shingles.words("TITLE: «Майдан-технологии», 2022 г.\n\n— Жаңаөзен!"))
        .containsExactly("title", "майдан", "технологии", "2022", "г", "жаңаөзен");
    assertThat(Shingles.words(" , — ! ")).isEmpty();
  }

  @Test
  void shinglesAreDistinctSortedHashesOfJoinedWords() {
    assertThat(Shingles.of("Hello, world! HELLO world.", 2))
        .containsExactly(sorted(Shingles.hash("hello world"), Shingles.hash("world hello")));
    assertThat(Shingles.of("a b c d", 3))
        .containsExactly(sorted(Shingles.hash("a b c"), Shingles.hash("b c d")));
  }

  @Test
  void punctuationAndLineBreaksDoNotChangeShingles() {
    assertThat(Shingles.of("One two, three\n\nfour.", 2))
        .containsExactly(Shingles.of("one two three four", 2));
  }

  @Test
  void shortTextIsOneShingleAndEmptyTextNone() {
    assertThat(Shingles.of("Two words", 5)).containsExactly(Shingles.hash("two words"));
    assertThat(Shingles.of("", 5)).isEmpty();
    assertThat(Shingles.of("«…»", 5)).isEmpty();
    assertThatThrownBy(() -> Shingles.of("text", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void exactJaccard() {
    assertThat(Shingles.jaccard(new long[] {1, 2, 3}, new long[] {2, 3, 4})).isEqualTo(0.5);
    assertThat(Shingles.jaccard(new long[] {-5, 1}, new long[] {-5, 1})).isEqualTo(1.0);
    assertThat(Shingles.jaccard(new long[] {1}, new long[] {2})).isEqualTo(0.0);
    assertThat(Shingles.jaccard(new long[] {1}, new long[0])).isEqualTo(0.0);
    assertThat(Shingles.jaccard(new long[0], new long[0])).isEqualTo(0.0);
  }
}
