package org.narrascope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.cli.Narrascope;
import org.narrascope.corpus.sample.GeneratorConfig;
import org.narrascope.corpus.sample.SampleCorpusGenerator;

/**
 * The whole pipeline on a generated corpus with planted frames at known counts: Spark in local
 * mode, Lucene shards on disk, real files. Asserts the counts equal the generator's truth exactly,
 * and that the tables do not depend on the number of partitions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineIT {
  static final int DOCS = 5_000;
  static final String[] TABLES = {
    "frame_counts.csv",
    "concordance.csv",
    "frame_vs_baseline.csv",
    "frame_vs_baseline_by_period.csv",
    "duplicates.csv",
    "ingest_report.csv",
    "quarantine/quarantine.csv"
  };

  @TempDir static Path tmp;
  Path corpus;
  Path four;

  @BeforeAll
  void generateAndRunWithFourPartitions() {
    corpus = tmp.resolve("generated");
    SampleCorpusGenerator.generate(
        new GeneratorConfig(DOCS, 7L, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 31)), corpus);
    four = tmp.resolve("four");
    assertThat(run("run", four, 4)).isZero();
  }

  private int run(String command, Path out, int partitions, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                command,
                "--corpus",
                corpus.resolve("documents.jsonl").toString(),
                "--sources",
                corpus.resolve("sources.csv").toString(),
                "--frames",
                Repository.lexicon().toString(),
                "--out",
                out.toString(),
                "--partitions",
                Integer.toString(partitions),
                "--master",
                "local[2]"));
    args.addAll(List.of(more));
    return Narrascope.execute(args.toArray(String[]::new));
  }

  /**
   * The generator plants each mention in one document, so its truth counts every document: the raw
   * columns. Its templated texts make a few distinct documents near-duplicates, so the deduplicated
   * columns may only be lower, never higher.
   */
  @Test
  void rawFrameCountsEqualTheGeneratorsTruthExactly() throws IOException {
    List<Map<String, String>> counted = CsvFiles.read(four.resolve("frame_counts.csv"));
    List<Map<String, String>> truth = CsvFiles.read(corpus.resolve("truth.csv"));
    assertThat(truth).hasSizeGreaterThan(100);
    List<Map<String, String>> raw = new java.util.ArrayList<>();
    for (Map<String, String> row : counted) {
      Map<String, String> r = new java.util.LinkedHashMap<>();
      for (String column : CsvFiles.header(corpus.resolve("truth.csv"))) {
        String mine =
            List.of("frame", "source", "period").contains(column) ? column : column + "_raw";
        r.put(column, row.get(mine));
      }
      raw.add(r);
      for (String column :
          List.of("docs", "docs_with_frame", "mentions", "mentions_quoted", "tokens")) {
        assertThat(Long.parseLong(row.get(column)))
            .isLessThanOrEqualTo(Long.parseLong(row.get(column + "_raw")));
      }
    }
    assertThat(raw).containsExactlyElementsOf(truth);
  }

  @Test
  void everyPlantedMentionIsInTheConcordanceAndNothingElse() throws IOException {
    Map<String, String> planted = new TreeMap<>();
    for (Map<String, String> p : CsvFiles.read(corpus.resolve("planted.csv"))) {
      planted.put(
          key(p.get("doc_id"), p.get("field"), p.get("start"), p.get("frame")), p.get("quoted"));
    }
    Map<String, String> found = new TreeMap<>();
    for (Map<String, String> c : CsvFiles.read(four.resolve("concordance.csv"))) {
      found.put(
          key(c.get("doc_id"), c.get("field"), c.get("start"), c.get("frame")), c.get("quoted"));
    }
    assertThat(found).isEqualTo(planted);
  }

  private static String key(String doc, String field, String start, String frame) {
    return doc + "|" + field + "|" + start + "|" + frame;
  }

  @Test
  void tablesAreByteIdenticalWithOneAndFourPartitions() throws IOException {
    Path one = tmp.resolve("one");
    assertThat(run("run", one, 1)).isZero();
    for (String table : TABLES) {
      assertThat(Files.readAllBytes(one.resolve(table)))
          .as(table)
          .isEqualTo(Files.readAllBytes(four.resolve(table)));
    }
  }

  @Test
  void countOnAnExistingIndexDoesNotReindex() throws IOException {
    Path out = tmp.resolve("recount");
    assertThat(run("run", out, 3, "--no-dedup")).isZero();
    Map<Path, FileTime> before = indexFiles(out.resolve("index"));
    // Without the ingested documents an index could not be rebuilt: count must use the shards.
    deleteTree(out.resolve("documents"));
    Files.delete(out.resolve("frame_counts.csv"));
    assertThat(run("count", out, 3)).isZero();
    assertThat(indexFiles(out.resolve("index"))).isEqualTo(before);
    // Without near-duplicate detection every column equals the truth, raw and deduplicated alike.
    List<Map<String, String>> truth = CsvFiles.read(corpus.resolve("truth.csv"));
    List<Map<String, String>> counted = CsvFiles.read(out.resolve("frame_counts.csv"));
    assertThat(counted).hasSameSizeAs(truth);
    for (int i = 0; i < truth.size(); i++) {
      for (Map.Entry<String, String> cell : truth.get(i).entrySet()) {
        assertThat(counted.get(i).get(cell.getKey())).isEqualTo(cell.getValue());
        if (!List.of("frame", "source", "period").contains(cell.getKey())) {
          assertThat(counted.get(i).get(cell.getKey() + "_raw")).isEqualTo(cell.getValue());
        }
      }
    }
    assertThat(Files.readString(out.resolve("manifest.json"))).doesNotContain("index_documents");
  }

  @Test
  void manifestRecordsInputsVersionsSeedAndRowCounts() throws IOException {
    String manifest = Files.readString(four.resolve("manifest.json"));
    assertThat(manifest)
        .contains("documents.jsonl", "sha256", "lucene", "spark", "smile", "java", "seed")
        .contains("frame_counts.csv", "concordance.csv", "records_read");
    // Each language's chain by id and steps, as index.json recorded it.
    assertThat(manifest)
        .contains("\"analysis\": {", "\"chain\": \"ru:snowball\"", "\"chain\": \"kk:suffix\"")
        .contains("SnowballRussian")
        .doesNotContain("language_chains", "\"unknown\"");
  }

  private static Map<Path, FileTime> indexFiles(Path index) throws IOException {
    Map<Path, FileTime> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(index)) {
      for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
        files.put(index.relativize(p), Files.getLastModifiedTime(p));
      }
    }
    assertThat(files).isNotEmpty();
    return files;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
