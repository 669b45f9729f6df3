package org.narrascope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.cli.Narrascope;
import org.narrascope.corpus.text.MojibakeRepair;

/**
 * The bad-input suite: one fixture per kind of bad input a news corpus brings, each with its
 * expected outcome, all read in one run that must complete and account for every record.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputSuiteIT {
  @TempDir static Path tmp;
  private Path out;
  private Map<String, Map<String, String>> totals;
  private Map<String, Map<String, Long>> reasons;

  private static String doc(String id, String source, String date, String text) {
    return "{\"id\":\""
        + id
        + "\",\"source\":\""
        + source
        + "\",\"date\":\""
        + date
        + "\",\"lang\":\"ru\",\"title\":\"\",\"text\":\""
        + text
        + "\"}";
  }

  private static String ok(String id, String text) {
    return doc(id, "steppe_courier", "2022-01-05", text);
  }

  @BeforeAll
  void writeFixturesAndIngestThemAll() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("bad"));
    write(
        in,
        "01-malformed-json.jsonl",
        ok("a1", "Первый документ.") + "\n{\"id\": \"a2\", \"source\n");
    write(
        in,
        "02-truncated-last-line.jsonl",
        ok("b1", "Второй документ.") + "\n{\"id\":\"b2\",\"sou");
    ByteArrayOutputStream invalid = new ByteArrayOutputStream();
    invalid.write((ok("c1", "Третий документ.") + "\n").getBytes(StandardCharsets.UTF_8));
    invalid.write((ok("c2", "Битый байт: ")).getBytes(StandardCharsets.UTF_8));
    invalid.write(new byte[] {(byte) 0xFF, (byte) 0xFE, 'x', '\n'});
    Files.write(in.resolve("03-invalid-utf8.jsonl"), invalid.toByteArray());
    ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
    utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    utf16.write((ok("d1", "Документ в UTF-16.") + "\n").getBytes(StandardCharsets.UTF_16LE));
    Files.write(in.resolve("04-utf16-bom.jsonl"), utf16.toByteArray());
    String clean = "Протесты в Жанаозене начались из-за роста цен на газ.";
    write(
        in,
        "05-mojibake.jsonl",
        ok(
                "e1",
                MojibakeRepair.garble(clean, Charset.forName("windows-1251")).replace("\"", "\\\""))
            + "\n");
    write(in, "06-empty.jsonl", "");
    write(in, "07-empty-text.jsonl", ok("g1", "") + "\n");
    StringBuilder huge = new StringBuilder(50_000_000);
    String sentence = "Колонна техники прошла по проспекту Абая утром во вторник. ";
    while (huge.length() < 50_000_000) {
      huge.append(sentence);
    }
    write(in, "08-50mb-document.jsonl", ok("h1", huge.toString()) + "\n");
    huge.setLength(0);
    String longWord = "а".repeat(40_000); // 80,000 bytes: far over Lucene's 32,766-byte term limit
    write(
        in,
        "09-long-term-and-long-id.jsonl",
        ok("i1", "Слово " + longWord + " и цветная революция.")
            + "\n"
            + ok("i".repeat(600), "Текст.")
            + "\n");
    write(
        in,
        "10-missing-and-duplicate-ids.jsonl",
        "{\"source\":\"steppe_courier\",\"date\":\"2022-01-05\",\"text\":\"Без id.\"}\n"
            + ok("dup", "Первая версия.")
            + "\n"
            + ok("dup", "Вторая версия.")
            + "\n");
    write(
        in,
        "11-unknown-source.jsonl",
        doc("k1", "no_such_outlet", "2022-01-05", "Неизвестный источник.") + "\n");
    write(
        in,
        "12-future-and-old-dates.jsonl",
        doc("l1", "steppe_courier", "2031-01-01", "Из будущего.")
            + "\n"
            + doc("l2", "steppe_courier", "1985-05-05", "Из прошлого.")
            + "\n");
    write(
        in,
        "13-unparsable-date.jsonl",
        doc("m1", "steppe_courier", "sometime in January", "Без даты.") + "\n");
    write(
        in,
        "14-csv-embedded-newlines-and-quotes.csv",
        "id,source,date,lang,title,text\r\n"
            + "n1,steppe_courier,2022-01-05,ru,\"Заголовок, с запятой\",\"Первая строка\r\nвторая \"\"в"
            + " кавычках\"\"\"\r\n"
            + "n2,steppe_courier,2022-01-06,ru,,\"Ещё\nодна\"\r\n");
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(gz)) {
      // Enough text that the break falls well after the reader's first buffers.
      for (int i = 0; i < 20_000; i++) {
        z.write(
            (ok("o" + i, "Сжатый документ номер " + i + " с уникальным текстом " + (i * 7919))
                    + "\n")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] whole = gz.toByteArray();
    Files.write(
        in.resolve("15-gzip-cut-short.jsonl.gz"), Arrays.copyOf(whole, whole.length * 6 / 10));
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    binary[10] = 0;
    Files.write(in.resolve("16-binary.jsonl"), binary);
    write(in, "17-not-an-object.jsonl", "[1, 2, 3]\n\"just a string\"\n");
    write(
        in,
        "18-wrong-field-type.jsonl",
        "{\"id\":\"r1\",\"source\":\"steppe_courier\",\"date\":\"2022-01-05\",\"text\":[\"a\",\"b\"]}\n");

    out = tmp.resolve("out");
    int exit =
        Narrascope.execute(
            "run",
            "--corpus",
            in.toString(),
            "--sources",
            Repository.sources().toString(),
            "--frames",
            Repository.lexicon().toString(),
            "--out",
            out.toString(),
            "--no-dedup",
            "--max-quarantined",
            "1",
            "--master",
            "local[2]");
    assertThat(exit).as("the run completes whatever the input").isZero();
    totals = new TreeMap<>();
    reasons = new TreeMap<>();
    for (Map<String, String> r : CsvFiles.read(out.resolve("ingest_report.csv"))) {
      String file = Path.of(r.get("file")).getFileName().toString();
      if (r.get("reason").isEmpty()) {
        totals.put(file, r);
      } else {
        reasons
            .computeIfAbsent(file, f -> new TreeMap<>())
            .put(r.get("reason"), Long.parseLong(r.get("reason_count")));
      }
    }
  }

  private static void write(Path dir, String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private void expect(String file, long read, long indexed, Map<String, Long> quarantined) {
    Map<String, String> t = totals.get(file);
    assertThat(t).as(file).isNotNull();
    assertThat(Long.parseLong(t.get("records_read"))).as(file + " read").isEqualTo(read);
    assertThat(Long.parseLong(t.get("indexed"))).as(file + " indexed").isEqualTo(indexed);
    assertThat(reasons.getOrDefault(file, Map.of())).as(file + " reasons").isEqualTo(quarantined);
  }

  @Test
  void everyFileOfTheSuiteIsInTheReport() {
    assertThat(totals).hasSize(18);
  }

  @Test
  void nothingIsLostInAnyCase() throws IOException {
    long quarantineRows = CsvFiles.read(out.resolve("quarantine/quarantine.csv")).size();
    long quarantined = 0;
    for (Map<String, String> t : totals.values()) {
      long read = Long.parseLong(t.get("records_read"));
      long q = Long.parseLong(t.get("quarantined"));
      assertThat(read)
          .as(t.get("file"))
          .isEqualTo(Long.parseLong(t.get("indexed")) + Long.parseLong(t.get("duplicates")) + q);
      quarantined += q;
    }
    assertThat(quarantineRows).isEqualTo(quarantined);
  }

  @Test
  void malformedJsonTruncatedLinesInvalidUtf8() {
    expect("01-malformed-json.jsonl", 2, 1, Map.of("malformed_json", 1L));
    expect("02-truncated-last-line.jsonl", 2, 1, Map.of("truncated_record", 1L));
    expect("03-invalid-utf8.jsonl", 2, 1, Map.of("invalid_utf8", 1L));
  }

  @Test
  void utf16WithBomMojibakeAndAnEmptyFileAreRead() throws IOException {
    expect("04-utf16-bom.jsonl", 1, 1, Map.of());
    expect("05-mojibake.jsonl", 1, 1, Map.of());
    assertThat(totals.get("05-mojibake.jsonl").get("mojibake_repaired")).isEqualTo("1");
    expect("06-empty.jsonl", 0, 0, Map.of());
    List<String> repaired = new ArrayList<>();
    for (Map<String, String> c : CsvFiles.read(out.resolve("concordance.csv"))) {
      if (c.get("doc_id").equals("e1")) {
        repaired.add(c.get("frame") + ":" + c.get("match"));
      }
    }
    assertThat(repaired).containsExactly("gas_prices:роста цен на газ");
  }

  @Test
  void emptyTextHugeDocumentsAndOverlongTermsAndIds() throws IOException {
    expect("07-empty-text.jsonl", 1, 0, Map.of("empty_text", 1L));
    expect("08-50mb-document.jsonl", 1, 1, Map.of());
    expect("09-long-term-and-long-id.jsonl", 2, 1, Map.of("field_too_long", 1L));
    assertThat(CsvFiles.read(out.resolve("concordance.csv")))
        .anySatisfy(
            c -> assertThat(c.get("doc_id") + c.get("frame")).isEqualTo("i1color_revolution"));
  }

  @Test
  void idsSourcesAndDates() {
    expect(
        "10-missing-and-duplicate-ids.jsonl", 3, 1, Map.of("missing_id", 1L, "duplicate_id", 1L));
    expect("11-unknown-source.jsonl", 1, 1, Map.of());
    assertThat(totals.get("11-unknown-source.jsonl").get("unknown_source")).isEqualTo("1");
    expect("12-future-and-old-dates.jsonl", 2, 0, Map.of("implausible_date", 2L));
    expect("13-unparsable-date.jsonl", 1, 0, Map.of("unparsable_date", 1L));
  }

  @Test
  void csvWithEmbeddedNewlinesAndQuotes() {
    expect("14-csv-embedded-newlines-and-quotes.csv", 2, 2, Map.of());
  }

  @Test
  void aGzipFileCutShortKeepsWhatCameBeforeTheBreak() {
    Map<String, String> t = totals.get("15-gzip-cut-short.jsonl.gz");
    long indexed = Long.parseLong(t.get("indexed"));
    assertThat(indexed).isBetween(1_000L, 19_999L);
    assertThat(reasons.get("15-gzip-cut-short.jsonl.gz")).isEqualTo(Map.of("unreadable_file", 1L));
    assertThat(Long.parseLong(t.get("records_read"))).isEqualTo(indexed + 1);
  }

  @Test
  void binaryFilesAndJsonOfTheWrongShape() {
    expect("16-binary.jsonl", 1, 0, Map.of("binary_file", 1L));
    expect("17-not-an-object.jsonl", 2, 0, Map.of("not_an_object", 2L));
    expect("18-wrong-field-type.jsonl", 1, 0, Map.of("invalid_field_type", 1L));
  }
}
