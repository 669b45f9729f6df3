package org.narrascope.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrascope.NarrascopeException;
import org.narrascope.frames.attribution.MentionStance;

/** The orders of a listing: by document, by the words around the match (L1/R1), source, date. */
class KwicOrderTest {
  // Deliberately listed out of every order.
  static final List<ConcordanceEntry> ENTRIES =
      List.of(
          entry("d3", "text", 40, "b_src", 7, "о ", "цены на газ", " выросли вдвое"),
          entry("d1", "text", 90, "a_src", 9, "Эксперты: ", "цены на газ", " и власть"),
          entry("d1", "title", 0, "a_src", 9, "", "Цены на газ", " Ёлка"),
          entry("d2", "text", 12, "b_src", 5, "говорили про ", "цены на газ", " выросли втрое"),
          entry("d1", "text", 10, "a_src", 9, "Говорили про ", "цены на газ", ", ещё"),
          entry("d4", "text", 3, "a_src", 5, "О ", "цены на газ", " Елка"));

  @Test
  void docOrderIsIdThenTitleBeforeTextThenOffset() {
    assertThat(keys(KwicOrder.DOC.sort(ENTRIES)))
        .containsExactly(
            "d1/title/0", "d1/text/10", "d1/text/90", "d2/text/12", "d3/text/40", "d4/text/3");
  }

  @Test
  void leftSortsByTheNearestWordThenOutwardIgnoringCase() {
    // L1: "" (title start) < о = О < про = про < Эксперты; about the tie о/О: document order;
    // "Говорили про" vs "говорили про": equal ignoring case, so document order again.
    assertThat(keys(KwicOrder.LEFT.sort(ENTRIES)))
        .containsExactly(
            "d1/title/0", "d3/text/40", "d4/text/3", "d1/text/10", "d2/text/12", "d1/text/90");
  }

  @Test
  void rightSortsByTheNearestWordThenOutwardWithYoNextToYe() {
    // R1 выросли twice (R2 decides: вдвое < втрое), then Елка < Ёлка (ё differs from е only by
    // its accent, a secondary difference) < ещё (л < щ: ё is not sorted after я) < и.
    assertThat(keys(KwicOrder.RIGHT.sort(ENTRIES)))
        .containsExactly(
            "d3/text/40", "d2/text/12", "d4/text/3", "d1/title/0", "d1/text/10", "d1/text/90");
  }

  @Test
  void sourceThenDateThenDocument() {
    assertThat(keys(KwicOrder.SOURCE.sort(ENTRIES)))
        .containsExactly(
            "d4/text/3", "d1/title/0", "d1/text/10", "d1/text/90", "d2/text/12", "d3/text/40");
  }

  @Test
  void dateThenDocument() {
    assertThat(keys(KwicOrder.DATE.sort(ENTRIES)))
        .containsExactly(
            "d2/text/12", "d4/text/3", "d3/text/40", "d1/title/0", "d1/text/10", "d1/text/90");
  }

  @Test
  void theOrderDoesNotDependOnTheInputOrder() {
    for (KwicOrder order : KwicOrder.values()) {
      assertThat(order.sort(KwicOrder.DOC.sort(ENTRIES)))
          .as(order.name())
          .containsExactlyElementsOf(order.sort(reversed(ENTRIES)));
    }
  }

  @Test
  void contextWordsRunOutwardFromTheMatch() {
    assertThat(KwicOrder.wordsOutward("…сказал, что «наши", true))
        .containsExactly("наши", "что", "сказал");
    assertThat(KwicOrder.wordsOutward("» — так пишет Бі-Бі-Сі і об'єднання", false))
        .containsExactly("так", "пишет", "Бі-Бі-Сі", "і", "об'єднання");
    assertThat(KwicOrder.wordsOutward(" . ", false)).isEmpty();
  }

  @Test
  void ordersAreParsedByNameInAnyCase() {
    assertThat(KwicOrder.parse("Right")).isEqualTo(KwicOrder.RIGHT);
    assertThatThrownBy(() -> KwicOrder.parse("frequency"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage(
            "unknown sort order 'frequency'; expected one of doc, left, right, source, date");
  }

  private static List<ConcordanceEntry> reversed(List<ConcordanceEntry> entries) {
    List<ConcordanceEntry> copy = new java.util.ArrayList<>(entries);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static List<String> keys(List<ConcordanceEntry> entries) {
    return entries.stream().map(e -> e.docId() + "/" + e.field() + "/" + e.start()).toList();
  }

  static ConcordanceEntry entry(
      String id,
      String field,
      int start,
      String source,
      int day,
      String left,
      String match,
      String right) {
    return new ConcordanceEntry(
        id,
        LocalDate.of(2022, 1, day),
        source,
        "ru",
        field,
        start,
        start + match.length(),
        false,
        MentionStance.ENDORSED,
        "",
        left,
        match,
        right);
  }
}
