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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.analysis.WordCount;
import org.narrascope.corpus.sample.PlantedForms.Form;

class SampleCorpusGeneratorTest {
  private static final int DOCS = 3000;
  private static final String QUOTES = "«»“”„\"‘’‚";

  /** The one hard negative that contains a planted form on purpose. */
  private static final String FIGHTER_JETS = "foreign fighter jets";

  @TempDir static Path dir;
  private static GenerationSummary summary;
  private static List<JsonNode> docs;
  private static Map<String, JsonNode> docsById;
  private static List<CSVRecord> planted;
  private static List<CSVRecord> truth;

  @BeforeAll
  static void generate() throws IOException {
    summary = SampleCorpusGenerator.generate(GeneratorConfig.of(DOCS, 20220105L), dir);
    ObjectMapper json = new ObjectMapper();
    docs = new ArrayList<>();
    docsById = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode doc = json.readTree(line);
      docs.add(doc);
      docsById.put(doc.get("id").asText(), doc);
    }
    planted = csv(dir.resolve("planted.csv"));
    truth = csv(dir.resolve("truth.csv"));
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    }
  }

  @Test
  void sameConfigTwiceGivesByteIdenticalFilesAndAnotherSeedDifferentOnes(@TempDir Path tmp)
      throws IOException {
    GeneratorConfig config =
        new GeneratorConfig(400, 7L, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 31));
    SampleCorpusGenerator.generate(config, tmp.resolve("a"));
    SampleCorpusGenerator.generate(config, tmp.resolve("b"));
    SampleCorpusGenerator.generate(GeneratorConfig.of(400, 8L), tmp.resolve("c"));
    for (String file : List.of("documents.jsonl", "truth.csv", "planted.csv", "sources.csv")) {
      assertThat(Files.readAllBytes(tmp.resolve("a").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(file)));
    }
    for (String file : List.of("documents.jsonl", "truth.csv", "planted.csv")) {
      assertThat(Files.readAllBytes(tmp.resolve("a").resolve(file)))
          .as(file)
          .isNotEqualTo(Files.readAllBytes(tmp.resolve("c").resolve(file)));
    }
  }

  @Test
  void writesTheRegistryOfSourcesMd() throws IOException {
    assertThat(Files.readString(dir.resolve("sources.csv"), StandardCharsets.UTF_8))
        .startsWith(
            "source,role,country,lang,tz\nseverny_telegraf,state_media,RU,ru,Europe/Moscow\n")
        .endsWith("almaty_citizen_channel,other,KZ,ru,Asia/Almaty\n")
        .hasLineCount(15);
  }

  @Test
  void everyDocumentParsesWithTheRequiredKeysAndItsDateIsTheUrlDayInTheSourceZone() {
    assertThat(docs).hasSize(DOCS);
    Map<String, ZoneId> zones = new HashMap<>();
    SampleSources.ALL.forEach(s -> zones.put(s.source(), s.tz()));
    int withoutLang = 0;
    int dateTimes = 0;
    Set<String> ids = new HashSet<>();
    for (JsonNode doc : docs) {
      assertThat(doc.has("id") && doc.has("source") && doc.has("date") && doc.has("title"))
          .isTrue();
      assertThat(doc.has("text") && doc.has("url")).isTrue();
      assertThat(ids.add(doc.get("id").asText())).isTrue();
      if (doc.has("lang")) {
        assertThat(doc.get("lang").asText()).isIn("ru", "uk", "kk", "en");
      } else {
        withoutLang++;
      }
      String date = doc.get("date").asText();
      LocalDate day;
      if (date.length() == 10) {
        day = LocalDate.parse(date);
      } else {
        dateTimes++;
        day =
            OffsetDateTime.parse(date)
                .atZoneSameInstant(zones.get(doc.get("source").asText()))
                .toLocalDate();
      }
      String url = doc.get("url").asText();
      assertThat(url).contains("/" + day.toString().replace('-', '/') + "/").startsWith("https://");
      int words = new WordCount().of(doc.get("title").asText());
      assertThat(words).isBetween(5, 12);
      int bytes = doc.get("text").asText().getBytes(StandardCharsets.UTF_8).length;
      assertThat(bytes).isBetween(280, 3000);
    }
    assertThat(withoutLang).isBetween(DOCS / 100, DOCS * 35 / 1000);
    assertThat(dateTimes).isBetween(DOCS * 17 / 100, DOCS * 23 / 100);
  }

  @Test
  void coversEverySourceRoleAndEveryFrameInEveryLanguage() {
    Set<String> sources = new TreeSet<>();
    docs.forEach(d -> sources.add(d.get("source").asText()));
    assertThat(sources).hasSize(14);
    Set<String> roles = new TreeSet<>();
    SampleSources.ALL.forEach(s -> roles.add(s.role()));
    assertThat(roles).hasSize(5);

    Map<String, Integer> byFrameLang = new TreeMap<>();
    for (CSVRecord r : planted) {
      String lang = docsById.get(r.get("doc_id")).get("lang").asText();
      byFrameLang.merge(r.get("frame") + "/" + lang, 1, Integer::sum);
    }
    for (String frame : PlantedForms.FRAMES) {
      for (String lang : NewsLanguages.LANGS) {
        assertThat(byFrameLang.getOrDefault(frame + "/" + lang, 0))
            .as(frame + "/" + lang)
            .isPositive();
      }
    }
  }

  @Test
  void officialFramesDominateOfficialRolesAndSkepticFramesTheExpertsButNoCellIsEmpty() {
    Map<String, String> roleOf = new HashMap<>();
    SampleSources.ALL.forEach(s -> roleOf.put(s.source(), s.role()));
    Map<String, int[]> byRole = new TreeMap<>(); // role -> {docs, official, skeptic}
    Map<String, Integer> cells = new TreeMap<>();
    for (JsonNode d : docs) {
      byRole.computeIfAbsent(roleOf.get(d.get("source").asText()), r -> new int[3])[0]++;
    }
    for (CSVRecord r : planted) {
      String role = roleOf.get(docsById.get(r.get("doc_id")).get("source").asText());
      boolean official = PlantedForms.OFFICIAL_FRAMES.contains(r.get("frame"));
      byRole.get(role)[official ? 1 : 2]++;
      cells.merge(r.get("frame") + "/" + role, 1, Integer::sum);
    }
    for (String frame : PlantedForms.FRAMES) {
      for (String role : SampleSources.ROLES) {
        assertThat(cells.getOrDefault(frame + "/" + role, 0)).as(frame + "/" + role).isPositive();
      }
    }
    double stateOfficial = (double) byRole.get("state_media")[1] / byRole.get("state_media")[0];
    double expertOfficial =
        (double) byRole.get("expert_skeptic")[1] / byRole.get("expert_skeptic")[0];
    double stateSkeptic = (double) byRole.get("state_media")[2] / byRole.get("state_media")[0];
    double expertSkeptic =
        (double) byRole.get("expert_skeptic")[2] / byRole.get("expert_skeptic")[0];
    assertThat(stateOfficial).isGreaterThan(1.5 * expertOfficial);
    assertThat(expertSkeptic).isGreaterThan(4 * stateSkeptic);
  }

  @Test
  void truthIsCompleteSortedAndAgreesWithDocumentsAndPlantedRows() {
    Map<String, ZoneId> zones = new HashMap<>();
    SampleSources.ALL.forEach(s -> zones.put(s.source(), s.tz()));
    // Recompute every cell from the documents and planted.csv.
    Map<String, long[]> expected = new TreeMap<>(); // frame|source|day -> docs,with,ment,quoted,tok
    Map<String, String> cellOfDoc = new HashMap<>();
    Map<String, Long> tokens = new TreeMap<>();
    Map<String, Integer> docCount = new TreeMap<>();
    WordCount words = new WordCount();
    for (JsonNode d : docs) {
      String url = d.get("url").asText();
      String[] parts = url.split("/", -1);
      String day = parts[3] + "-" + parts[4] + "-" + parts[5];
      String key = d.get("source").asText() + "|" + day;
      cellOfDoc.put(d.get("id").asText(), key);
      tokens.merge(
          key,
          (long) words.of(d.get("title").asText()) + words.of(d.get("text").asText()),
          Long::sum);
      docCount.merge(key, 1, Integer::sum);
    }
    for (String frame : PlantedForms.FRAMES) {
      for (String key : docCount.keySet()) {
        expected.put(frame + "|" + key, new long[] {docCount.get(key), 0, 0, 0, tokens.get(key)});
      }
    }
    Set<String> docFrames = new HashSet<>();
    for (CSVRecord r : planted) {
      long[] cell = expected.get(r.get("frame") + "|" + cellOfDoc.get(r.get("doc_id")));
      if (docFrames.add(r.get("frame") + "|" + r.get("doc_id"))) {
        cell[1]++;
      }
      cell[2]++;
      if (Boolean.parseBoolean(r.get("quoted"))) {
        cell[3]++;
      }
    }
    assertThat(truth).hasSize(expected.size()).hasSize(summary.truthRows());
    List<String> order = new ArrayList<>();
    int i = 0;
    long mentions = 0;
    long quoted = 0;
    long docsOfFirstFrame = 0;
    for (Map.Entry<String, long[]> e : expected.entrySet()) {
      CSVRecord row = truth.get(i++);
      String key = row.get("frame") + "|" + row.get("source") + "|" + row.get("period");
      order.add(key);
      assertThat(key).isEqualTo(e.getKey());
      long[] v = e.getValue();
      assertThat(
              new long[] {
                Long.parseLong(row.get("docs")),
                Long.parseLong(row.get("docs_with_frame")),
                Long.parseLong(row.get("mentions")),
                Long.parseLong(row.get("mentions_quoted")),
                Long.parseLong(row.get("tokens"))
              })
          .as(key)
          .containsExactly(v);
      mentions += v[2];
      quoted += v[3];
      if (row.get("frame").equals("color_revolution")) {
        docsOfFirstFrame += v[0];
      }
    }
    assertThat(order).isSorted();
    assertThat(mentions).isEqualTo(planted.size()).isEqualTo(summary.mentions());
    assertThat(quoted).isEqualTo(summary.quotedMentions());
    assertThat(docsOfFirstFrame).isEqualTo(DOCS);
    assertThat((double) quoted / mentions).isBetween(0.22, 0.4);
    assertThat(planted.stream().filter(r -> r.get("field").equals("title")).count())
        .isGreaterThan(planted.size() / 20);
  }

  @Test
  void everyPlantedSpanIsExactQuotedOnesAreWrappedAndAuthorialParagraphsHaveNoQuotes() {
    Map<String, Set<String>> framesBySentence = new HashMap<>();
    for (CSVRecord r : planted) {
      JsonNode doc = docsById.get(r.get("doc_id"));
      String field = doc.get(r.get("field")).asText();
      int start = Integer.parseInt(r.get("start"));
      int end = Integer.parseInt(r.get("end"));
      assertThat(field.substring(start, end)).isEqualTo(r.get("surface"));
      if (Boolean.parseBoolean(r.get("quoted"))) {
        assertThat(QUOTES).contains(field.substring(start - 1, start));
        assertThat(QUOTES).contains(field.substring(end, end + 1));
      } else {
        int from = field.lastIndexOf("\n\n", start);
        int to = field.indexOf("\n\n", end);
        String paragraph = field.substring(from < 0 ? 0 : from, to < 0 ? field.length() : to);
        for (char q : QUOTES.toCharArray()) {
          assertThat(paragraph).as(r.toString()).doesNotContain(String.valueOf(q));
        }
      }
      // No sentence boundary inside the span.
      assertThat(r.get("surface")).doesNotContain(".", "!", "?", "…", "\n");
      // Never two mentions in one sentence: each carrier holds one.
      int sentenceStart = Math.max(field.lastIndexOf(". ", start), field.lastIndexOf("\n", start));
      String sentenceKey = r.get("doc_id") + r.get("field") + sentenceStart;
      assertThat(framesBySentence.computeIfAbsent(sentenceKey, k -> new HashSet<>()).add("x"))
          .as(sentenceKey)
          .isTrue();
    }
  }

  @Test
  void distractorsArePlantedAndNothingButThePlantedSpansHoldAFrameForm() {
    Map<String, Integer> distractors = new TreeMap<>();
    List<String> markers =
        List.of(
            "Майдан Незалежн",
            "новые технологии",
            "нові технології",
            "new technologies",
            "Иностранные журналисты",
            "Іноземні журналісти",
            "Foreign journalists",
            "Шетелдік журналистер",
            "террористической угрозы",
            "terrorist threat",
            "foreign fighter jets",
            "газовая плита",
            "gas stove",
            "gas station",
            "борьба с коррупцией",
            "Боротьба з корупцією",
            "революция изменила",
            "industrial revolution",
            "An attempt",
            "газ плитасы",
            "жаңа технологияларды",
            "Майдан алаңы");
    String all = String.join("\n", docs.stream().map(d -> d.get("text").asText()).toList());
    for (String m : markers) {
      distractors.put(m, count(all, m));
    }
    assertThat(distractors.values()).allSatisfy(n -> assertThat(n).isPositive());
    assertThat(summary.distractors()).isGreaterThan(DOCS / 5);

    // Blank out the planted spans (and the by-design "foreign fighter jets"): no form may remain.
    Map<String, List<CSVRecord>> byDoc = new HashMap<>();
    planted.forEach(r -> byDoc.computeIfAbsent(r.get("doc_id"), k -> new ArrayList<>()).add(r));
    List<Pattern> forms = formPatterns(PlantedForms.ALL);
    for (JsonNode d : docs) {
      for (String field : List.of("title", "text")) {
        StringBuilder s = new StringBuilder(d.get(field).asText());
        for (CSVRecord r : byDoc.getOrDefault(d.get("id").asText(), List.of())) {
          if (r.get("field").equals(field)) {
            for (int k = Integer.parseInt(r.get("start"));
                k < Integer.parseInt(r.get("end"));
                k++) {
              s.setCharAt(k, '_');
            }
          }
        }
        String rest = s.toString().replace(FIGHTER_JETS, "_");
        for (Pattern p : forms) {
          assertThat(p.matcher(rest).find()).as(d.get("id") + " " + field + " " + p).isFalse();
        }
      }
    }
  }

  @Test
  void noFillerDistractorOrCarrierTemplateContainsAFrameForm() {
    List<Pattern> forms = formPatterns(allForms());
    for (String lang : NewsLanguages.LANGS) {
      NewsLanguage l = NewsLanguages.of(lang);
      List<String> texts = new ArrayList<>();
      texts.addAll(l.fillers());
      texts.addAll(l.distractors());
      texts.addAll(l.titles());
      l.carriers().forEach(t -> texts.add(t.text()));
      l.titleCarriers().forEach(t -> texts.add(t.text()));
      FamilyContexts.ALL.stream()
          .filter(c -> c.lang().equals(lang))
          .forEach(c -> texts.add(c.text()));
      texts.addAll(l.speakers());
      texts.addAll(l.cities());
      texts.addAll(l.inCities());
      for (String t : texts) {
        String rest = t.replace(FIGHTER_JETS, "_");
        for (char q : QUOTES.toCharArray()) {
          assertThat(t).as(lang).doesNotContain(String.valueOf(q));
        }
        for (Pattern p : forms) {
          assertThat(p.matcher(rest).find()).as(lang + ": " + t + " ~ " + p).isFalse();
        }
      }
    }
  }

  @Test
  void everyFormFitsACarrierAndEveryFrameHasFormsInEveryLanguage() {
    for (String frame : PlantedForms.FRAMES) {
      for (String lang : NewsLanguages.LANGS) {
        List<Form> forms = PlantedForms.of(frame, lang);
        assertThat(forms).as(frame + "/" + lang).hasSizeGreaterThanOrEqualTo(3);
        for (Form f : forms) {
          assertThat(NewsLanguages.of(lang).carriers())
              .as(f.toString())
              .anySatisfy(t -> assertThat(f.cases()).contains(t.slot()));
        }
      }
    }
    assertThat(PlantedForms.ALL).noneMatch(f -> f.surface().contains("из-за рубежа"));
  }

  /** Seed forms and discovery phrases: none may stand in a filler, carrier or context. */
  private static List<Form> allForms() {
    List<Form> all = new ArrayList<>(PlantedForms.ALL);
    all.addAll(DiscoveryForms.ALL);
    return all;
  }

  private static List<Pattern> formPatterns(List<Form> forms) {
    List<Pattern> patterns = new ArrayList<>();
    for (Form f : forms) {
      patterns.add(
          Pattern.compile(
              "(?<![\\p{L}\\p{N}])" + Pattern.quote(f.surface()) + "(?![\\p{L}\\p{N}])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    return patterns;
  }

  private static int count(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
