package org.narrascope.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.NarrascopeException;
import org.narrascope.corpus.Document;

/**
 * A shard written to disk and read back, with no Spark: what the index stage does per partition.
 */
class ShardRoundTripTest {
  @TempDir Path dir;

  private static Document doc(String id, String lang, String title, String text) {
    return new Document(id, "steppe_courier", LocalDate.of(2022, 1, 5), lang, title, text, "");
  }

  @Test
  void storesMetadataTextAndWordCountsAndAnalysesPerLanguage() {
    Path shard = dir.resolve("shard-00000");
    try (ShardWriter w = ShardWriter.create(shard)) {
      w.add(doc("a", "ru", "Цены на газ", "Протесты начались из-за роста цен на газ."));
      w.add(doc("b", "en", "Gas prices", "Protests began over gas prices."));
      w.add(doc("c", "und", "", "Без языка."));
      assertThat(w.documents()).isEqualTo(3);
    }
    try (ShardReader r = ShardReader.open(shard)) {
      assertThat(r.documentCount()).isEqualTo(3);
      assertThat(r.languages()).containsExactly("en", "ru", "und");
      List<IndexedDocument> docs = r.documents();
      assertThat(docs).extracting(IndexedDocument::id).containsExactly("a", "b", "c");
      assertThat(docs.get(0).tokens()).isEqualTo(3 + 8);
      assertThat(docs.get(0).date()).isEqualTo(LocalDate.of(2022, 1, 5));
      assertThat(r.text(docs.get(1).luceneDoc()).text())
          .isEqualTo("Protests began over gas prices.");
      // Russian is stemmed in its own field, English in its own.
      assertThat(r.terms("text_ru")).contains("цен", "газ").doesNotContain("prices");
      assertThat(r.terms("text_en")).contains("price", "ga");
      assertThat(r.inLanguage("und").cardinality()).isEqualTo(1);
    }
  }

  @Test
  void homoglyphsAreFoldedInTheIndexButStoredAsWritten() {
    Path shard = dir.resolve("shard-00001");
    String text = "Это была пoпыткa переворота."; // Latin o and a inside a Cyrillic word
    try (ShardWriter w = ShardWriter.create(shard)) {
      w.add(doc("h", "ru", "", text));
    }
    try (ShardReader r = ShardReader.open(shard)) {
      assertThat(r.terms("text_ru")).contains("попытк");
      assertThat(r.text(0).text()).isEqualTo(text);
    }
  }

  @Test
  void refusesToWriteIntoAFolderThatIsNotEmpty() throws Exception {
    Path shard = Files.createDirectories(dir.resolve("used"));
    Files.writeString(shard.resolve("leftover"), "x");
    assertThatThrownBy(() -> ShardWriter.create(shard))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageContaining("not empty");
  }

  @Test
  void aMissingShardIsAnErrorNamingTheFolder() {
    assertThatThrownBy(() -> ShardReader.open(dir.resolve("nowhere")))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageContaining("nowhere");
  }
}
