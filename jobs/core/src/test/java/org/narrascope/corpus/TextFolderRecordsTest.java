package org.narrascope.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.NarrascopeException;

class TextFolderRecordsTest {
  private static final SourceRegistry REGISTRY =
      SourceRegistry.load(Path.of("src/test/resources/corpus/sources.csv"));

  @TempDir Path folder;

  private static List<RecordOutcome> readAll(TextFolderRecords records) {
    List<RecordOutcome> outcomes = new ArrayList<>();
    try (records) {
      records.forEachRemaining(outcomes::add);
    }
    return outcomes;
  }

  private static String code(RecordOutcome outcome) {
    return outcome instanceof RecordOutcome.Rejected r ? r.rejection().reason().code() : "accepted";
  }

  private static Rejection rejection(RecordOutcome outcome) {
    assertThat(outcome).isInstanceOf(RecordOutcome.Rejected.class);
    return ((RecordOutcome.Rejected) outcome).rejection();
  }

  private static Document document(RecordOutcome outcome) {
    assertThat(outcome).isInstanceOf(RecordOutcome.Accepted.class);
    return ((RecordOutcome.Accepted) outcome).document();
  }

  @Test
  void everyMetadataRowIsOneOutcomeWithTheTextOfItsFile() throws IOException {
    Files.writeString(
        folder.resolve("a.txt"),
        "\uFEFFВласти назвали это попыткой переворота.\r\nЭксперты не согласны. 🇰🇿\r\n",
        StandardCharsets.UTF_8);
    Files.createDirectories(folder.resolve("sub"));
    Files.writeString(folder.resolve("sub/b.txt"), "Текст.", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("c.txt"), "Gas prices doubled.", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("empty.txt"), "", StandardCharsets.UTF_8);
    Files.write(folder.resolve("bad.txt"), new byte[] {'a', (byte) 0xC3, '(', 'b'});
    Files.writeString(folder.getParent().resolve("outside.txt"), "x", StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve(TextFolderRecords.METADATA),
        """
        file,id,source,date,lang,title,url
        a.txt,1,steppe_courier,2022-01-05T20:30:00Z,ru,Переворот?,https://steppe-courier.kz/1
        missing.txt,2,steppe_courier,2022-01-05,ru,Нет файла,
        ../outside.txt,3,steppe_courier,2022-01-05,ru,,
        bad.txt,4,steppe_courier,2022-01-05,ru,,
        empty.txt,5,dala_tv,2022-01-05,kk,,
        sub/b.txt,6,dala_tv,не дата,kk,,
        ,7,dala_tv,2022-01-05,kk,Без файла,
        c.txt,8,central_asia_ledger,2022-01-06,en,"A title
        on two lines",
        c.txt,9,central_asia_ledger
        """,
        StandardCharsets.UTF_8);

    List<RecordOutcome> outcomes =
        readAll(TextFolderRecords.open(folder, REGISTRY, DateParser.standard()));

    assertThat(outcomes)
        .extracting(RecordOutcome::line, TextFolderRecordsTest::code)
        .containsExactly(
            tuple(2L, "accepted"),
            tuple(3L, "missing_text_file"),
            tuple(4L, "missing_text_file"),
            tuple(5L, "missing_text_file"),
            tuple(6L, "empty_text"),
            tuple(7L, "unparsable_date"),
            tuple(8L, "missing_text_file"),
            tuple(9L, "accepted"),
            tuple(11L, "malformed_csv"));
    String metadata = folder.toAbsolutePath().normalize().resolve("metadata.csv").toString();
    assertThat(outcomes).extracting(RecordOutcome::file).containsOnly(metadata);
    // The date is the Almaty day; the text keeps its line breaks, without the byte-order mark.
    assertThat(document(outcomes.get(0)))
        .isEqualTo(
            new Document(
                "1",
                "steppe_courier",
                LocalDate.of(2022, 1, 6),
                "ru",
                "Переворот?",
                "Власти назвали это попыткой переворота.\r\nЭксперты не согласны. 🇰🇿\r\n",
                "https://steppe-courier.kz/1"));
    assertThat(document(outcomes.get(7)))
        .extracting(Document::id, Document::title, Document::text)
        .containsExactly("8", "A title\non two lines", "Gas prices doubled.");
    assertThat(rejection(outcomes.get(1)))
        .extracting(Rejection::detail, Rejection::raw)
        .containsExactly(
            "text file 'missing.txt' cannot be read: no such file",
            "missing.txt,2,steppe_courier,2022-01-05,ru,Нет файла,");
    assertThat(rejection(outcomes.get(2)).detail())
        .startsWith("text file '../outside.txt' cannot be read: the path leads outside the folder");
    assertThat(rejection(outcomes.get(3)).detail())
        .isEqualTo("text file 'bad.txt' is not valid UTF-8");
    assertThat(rejection(outcomes.get(4)).detail())
        .isEqualTo("both 'title' and 'file' (mapped to text) are empty or absent");
    assertThat(rejection(outcomes.get(6)).detail()).isEqualTo("the row has an empty 'file' cell");
  }

  @Test
  void thePluggableOpenerReadsTextsFromAnyStore() {
    Map<String, String> store = Map.of("x/1.txt", "Maidan technologies, they said.");
    Function<String, InputStream> opener =
        name -> {
          String text = store.get(name);
          if (text == null) {
            throw new UncheckedIOException(new NoSuchFileException(name));
          }
          return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        };
    List<RecordOutcome> outcomes =
        readAll(
            TextFolderRecords.open(
                new StringReader(
                    "id,file,source,date\n1,x/1.txt,kyiv_observer,2022-01-07\n"
                        + "2,x/2.txt,kyiv_observer,2022-01-07\n"),
                "hdfs://corpus/metadata.csv",
                opener,
                REGISTRY,
                DateParser.standard()));
    assertThat(outcomes)
        .extracting(RecordOutcome::line, TextFolderRecordsTest::code)
        .containsExactly(tuple(2L, "accepted"), tuple(3L, "missing_text_file"));
    assertThat(document(outcomes.get(0)))
        .isEqualTo(
            new Document(
                "1",
                "kyiv_observer",
                LocalDate.of(2022, 1, 7),
                "und",
                "",
                "Maidan technologies, they said.",
                ""));
    assertThat(rejection(outcomes.get(1)).detail())
        .isEqualTo("text file 'x/2.txt' cannot be read: no such file");
  }

  @Test
  void metadataWithoutAFileColumnIsNotATextFolder() {
    assertThatThrownBy(
            () ->
                TextFolderRecords.open(
                    new StringReader("id,source,date,text\n"),
                    "metadata.csv",
                    name -> InputStream.nullInputStream(),
                    REGISTRY,
                    DateParser.standard()))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageStartingWith("metadata.csv: line 1: the header has no column file (found:");
  }

  @Test
  void aMissingMetadataFileIsAnError() {
    assertThatThrownBy(() -> TextFolderRecords.open(folder, REGISTRY, DateParser.standard()))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageContaining("metadata.csv: cannot read:");
  }
}
