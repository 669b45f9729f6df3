package org.narrascope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.cli.Narrascope;
import org.narrascope.corpus.DateParser;
import org.narrascope.corpus.Document;
import org.narrascope.corpus.FieldMapping;
import org.narrascope.corpus.JsonLinesRecords;
import org.narrascope.corpus.RecordOutcome;
import org.narrascope.corpus.SourceRegistry;
import org.narrascope.corpus.dedup.DocumentPair;
import org.narrascope.corpus.dedup.PlantedCopies;
import org.narrascope.corpus.sample.GeneratorConfig;
import org.narrascope.corpus.sample.SampleCorpusGenerator;

/**
 * Near-duplicates through the whole pipeline: a generated corpus with planted copies (exact, with
 * an edited lead, with a boilerplate footer, with words changed) and translations that must not
 * count; duplicate pairs are found with precision and recall of at least 0.95, every record is
 * accounted for, and the raw counts keep every copy.
 */
class NearDuplicatesIT {
  @TempDir Path tmp;

  @Test
  void plantedCopiesAreFoundAndCountedBothWays() throws IOException {
    Path generated = tmp.resolve("generated");
    SampleCorpusGenerator.generate(
        new GeneratorConfig(1_500, 3L, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 31)),
        generated);
    List<Document> originals = read(generated);
    PlantedCopies.Result planted = PlantedCopies.plant(originals, 0.4, 0.1, 5L);
    Path corpus = tmp.resolve("with-copies.jsonl");
    write(planted.documents(), corpus);

    Path out = tmp.resolve("out");
    int exit =
        Narrascope.execute(
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
            "3",
            "--master",
            "local[2]");
    assertThat(exit).isZero();

    Set<DocumentPair> predicted = new TreeSet<>();
    for (Map<String, String> c : CsvFiles.read(out.resolve("duplicates.csv"))) {
      List<String> members = new ArrayList<>();
      members.add(c.get("canonical_id"));
      members.addAll(List.of(c.get("copy_ids").split(" ")));
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          predicted.add(DocumentPair.of(members.get(i), members.get(j)));
        }
      }
    }
    Set<DocumentPair> truth = planted.duplicatePairs();
    long hits = predicted.stream().filter(truth::contains).count();
    double precision = (double) hits / predicted.size();
    double recall = (double) hits / truth.size();
    System.out.printf(
        java.util.Locale.ROOT,
        "near-duplicate pairs: %d planted, %d found, precision %.4f, recall %.4f%n",
        truth.size(),
        predicted.size(),
        precision,
        recall);
    assertThat(precision).isGreaterThanOrEqualTo(0.95);
    assertThat(recall).isGreaterThanOrEqualTo(0.95);

    Map<String, String> totals = CsvFiles.read(out.resolve("ingest_report.csv")).get(0);
    long read = Long.parseLong(totals.get("records_read"));
    assertThat(read).isEqualTo(planted.documents().size());
    assertThat(read)
        .isEqualTo(
            Long.parseLong(totals.get("indexed"))
                + Long.parseLong(totals.get("duplicates"))
                + Long.parseLong(totals.get("quarantined")));
    assertThat(Long.parseLong(totals.get("duplicates"))).isGreaterThan(0);

    long raw = 0;
    long deduplicated = 0;
    for (Map<String, String> r : CsvFiles.read(out.resolve("frame_counts.csv"))) {
      assertThat(Long.parseLong(r.get("mentions")))
          .isLessThanOrEqualTo(Long.parseLong(r.get("mentions_raw")));
      raw += Long.parseLong(r.get("mentions_raw"));
      deduplicated += Long.parseLong(r.get("mentions"));
    }
    assertThat(deduplicated).isLessThan(raw);
    assertThat(raw).isEqualTo(CsvFiles.read(out.resolve("concordance.csv")).size());
  }

  private static List<Document> read(Path generated) throws IOException {
    SourceRegistry registry = SourceRegistry.load(generated.resolve("sources.csv"));
    List<Document> docs = new ArrayList<>();
    try (BufferedReader in =
            Files.newBufferedReader(generated.resolve("documents.jsonl"), StandardCharsets.UTF_8);
        JsonLinesRecords records =
            JsonLinesRecords.open(
                in, "documents.jsonl", registry, FieldMapping.identity(), DateParser.standard())) {
      while (records.hasNext()) {
        RecordOutcome o = records.next();
        docs.add(((RecordOutcome.Accepted) o).document());
      }
    }
    return docs;
  }

  private static void write(List<Document> docs, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Document d : docs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("source", d.source());
        m.put("date", d.date().toString());
        if (!d.lang().equals(Document.UNDETERMINED)) {
          m.put("lang", d.lang());
        }
        m.put("title", d.title());
        m.put("text", d.text());
        m.put("url", d.url());
        w.write(json.writeValueAsString(m));
        w.write('\n');
      }
    }
  }
}
