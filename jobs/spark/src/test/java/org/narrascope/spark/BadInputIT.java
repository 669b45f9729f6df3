package org.narrascope.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.cli.Narrascope;

/**
 * Bad records never stop a run and never disappear: each is in the quarantine with its file, line
 * and reason, and the ingest report adds up.
 */
class BadInputIT {
  @TempDir Path work;

  @Test
  void badRecordsAreQuarantinedWithFileLineAndReasonAndTheRunCompletes() throws IOException {
    Path fixture = Path.of("src/test/resources/bad-input/mixed.jsonl").toAbsolutePath();
    Path corpus = Files.createDirectories(work.resolve("in")).resolve("mixed.jsonl");
    Files.copy(fixture, corpus);
    Path out = work.resolve("out");
    int exit =
        Narrascope.execute(
            "run",
            "--corpus",
            corpus.toString(),
            "--sources",
            Repository.sources().toString(),
            "--frames",
            Repository.lexicon().toString(),
            "--out",
            out.toString(),
            "--max-quarantined",
            "1",
            "--master",
            "local[2]");
    assertThat(exit).isZero();

    List<Map<String, String>> quarantine = CsvFiles.read(out.resolve("quarantine/quarantine.csv"));
    assertThat(quarantine)
        .extracting(r -> r.get("file"), r -> r.get("line"), r -> r.get("reason"))
        .containsExactly(
            tuple(corpus.toString(), "2", "malformed_json"),
            tuple(corpus.toString(), "3", "missing_id"),
            tuple(corpus.toString(), "4", "missing_source"),
            tuple(corpus.toString(), "5", "missing_date"),
            tuple(corpus.toString(), "6", "unparsable_date"),
            tuple(corpus.toString(), "8", "duplicate_id"));
    assertThat(quarantine).allSatisfy(r -> assertThat(r.get("detail")).isNotBlank());
    assertThat(quarantine.get(4).get("detail")).contains("31.02.2022");
    assertThat(quarantine.get(5).get("detail")).contains("ok-1").endsWith("mixed.jsonl line 1");

    List<Map<String, String>> report = CsvFiles.read(out.resolve("ingest_report.csv"));
    Map<String, String> totals = report.get(0);
    assertThat(totals)
        .containsEntry("records_read", "9")
        .containsEntry("indexed", "3")
        .containsEntry("quarantined", "6")
        .containsEntry("unknown_source", "1")
        .containsEntry("reason", "");
    long read = Long.parseLong(totals.get("records_read"));
    assertThat(read)
        .isEqualTo(
            Long.parseLong(totals.get("indexed")) + Long.parseLong(totals.get("quarantined")));
    assertThat(report.subList(1, report.size()))
        .extracting(r -> r.get("reason"), r -> r.get("reason_count"))
        .containsExactly(
            tuple("duplicate_id", "1"),
            tuple("malformed_json", "1"),
            tuple("missing_date", "1"),
            tuple("missing_id", "1"),
            tuple("missing_source", "1"),
            tuple("unparsable_date", "1"));

    // The kept documents were indexed and counted: ok-1's gas prices, ok-2's power struggle.
    List<Map<String, String>> concordance = CsvFiles.read(out.resolve("concordance.csv"));
    assertThat(concordance)
        .extracting(r -> r.get("doc_id"), r -> r.get("frame"))
        .containsExactly(
            tuple("ok-2", "elite_power_struggle"),
            tuple("ok-3", "foreign_fighters"),
            tuple("ok-1", "gas_prices"),
            tuple("ok-1", "gas_prices"),
            tuple("ok-3", "gas_prices"));
  }

  @Test
  void aMissingCorpusIsAClearErrorNotAStackTrace() {
    int exit =
        Narrascope.execute(
            "ingest",
            "--corpus",
            work.resolve("nothing-here/*.jsonl").toString(),
            "--sources",
            Repository.sources().toString(),
            "--out",
            work.resolve("out2").toString(),
            "--master",
            "local[1]");
    assertThat(exit).isEqualTo(2);
  }

  @Test
  void tooManyQuarantinedRecordsFailTheRunAfterTheReportsAreWritten() throws IOException {
    Path fixture = Path.of("src/test/resources/bad-input/mixed.jsonl").toAbsolutePath();
    Path out = work.resolve("strict");
    int exit =
        Narrascope.execute(
            "ingest",
            "--corpus",
            fixture.toString(),
            "--sources",
            Repository.sources().toString(),
            "--out",
            out.toString(),
            "--master",
            "local[1]");
    // 6 of 9 records quarantined is over the default 10%.
    assertThat(exit).isEqualTo(2);
    assertThat(CsvFiles.read(out.resolve("quarantine/quarantine.csv"))).hasSize(6);
    assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"succeeded\": 0");
  }
}
