package org.narrascope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.cli.Narrascope;
import org.narrascope.corpus.sample.GeneratorConfig;
import org.narrascope.corpus.sample.SampleCorpusGenerator;
import org.narrascope.corpus.text.MojibakeRepair;

/**
 * A corpus where every tenth document is garbled (UTF-8 read as cp1251 or KOI8-R, as a scraper that
 * guessed the charset wrong would store it) gives the same frame counts as the clean one.
 */
class MojibakeCorpusIT {
  @TempDir Path tmp;

  @Test
  void tenPercentGarbledDocumentsGiveTheSameFrameCounts() throws IOException {
    Path clean = tmp.resolve("clean");
    SampleCorpusGenerator.generate(
        new GeneratorConfig(2_000, 13L, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 31)),
        clean);
    Path garbled = Files.createDirectories(tmp.resolve("garbled")).resolve("documents.jsonl");
    ObjectMapper json = new ObjectMapper();
    int garbledDocs = 0;
    List<String> lines =
        Files.readAllLines(clean.resolve("documents.jsonl"), StandardCharsets.UTF_8);
    try (BufferedWriter w = Files.newBufferedWriter(garbled, StandardCharsets.UTF_8)) {
      for (int i = 0; i < lines.size(); i++) {
        ObjectNode doc = (ObjectNode) json.readTree(lines.get(i));
        if (i % 10 == 3) {
          Charset wrong = Charset.forName(i % 20 == 3 ? "windows-1251" : "KOI8-R");
          doc.put("title", MojibakeRepair.garble(doc.get("title").asText(), wrong));
          doc.put("text", MojibakeRepair.garble(doc.get("text").asText(), wrong));
          garbledDocs++;
        }
        w.write(json.writeValueAsString(doc));
        w.write('\n');
      }
    }
    assertThat(garbledDocs).isEqualTo(200);

    Path cleanOut = tmp.resolve("clean-out");
    Path garbledOut = tmp.resolve("garbled-out");
    assertThat(run(clean.resolve("documents.jsonl"), clean, cleanOut)).isZero();
    assertThat(run(garbled, clean, garbledOut)).isZero();

    Map<String, String> totals = CsvFiles.read(garbledOut.resolve("ingest_report.csv")).get(0);
    // Documents in English (Latin letters only) garble into nothing a repair could notice: they
    // are unchanged by the round trip, so only the Cyrillic ones count as repaired.
    assertThat(Long.parseLong(totals.get("mojibake_repaired"))).isBetween(150L, 200L);
    assertThat(Files.readAllBytes(garbledOut.resolve("frame_counts.csv")))
        .isEqualTo(Files.readAllBytes(cleanOut.resolve("frame_counts.csv")));
    assertThat(Files.readAllBytes(garbledOut.resolve("concordance.csv")))
        .isEqualTo(Files.readAllBytes(cleanOut.resolve("concordance.csv")));
  }

  private static int run(Path corpus, Path generated, Path out) {
    return Narrascope.execute(
        "run",
        "--corpus",
        corpus.toString(),
        "--sources",
        generated.resolve("sources.csv").toString(),
        "--frames",
        Repository.lexicon().toString(),
        "--out",
        out.toString(),
        "--partitions",
        "2",
        "--master",
        "local[2]");
  }
}
