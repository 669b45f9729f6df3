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
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.corpus.Document;
import org.narrascope.corpus.dedup.DedupConfig;
import org.narrascope.corpus.dedup.NearDuplicates;
import org.narrascope.corpus.sample.PlantedForms.Form;
import org.narrascope.frames.FrameMatch;
import org.narrascope.frames.FrameMatcher;
import org.narrascope.frames.Lexicon;

/**
 * The discovery planting on the committed sample's config (2,000 documents, seed 20220105): the
 * shipped lexicon finds exactly the planted seed mentions and nothing of the unseen variants, new
 * frames or family contexts; {@code discovery_planted.csv} and {@code discovery_truth.csv} agree
 * with the documents; the committed sample is byte for byte what the generator writes.
 */
class DiscoveryPlantingTest {
  private static final int DOCS = 2000;
  private static final long SEED = 20220105L;
  private static final Path COMMITTED = Path.of("../../corpus/sample/generated");

  @TempDir static Path dir;
  private static GenerationSummary summary;
  private static FrameMatcher matcher;
  private static List<JsonNode> docs;
  private static Map<String, JsonNode> docsById;
  private static Map<String, String> roleOf;
  private static List<CSVRecord> planted;
  private static List<CSVRecord> discoveryPlanted;
  private static List<CSVRecord> discoveryTruth;

