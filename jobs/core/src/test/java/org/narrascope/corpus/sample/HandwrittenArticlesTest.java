package org.narrascope.corpus.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.corpus.Document;

/**
 * Guards the hand-marked sample articles: the pipeline's integration test trusts these offsets
 * blindly, so a drifted offset or a missing key must fail here, next to the data, not there.
 */
class HandwrittenArticlesTest {
  private static final Path DIR = Path.of("../../corpus/sample/handwritten");
  private static final List<String> KEYS =
      List.of("id", "source", "date", "lang", "title", "text", "url");
  private static final Set<String> FRAMES =
      Set.of(
          "maidan_technologies",
          "foreign_fighters",
          "terrorist_gangs",
          "coup_attempt",
          "color_revolution",
          "elite_power_struggle",
          "gas_prices");
  private static final List<String> LANGS = List.of("ru", "uk", "kk", "en");

  private static List<JsonNode> lines;
  private static Map<String, Document> docs;
  private static List<CSVRecord> mentions;

  @BeforeAll
  static void load() throws IOException {
    ObjectMapper json = new ObjectMapper();
    lines = new ArrayList<>();
    for (String line : Files.readAllLines(DIR.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
      lines.add(json.readTree(line));
    }
    docs = new HashMap<>();
    for (JsonNode n : lines) {
      docs.put(
          n.path("id").asText(),
          new Document(
              n.path("id").asText(),
              n.path("source").asText(),
              LocalDate.parse(n.path("date").asText()),
              n.path("lang").asText(),
              n.path("title").asText(),
              n.path("text").asText(),
              n.path("url").asText()));
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(DIR.resolve("mentions.csv"), StandardCharsets.UTF_8)) {
      mentions = format.parse(in).getRecords();
    }
  }

  @Test
  void everyLineHasEveryKeyAsNonBlankText() {
    for (JsonNode n : lines) {
      for (String key : KEYS) {
        assertThat(n.path(key).isTextual()).as("%s in %s", key, n.path("id")).isTrue();
        assertThat(n.path(key).asText()).as("%s in %s", key, n.path("id")).isNotBlank();
      }
    }
  }

  @Test
  void idsAreUniqueAndNameTheirLanguage() {
    assertThat(docs).hasSameSizeAs(lines);
    for (Document d : docs.values()) {
      assertThat(d.id()).startsWith("hw-" + d.lang() + "-");
    }
  }

  @Test
  void datesFallInJanuary2022AndUrlsAreFictional() {
    for (Document d : docs.values()) {
      assertThat(d.date()).isBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 31));
      assertThat(d.url()).matches("https://[a-z0-9-]+\\.example/.+");
    }
  }

  @Test
  void thereAreAtLeast24ArticlesAndSixPerLanguage() {
    assertThat(docs).hasSizeGreaterThanOrEqualTo(24);
    Map<String, Integer> perLang = new TreeMap<>();
    docs.values().forEach(d -> perLang.merge(d.lang(), 1, Integer::sum));
    assertThat(perLang.keySet()).containsExactlyInAnyOrderElementsOf(LANGS);
    assertThat(perLang.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(6));
  }

  @Test
  void everyRowPointsAtItsSurfaceInsideItsField() {
    for (CSVRecord r : mentions) {
      Document d = docs.get(r.get("doc_id"));
      assertThat(d).as("document of row %d", r.getRecordNumber()).isNotNull();
      String field =
          switch (r.get("field")) {
            case "title" -> d.title();
            case "text" -> d.text();
            default -> throw new AssertionError("field " + r.get("field"));
          };
      int start = Integer.parseInt(r.get("start"));
      int end = Integer.parseInt(r.get("end"));
      assertThat(start).as("row %d", r.getRecordNumber()).isBetween(0, end - 1);
      assertThat(end).as("row %d", r.getRecordNumber()).isLessThanOrEqualTo(field.length());
      assertThat(field.substring(start, end)).isEqualTo(r.get("surface"));
      assertThat(r.get("frame")).isIn(FRAMES);
      assertThat(r.get("quoted")).isIn("true", "false");
    }
  }

  @Test
  void spansRunFromLetterToLetterWithinOneSentence() {
    for (CSVRecord r : mentions) {
      String s = r.get("surface");
      assertThat(Character.isLetterOrDigit(s.codePointAt(0))).as(s).isTrue();
      assertThat(Character.isLetterOrDigit(s.codePointBefore(s.length()))).as(s).isTrue();
      assertThat(s).as("sentence boundary inside %s", s).doesNotContainPattern("[.!?…\\n]");
    }
  }

  @Test
  void mentionsOfOneFrameNeverOverlap() {
    Map<String, List<CSVRecord>> byFieldAndFrame = new HashMap<>();
    for (CSVRecord r : mentions) {
      byFieldAndFrame
          .computeIfAbsent(
              r.get("doc_id") + "/" + r.get("field") + "/" + r.get("frame"), k -> new ArrayList<>())
          .add(r);
    }
    for (List<CSVRecord> group : byFieldAndFrame.values()) {
      for (CSVRecord a : group) {
        for (CSVRecord b : group) {
          boolean overlap =
              a != b
                  && Integer.parseInt(a.get("start")) < Integer.parseInt(b.get("end"))
                  && Integer.parseInt(b.get("start")) < Integer.parseInt(a.get("end"));
          assertThat(overlap).as("%s overlaps %s", a, b).isFalse();
        }
      }
    }
  }

  @Test
  void thereAreAtLeast80MentionsAndEveryFrameInEveryLanguage() {
    assertThat(mentions).hasSizeGreaterThanOrEqualTo(80);
    Map<String, Set<String>> framesPerLang = new TreeMap<>();
    for (CSVRecord r : mentions) {
      String lang = docs.get(r.get("doc_id")).lang();
      framesPerLang.computeIfAbsent(lang, k -> new TreeSet<>()).add(r.get("frame"));
    }
    for (String lang : LANGS) {
      assertThat(framesPerLang.get(lang)).as(lang).containsExactlyInAnyOrderElementsOf(FRAMES);
    }
  }

  @Test
  void bothQuotedAndAuthorialMentionsArePresent() {
    assertThat(mentions).anyMatch(r -> r.get("quoted").equals("true"));
    assertThat(mentions).anyMatch(r -> r.get("quoted").equals("false"));
  }
}
