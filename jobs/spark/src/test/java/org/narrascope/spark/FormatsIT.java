package org.narrascope.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.BZip2Codec;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.cli.Narrascope;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Every input format through the pipeline, each on a small fixture written here: JSON Lines (gzip),
 * CSV (bzip2), TSV, WARC, Parquet, a Telegram export, a folder of text files with its metadata; and
 * the real Telegram channels of {@code ../shared} with the mapping option alone.
 */
class FormatsIT {
  @TempDir Path tmp;

  private static final String GAS = "Протесты начались из-за роста цен на газ в Жанаозене.";
  private static final String COUP = "The president called it an attempted coup.";

  @Test
  void jsonlGzipCsvBzip2TsvWarcAndParquetInOneRun() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("mixed"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(in.resolve("a.jsonl.gz")))) {
      out.write(
          ("{\"id\":\"j1\",\"source\":\"steppe_courier\",\"date\":\"2022-01-05\",\"lang\":\"ru\","
                  + "\"title\":\"\",\"text\":\""
                  + GAS
                  + "\"}\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    BZip2Codec bzip2 = new BZip2Codec();
    bzip2.setConf(new Configuration());
    try (OutputStream out =
        bzip2.createOutputStream(Files.newOutputStream(in.resolve("b.csv.bz2")))) {
      out.write(
          ("id,source,date,lang,title,text\r\n"
                  + "c1,central_asia_ledger,05.01.2022,en,\"Quotes, \"\"and\"\" commas\",\""
                  + COUP
                  + "\nA second line.\"\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(
        in.resolve("c.tsv"),
        "id\tsource\tdate\tlang\ttitle\ttext\nt1\tkyiv_observer\t5 січня 2022\tuk\t\tЦе була спроба"
            + " перевороту.\n",
        StandardCharsets.UTF_8);
    writeWarc(in.resolve("d.warc.gz"));
    writeParquet(in.resolve("e-parquet"));

    Path out = tmp.resolve("out-mixed");
    assertThat(run(out, "--corpus", in.toString())).isZero();
    Map<String, Map<String, String>> report = totalsByFile(out);
    assertThat(report).hasSize(5);
    assertThat(report.values()).allSatisfy(r -> assertThat(r.get("quarantined")).isEqualTo("0"));
    assertThat(report.values().stream().mapToLong(r -> Long.parseLong(r.get("indexed"))).sum())
        .isEqualTo(6);
    assertThat(mentionedDocs(out))
        .containsExactly(
            "c1", "j1", "p1", "p2", "t1", "urn:uuid:00000000-0000-4000-8000-000000000001");
  }

  @Test
  void aTelegramExportWithTheMappingOptionAlone() throws IOException {
    Path file = tmp.resolve("channel.json");
    Files.writeString(
        file,
        "[\n {\"message_id\": 7, \"text\": \"**Срочно:** эксперты говорят о [борьбе за власть](https://t.me/x)\","
            + " \"date\": \"2022-01-06T08:00:00+00:00\", \"channel\": \"almaty_analytica\"},\n"
            + " {\"message_id\": 8, \"text\": \"\", \"date\": \"2022-01-06T09:00:00+00:00\","
            + " \"channel\": \"almaty_analytica\"}\n]\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out-telegram");
    assertThat(
            run(
                out,
                "--corpus",
                file.toString(),
                "--map",
                "id=message_id,source=channel",
                "--max-quarantined",
                "0.5"))
        .isZero();
    Map<String, String> totals = totalsByFile(out).values().iterator().next();
    assertThat(totals).containsEntry("records_read", "2").containsEntry("indexed", "1");
    assertThat(totals).containsEntry("quarantined", "1").containsEntry("language_detected", "1");
    assertThat(mentionedDocs(out)).containsExactly("almaty_analytica:7");
  }

  @Test
  void aFolderOfTextFilesWithItsMetadata() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("texts/2022"));
    Files.writeString(folder.resolve("one.txt"), GAS, StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("metadata.csv"),
        "file,id,source,date,lang,title,url\n"
            + "one.txt,x1,steppe_courier,2022-01-05,ru,,\n"
            + "missing.txt,x2,steppe_courier,2022-01-05,ru,,\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out-texts");
    assertThat(
            run(
                out,
                "--corpus",
                tmp.resolve("texts").toString(),
                "--format",
                "txt",
                "--max-quarantined",
                "0.5"))
        .isZero();
    List<Map<String, String>> quarantine = CsvFiles.read(out.resolve("quarantine/quarantine.csv"));
    assertThat(quarantine).extracting(r -> r.get("reason")).containsExactly("missing_text_file");
    assertThat(mentionedDocs(out)).containsExactly("x1");
  }

  @Test
  void theRealTelegramChannelsIngestWithTheMappingOptionAlone() throws IOException {
    Path raw = SharedData.corpora().map(c -> c.resolve("telegram-ru-news-2024/raw")).orElse(null);
    assumeThat(raw != null && Files.isDirectory(raw))
        .as("../shared/corpora/telegram-ru-news-2024 is absent: skipping the real-data ingest")
        .isTrue();
    Path out = tmp.resolve("out-shared");
    assertThat(
            Narrascope.execute(
                "ingest",
                "--corpus",
                raw.toString(),
                "--map",
                "id=message_id,source=channel",
                "--sources",
                Repository.sources().toString(),
                "--out",
                out.toString(),
                "--master",
                "local[2]"))
        .isZero();
    long read = 0;
    long indexed = 0;
    long quarantined = 0;
    long duplicates = 0;
    for (Map<String, String> r : totalsByFile(out).values()) {
      read += Long.parseLong(r.get("records_read"));
      indexed += Long.parseLong(r.get("indexed"));
      quarantined += Long.parseLong(r.get("quarantined"));
      duplicates += Long.parseLong(r.get("duplicates"));
    }
    System.out.printf(
        "telegram: read %d, indexed %d, near-duplicates %d, quarantined %d%n",
        read, indexed, duplicates, quarantined);
    assertThat(totalsByFile(out)).hasSize(18);
    assertThat(read).isEqualTo(16_717);
    assertThat(read).isEqualTo(indexed + duplicates + quarantined);
    assertThat(quarantined).isZero();
  }

  private int run(Path out, String... args) {
    List<String> all =
        new java.util.ArrayList<>(
            List.of(
                "run",
                "--sources",
                Repository.sources().toString(),
                "--frames",
                Repository.lexicon().toString(),
                "--out",
                out.toString(),
                "--partitions",
                "2",
                "--master",
                "local[2]"));
    all.addAll(List.of(args));
    return Narrascope.execute(all.toArray(String[]::new));
  }

  private static Map<String, Map<String, String>> totalsByFile(Path out) throws IOException {
    Map<String, Map<String, String>> totals = new TreeMap<>();
    for (Map<String, String> r : CsvFiles.read(out.resolve("ingest_report.csv"))) {
      if (r.get("reason").isEmpty()) {
        totals.put(r.get("file"), r);
      }
    }
    return totals;
  }

  private static Set<String> mentionedDocs(Path out) throws IOException {
    Set<String> ids = new TreeSet<>();
    CsvFiles.read(out.resolve("concordance.csv")).forEach(r -> ids.add(r.get("doc_id")));
    return ids;
  }

  private static void writeWarc(Path file) throws IOException {
    String html =
        "<html><head><title>Steppe Courier</title>"
            + "<meta property=\"article:published_time\" content=\"2022-01-05T10:00:00Z\"></head>"
            + "<body><nav>Home | News | Subscribe</nav><article><h1>Protests</h1><p>"
            + "Experts described a power struggle inside the elite.</p><p>More paragraphs follow"
            + " here about the week.</p></article><footer>© 2022 all rights reserved</footer>"
            + "</body></html>";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(bytes)) {
      writer.write(
          new WarcResponse.Builder(URI.create("https://steppe-courier.example/news/1"))
              .recordId(UUID.fromString("00000000-0000-4000-8000-000000000001"))
              .date(Instant.parse("2022-01-06T10:00:00Z"))
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(
                          MediaType.parse("text/html; charset=utf-8"),
                          html.getBytes(StandardCharsets.UTF_8))
                      .build())
              .build());
    }
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(bytes.toByteArray());
    }
  }

  private static void writeParquet(Path dir) {
    SparkSession spark =
        SparkSession.builder()
            .master("local[1]")
            .appName("fixture")
            .config("spark.ui.enabled", "false")
            .getOrCreate();
    try {
      StructType schema =
          new StructType()
              .add("id", DataTypes.StringType)
              .add("source", DataTypes.StringType)
              .add("date", DataTypes.DateType)
              .add("lang", DataTypes.StringType)
              .add("text", DataTypes.StringType);
      spark
          .createDataFrame(
              List.of(
                  RowFactory.create(
                      "p1",
                      "vestnik_centra",
                      java.sql.Date.valueOf(LocalDate.of(2022, 1, 6)),
                      "ru",
                      GAS),
                  RowFactory.create(
                      "p2",
                      "eurasia_policy_review",
                      java.sql.Date.valueOf(LocalDate.of(2022, 1, 7)),
                      "en",
                      COUP)),
              schema)
          .coalesce(1)
          .write()
          .parquet(dir.toString());
    } finally {
      spark.stop();
    }
  }
}