  @BeforeAll
  static void generate() throws IOException {
    summary = SampleCorpusGenerator.generate(GeneratorConfig.of(DOCS, SEED), dir);
    matcher =
        FrameMatcher.compile(Lexicon.load(Path.of("../../corpus/frames/kazakhstan-2022.yaml")));
    ObjectMapper json = new ObjectMapper();
    docs = new ArrayList<>();
    docsById = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode doc = json.readTree(line);
      docs.add(doc);
      docsById.put(doc.get("id").asText(), doc);
    }
    roleOf = new HashMap<>();
    SampleSources.ALL.forEach(s -> roleOf.put(s.source(), s.role()));
    planted = csv(dir.resolve("planted.csv"));
    discoveryPlanted = csv(dir.resolve("discovery_planted.csv"));
    discoveryTruth = csv(dir.resolve("discovery_truth.csv"));
  }

  @AfterAll
  static void close() {
    matcher.close();
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
  void theCommittedSampleIsExactlyWhatTheGeneratorWrites() throws IOException {
    for (String file :
        List.of(
            "documents.jsonl",
            "truth.csv",
            "planted.csv",
            "sources.csv",
            "discovery_truth.csv",
            "discovery_planted.csv")) {
      assertThat(Files.readAllBytes(dir.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(COMMITTED.resolve(file)));
    }
  }

  @Test
  void theShippedLexiconFindsExactlyThePlantedSeedMentions() {
    Set<String> expected = new TreeSet<>();
    for (CSVRecord r : planted) {
      expected.add(
          String.join(
              " ",
              r.get("doc_id"),
              r.get("field"),
              r.get("frame"),
              r.get("start"),
              r.get("end"),
              r.get("quoted")));
    }
    Set<String> found = new TreeSet<>();
    for (JsonNode d : docs) {
      String lang = d.has("lang") ? d.get("lang").asText() : FrameMatcher.UNDETERMINED;
      for (String field : List.of("title", "text")) {
        for (FrameMatch m : matcher.find(lang, d.get(field).asText())) {
          found.add(
              String.join(
                  " ",
                  d.get("id").asText(),
                  field,
                  m.frameId(),
                  Integer.toString(m.start()),
                  Integer.toString(m.end()),
                  Boolean.toString(m.quoted())));
        }
      }
    }
    assertThat(found).isEqualTo(expected).hasSize(summary.mentions());
  }

  @Test
  void everyDiscoveryOccurrenceIsAtItsSpanAndOfAKnownPhraseType() {
    Map<String, Form> forms = new HashMap<>();
    DiscoveryForms.ALL.forEach(f -> forms.put(f.family() + "|" + f.lang() + "|" + f.surface(), f));
    Set<List<String>> types = new TreeSet<>(DiscoveryPlantingTest::compare);
    for (CSVRecord r : discoveryPlanted) {
      JsonNode doc = docsById.get(r.get("doc_id"));
      assertThat(doc.get("lang").asText()).isEqualTo(r.get("lang"));
      String field = doc.get(r.get("field")).asText();
      String surface =
          field.substring(Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end")));
      assertThat(surface).isEqualTo(r.get("surface"));
      Form form = forms.get(r.get("family") + "|" + r.get("lang") + "|" + surface);
      assertThat(form).as(r.toString()).isNotNull();
      assertThat(form.kind()).isEqualTo(r.get("kind"));
      types.add(List.of(form.family(), form.kind(), form.lang(), form.phrase()));
    }
    assertThat(discoveryPlanted).hasSize(summary.discoveryMentions()).hasSize(767);

    Map<String, Form> seedForms = new HashMap<>();
    PlantedForms.ALL.forEach(
        f -> seedForms.put(f.family() + "|" + f.lang() + "|" + f.surface(), f));
    for (CSVRecord r : planted) {
      String lang = docsById.get(r.get("doc_id")).get("lang").asText();
      Form form = seedForms.get(r.get("frame") + "|" + lang + "|" + r.get("surface"));
      types.add(List.of(form.family(), form.kind(), form.lang(), form.phrase()));
    }
    List<List<String>> truth = new ArrayList<>();
    for (CSVRecord r : discoveryTruth) {
      truth.add(List.of(r.get("family"), r.get("kind"), r.get("lang"), r.get("phrase")));
    }
    assertThat(truth).isSortedAccordingTo(DiscoveryPlantingTest::compare);
    assertThat(truth).containsExactlyElementsOf(types).hasSize(summary.discoveryTypes());
  }

  @Test
  void discoveryTruthHasTheContractsHeaderAndEveryKindInRussianAndEnglish() throws IOException {
    assertThat(Files.readAllLines(dir.resolve("discovery_truth.csv"), StandardCharsets.UTF_8))
        .first()
        .isEqualTo("family,kind,lang,phrase");
    assertThat(Files.readAllLines(dir.resolve("discovery_planted.csv"), StandardCharsets.UTF_8))
        .first()
        .isEqualTo("doc_id,field,family,kind,lang,start,end,surface");
    Map<String, Integer> typesByKindLang = new TreeMap<>();
    for (CSVRecord r : discoveryTruth) {
      typesByKindLang.merge(r.get("kind") + "/" + r.get("lang"), 1, Integer::sum);
    }
    assertThat(typesByKindLang)
        .isEqualTo(
            Map.ofEntries(
                Map.entry("new_frame/en", 9),
                Map.entry("new_frame/kk", 6),
                Map.entry("new_frame/ru", 9),
                Map.entry("new_frame/uk", 6),
                Map.entry("seed/en", 19),
                Map.entry("seed/kk", 9),
                Map.entry("seed/ru", 18),
                Map.entry("seed/uk", 14),
                Map.entry("unseen_variant/en", 11),
                Map.entry("unseen_variant/kk", 3),
                Map.entry("unseen_variant/ru", 11),
                Map.entry("unseen_variant/uk", 3)));
  }

  @Test
  void noDiscoveryPhraseOccursOutsideItsPlantedSpans() {
    Map<String, List<CSVRecord>> byDoc = new HashMap<>();
    discoveryPlanted.forEach(
        r -> byDoc.computeIfAbsent(r.get("doc_id"), k -> new ArrayList<>()).add(r));
    List<Pattern> phrases = new ArrayList<>();
    for (Form f : DiscoveryForms.ALL) {
      phrases.add(
          Pattern.compile(
              "(?<![\\p{L}\\p{N}])" + Pattern.quote(f.surface()) + "(?![\\p{L}\\p{N}])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    int blanked = 0;
    for (JsonNode d : docs) {
      for (String field : List.of("title", "text")) {
        StringBuilder s = new StringBuilder(d.get(field).asText());
        for (CSVRecord r : byDoc.getOrDefault(d.get("id").asText(), List.of())) {
          if (r.get("field").equals(field)) {
            blanked++;
            for (int k = Integer.parseInt(r.get("start"));
                k < Integer.parseInt(r.get("end"));
                k++) {
              s.setCharAt(k, '_');
            }
          }
        }
        for (Pattern p : phrases) {
          assertThat(p.matcher(s).find()).as(d.get("id") + " " + field + " " + p).isFalse();
        }
      }
    }
    assertThat(blanked).isEqualTo(discoveryPlanted.size());
  }

  @Test
  void officialAndStateMediaSourcesUseTheDiscoveryFamiliesFarMoreThanExperts() {
    Map<String, Integer> docsByRole = new TreeMap<>();
    for (JsonNode d : docs) {
      docsByRole.merge(roleOf.get(d.get("source").asText()), 1, Integer::sum);
    }
    Map<String, Integer> byRole = new TreeMap<>();
    for (CSVRecord r : discoveryPlanted) {
      String role = roleOf.get(docsById.get(r.get("doc_id")).get("source").asText());
      byRole.merge(role, 1, Integer::sum);
    }
    double official =
        (double) (byRole.get("state_media") + byRole.get("official"))
            / (docsByRole.get("state_media") + docsByRole.get("official"));
    double experts = (double) byRole.get("expert_skeptic") / docsByRole.get("expert_skeptic");
    assertThat(official).isGreaterThan(5 * experts);
    assertThat(byRole).containsOnlyKeys(SampleSources.ROLES);
  }

  @Test
  void familyContextsDoNotMakeDistinctDocumentsNearDuplicates() {
    List<Document> documents = new ArrayList<>();
    for (JsonNode d : docs) {
      String url = d.get("url").asText();
      String[] parts = url.split("/", -1);
      documents.add(
          new Document(
              d.get("id").asText(),
              d.get("source").asText(),
              LocalDate.parse(parts[3] + "-" + parts[4] + "-" + parts[5]),
              d.has("lang") ? d.get("lang").asText() : Document.UNDETERMINED,
              d.get("title").asText(),
              d.get("text").asText(),
              url));
    }
    assertThat(NearDuplicates.find(documents, DedupConfig.defaults(SEED))).hasSize(3);
  }

  /**
   * The acceptance runs on at least 20,000 documents: there every planted phrase type of a
   * discovery family occurs at least 30 times, and all of them in official or state-media sources
   * more often per document than in expert-skeptic ones (Ukrainian, which has neither official nor
   * state-media outlets, against independent ones).
   */
  @Test
  void inTwentyThousandDocumentsEveryDiscoveryPhraseTypeOccursAtLeastThirtyTimes(@TempDir Path big)
      throws IOException {
    GenerationSummary large = SampleCorpusGenerator.generate(GeneratorConfig.of(20_000, SEED), big);
    Map<String, Form> forms = new HashMap<>();
    DiscoveryForms.ALL.forEach(f -> forms.put(f.family() + "|" + f.lang() + "|" + f.surface(), f));
    Map<String, Integer> byType = new TreeMap<>();
    for (CSVRecord r : csv(big.resolve("discovery_planted.csv"))) {
      Form f = forms.get(r.get("family") + "|" + r.get("lang") + "|" + r.get("surface"));
      byType.merge(f.lang() + "|" + f.family() + "|" + f.phrase(), 1, Integer::sum);
    }
    assertThat(byType).hasSize(58);
    assertThat(byType.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(30));
    assertThat(large.discoveryMentions()).isEqualTo(7488);
  }

  private static int compare(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
