package org.narrascope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.cli.Narrascope;

/**
 * {@code narrascope kwic} on an index the pipeline built from the hand-written articles: its lines
 * are exactly the mentions a human coder marked, frame by frame and with source and language
 * filters, and it reads the index without Spark.
 */
class KwicIT {
  static final List<String> FRAMES =
      List.of(
          "maidan_technologies",
          "foreign_fighters",
          "terrorist_gangs",
          "coup_attempt",
          "color_revolution",
          "elite_power_struggle",
          "gas_prices");

  @TempDir static Path out;
  static Path dir;
  static Map<String, JsonNode> articles = new HashMap<>();

  @BeforeAll
  static void indexTheHandwrittenArticles() throws IOException {
    dir = Repository.root().resolve("corpus/sample/handwritten");
    int exit =
        Narrascope.execute(
            "run",
            "--corpus",
            dir.resolve("articles.jsonl").toString(),
            "--sources",
            Repository.sources().toString(),
            "--frames",
            Repository.lexicon().toString(),
            "--out",
            out.toString(),
            "--partitions",
            "2",
            "--master",
            "local[2]");
    assertThat(exit).isZero();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode article = json.readTree(line);
      articles.put(article.get("id").asText(), article);
    }
  }

  @Test
  void everyFramesLinesAreTheHandMarkedMentionsInDocumentOrder() throws IOException {
    int total = 0;
    for (String frame : FRAMES) {
      List<String> expected = marked(frame, Set.of(), Set.of());
      Output kwic = kwic("--frame", frame, "--format", "csv", "--limit", "0");
      assertThat(kwic.exit()).as(frame).isZero();
      assertThat(lines(kwic.stdout())).as(frame).containsExactlyElementsOf(expected);
      assertThat(kwic.stderr())
          .as(frame)
          .startsWith(expected.size() + " of " + expected.size() + " matches in ")
          .contains(" documents, 2 shards, ");
      total += expected.size();
    }
    assertThat(total).isEqualTo(111);
  }

  @Test
  void sourceAndLanguageFiltersKeepExactlyTheirMentions() throws IOException {
    Set<String> sources = Set.of("vestnik_centra", "kyiv_security_forum", "dala_tv");
    Set<String> langs = Set.of("ru", "uk");
    List<String> expected = marked("coup_attempt", sources, langs);
    Output kwic =
        kwic(
            "--frame",
            "coup_attempt",
            "--source",
            "vestnik_centra",
            "--source",
            "kyiv_security_forum",
            "--source",
            "dala_tv",
            "--lang",
            "ru",
            "--lang",
            "uk",
            "--format",
            "csv");
    assertThat(kwic.exit()).isZero();
    assertThat(lines(kwic.stdout()))
        .containsExactlyElementsOf(expected)
        .containsExactly(
            "hw-ru-06|text|287|323|false|попыткой государственного переворота",
            "hw-ru-06|text|840|858|true|попытка переворота",
            "hw-uk-04|text|204|233|true|спробою державного перевороту",
            "hw-uk-06|text|594|611|true|спробу перевороту");
  }

  @Test
  void textLinesAlignTheMatchAndEndWithTheFooter() throws IOException {
    Output kwic =
        kwic(
            "--frame",
            "gas_prices",
            "--lang",
            "en",
            "--authorial",
            "--width",
            "20",
            "--sort",
            "right");
    assertThat(kwic.exit()).isZero();
    List<String> lines = kwic.stdout().lines().toList();
    List<String> expected = marked("gas_prices", Set.of(), Set.of("en"));
    long authorial = expected.stream().filter(l -> l.contains("|false|")).count();
    assertThat(lines).hasSize((int) authorial + 1);
    assertThat(lines.get(lines.size() - 1))
        .startsWith(authorial + " of " + authorial + " matches in ")
        .contains(" documents, 2 shards, ");
    // Every match starts in the same column: metadata (quoted mark, stance, speaker) padded, left
    // context right-aligned to 20 characters.
    java.util.Set<Integer> matchColumns = new java.util.TreeSet<>();
    for (String line : lines.subList(0, lines.size() - 1)) {
      int left = line.codePointCount(0, line.indexOf("  -  ") + 5);
      int match = line.codePointCount(0, line.indexOf(" «")) + 1;
      assertThat(match - left).as(line).isGreaterThanOrEqualTo(21);
      matchColumns.add(match);
    }
    assertThat(matchColumns).hasSize(1);
    assertThat(
            lines.subList(0, lines.size() - 1).stream()
                .map(l -> l.codePointCount(0, l.indexOf("  -  ")))
                .distinct())
        .hasSize(1);
  }

  @Test
  void aMissingIndexIsAnErrorNamingItsPath() {
    Output kwic = kwic("--frame", "coup_attempt", "--index", out.resolve("nowhere").toString());
    assertThat(kwic.exit()).isEqualTo(2);
    assertThat(kwic.stderr())
        .contains(
            "no complete index at " + out.resolve("nowhere") + " (its index.json is missing)");
  }

  /** The hand-marked mentions of {@code frame} as "doc|field|start|end|quoted|surface". */
  private static List<String> marked(String frame, Set<String> sources, Set<String> langs)
      throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Map<String, String> m : CsvFiles.read(dir.resolve("mentions.csv"))) {
      JsonNode article = articles.get(m.get("doc_id"));
      if (m.get("frame").equals(frame)
          && (sources.isEmpty() || sources.contains(article.get("source").asText()))
          && (langs.isEmpty() || langs.contains(article.get("lang").asText()))) {
        rows.add(m);
      }
    }
    rows.sort(
        Comparator.<Map<String, String>, String>comparing(m -> m.get("doc_id"))
            .thenComparing(m -> m.get("field").equals("title") ? 0 : 1)
            .thenComparingInt(m -> Integer.parseInt(m.get("start"))));
    return rows.stream()
        .map(
            m ->
                String.join(
                    "|",
                    m.get("doc_id"),
                    m.get("field"),
                    m.get("start"),
                    m.get("end"),
                    m.get("quoted"),
                    m.get("surface")))
        .toList();
  }

  private static List<String> lines(String csv) throws IOException {
    List<String> lines = new ArrayList<>();
    for (CSVRecord r :
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))) {
      lines.add(
          String.join(
              "|",
              r.get("doc_id"),
              r.get("field"),
              r.get("start"),
              r.get("end"),
              r.get("quoted"),
              r.get("match")));
    }
    return lines;
  }

  private record Output(int exit, String stdout, String stderr) {}

  private static Output kwic(String... args) {
    List<String> argv = new ArrayList<>(List.of("kwic", "--out", out.toString()));
    argv.addAll(List.of("--frames", Repository.lexicon().toString()));
    argv.addAll(List.of(args));
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
    try {
      int exit = Narrascope.execute(argv.toArray(String[]::new));
      return new Output(
          exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
  }
}
