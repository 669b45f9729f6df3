package org.narrascope.corpus.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.narrascope.corpus.Document;
import org.narrascope.corpus.dedup.PlantedCopies.Copy;
import org.narrascope.corpus.dedup.PlantedCopies.Kind;

class PlantedCopiesTest {
  private static List<Document> originals() {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      docs.add(
          new Document(
              String.format(Locale.ROOT, "o%02d", i),
              i % 2 == 0 ? "vestnik_centra" : "steppe_courier",
              LocalDate.of(2022, 1, 1 + i % 20),
              "ru",
              "Заголовок номер " + i,
              "Первое предложение истории "
                  + i
                  + " о событиях в Алматы. Второе предложение"
                  + " сообщает, что задержаны "
                  + (100 + i)
                  + " человек и это только начало."
                  + " Третье предложение рассказывает о работе аэропорта и транспорта в городе.",
              ""));
    }
    return docs;
  }

  @Test
  void sameSeedSameResult() {
    assertThat(PlantedCopies.plant(originals(), 0.4, 0.25, 5L))
        .isEqualTo(PlantedCopies.plant(originals(), 0.4, 0.25, 5L));
  }

  @Test
  void copiesFollowTheirKind() {
    PlantedCopies.Result r = PlantedCopies.plant(originals(), 0.5, 0.5, 5L);
    Map<String, Document> byId =
        r.documents().stream().collect(Collectors.toMap(Document::id, Function.identity()));
    assertThat(r.copies()).hasSize(40 + 20);
    for (Copy c : r.copies()) {
      Document copy = byId.get(c.id());
      Document original = byId.get(c.originalId());
      assertThat(c.id()).startsWith(original.id() + "~c");
      assertThat(copy.date()).isBetween(original.date(), original.date().plusDays(2));
      long[] a = NearDuplicates.shingles(original, 5);
      long[] b = NearDuplicates.shingles(copy, 5);
      switch (c.kind()) {
        case EXACT -> {
          assertThat(copy.text()).isEqualTo(original.text());
          assertThat(copy.source()).isNotEqualTo(original.source());
        }
        case FOOTER ->
            assertThat(copy.text())
                .startsWith(original.text())
                .endsWith(
                    "© "
                        + copy.source()
                        + " 2022. Все права защищены. Перепечатка"
                        + " материалов только с разрешения редакции.");
        case EDITED_LEAD -> {
          assertThat(copy.text()).doesNotStartWith("Первое предложение истории " + original.id());
          assertThat(copy.text()).endsWith("транспорта в городе.");
        }
        case WORDS_CHANGED -> {
          // 40 words: 2 changed, each breaking at most 5 of the 36 shingles of the text
          assertThat(Shingles.words(copy.text())).hasSize(Shingles.words(original.text()).size());
          assertThat(Shingles.jaccard(a, b)).isBetween(0.5, 1.0);
        }
        case TRANSLATION -> {
          assertThat(copy.lang()).isNotEqualTo("ru");
          assertThat(Shingles.jaccard(a, b)).isEqualTo(0.0);
          assertThat(copy.text())
              .contains(Integer.toString(100 + Integer.parseInt(original.id().substring(1))));
        }
      }
    }
    // Every true pair is among one original's non-translation copies.
    for (DocumentPair p : r.duplicatePairs()) {
      assertThat(p.first().substring(0, 3)).isEqualTo(p.second().substring(0, 3));
    }
    long translations = r.copies().stream().filter(c -> c.kind() == Kind.TRANSLATION).count();
    assertThat(translations).isEqualTo(20);
  }
}
