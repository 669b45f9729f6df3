package org.narrascope.corpus.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.corpus.Document;
import org.narrascope.corpus.dedup.DuplicateClusters.Cluster;
import org.narrascope.corpus.dedup.PlantedCopies.Copy;
import org.narrascope.corpus.dedup.PlantedCopies.Kind;
import org.narrascope.corpus.sample.GeneratorConfig;
import org.narrascope.corpus.sample.SampleCorpusGenerator;

/**
 * Precision and recall of duplicate pairs on generated originals with planted copies. The generator
 * builds every story from a few dozen stock sentences per language, so distinct originals overlap
 * far more than real news does: a hard test of precision.
 */
class DuplicateDetectionTest {
  private static final Pattern URL_DAY = Pattern.compile("/(\\d{4})/(\\d{2})/(\\d{2})/");

  @TempDir static Path dir;
  private static List<Document> originals;
  private static PlantedCopies.Result planted;

  @BeforeAll
  static void plant() throws IOException {
    SampleCorpusGenerator.generate(GeneratorConfig.of(1500, 20220106L), dir);
    originals = read(dir.resolve("documents.jsonl"));
    planted = PlantedCopies.plant(originals, 0.4, 0.1, 77L);
  }

  /**
   * Reads the generator's documents; the day is taken from the URL (the date may be a UTC time).
   */
  private static List<Document> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Document> docs = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      JsonNode d = json.readTree(line);
      String url = d.get("url").asText();
      Matcher m = URL_DAY.matcher(url);
      assertThat(m.find()).as(url).isTrue();
      LocalDate day =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      docs.add(
          new Document(
              d.get("id").asText(),
              d.get("source").asText(),
              day,
              d.has("lang") ? d.get("lang").asText() : Document.UNDETERMINED,
              d.get("title").asText(),
              d.get("text").asText(),
              url));
    }
    return docs;
  }

  private record Score(int truePositives, int predicted, int actual) {
    double precision() {
      return predicted == 0 ? 1 : (double) truePositives / predicted;
    }

    double recall() {
      return actual == 0 ? 1 : (double) truePositives / actual;
    }
  }

  private static Score score(List<Cluster> clusters, Set<DocumentPair> truth) {
    Set<DocumentPair> predicted = new HashSet<>();
    for (Cluster c : clusters) {
      predicted.addAll(c.pairs());
    }
    int tp = 0;
    for (DocumentPair p : predicted) {
      if (truth.contains(p)) {
        tp++;
      }
    }
    return new Score(tp, predicted.size(), truth.size());
  }

  @Test
  void plantedCorpusHasFortyPercentCopiesAndTranslations() {
    int copies = 0;
    Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
    for (Copy c : planted.copies()) {
      kinds.merge(c.kind(), 1, Integer::sum);
      if (c.kind() != Kind.TRANSLATION) {
        copies++;
      }
    }
    int withoutTranslations = planted.documents().size() - kinds.get(Kind.TRANSLATION);
    System.out.printf(
        Locale.ROOT,
        "planted: %d originals, %d copies %s, %d true pairs%n",
        originals.size(),
        copies,
        kinds,
        planted.duplicatePairs().size());
    assertThat(originals).hasSize(1500);
    assertThat(copies).isEqualTo(1000);
    assertThat((double) copies / withoutTranslations).isEqualTo(0.4);
    assertThat(kinds.get(Kind.TRANSLATION)).isEqualTo(150);
    assertThat(kinds.keySet()).containsExactly(Kind.values());
  }

  @Test
  void defaultsFindPlantedCopiesWithPrecisionAndRecallAbove95Percent() {
    List<Cluster> clusters = NearDuplicates.find(planted.documents(), DedupConfig.defaults(42L));
    Score s = score(clusters, planted.duplicatePairs());
    System.out.printf(
        Locale.ROOT,
        "defaults: precision %.4f (%d/%d) recall %.4f (%d/%d), %d clusters%n",
        s.precision(),
        s.truePositives(),
        s.predicted(),
        s.recall(),
        s.truePositives(),
        s.actual(),
        clusters.size());
    assertThat(s.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.recall()).isGreaterThanOrEqualTo(0.95);
  }

  /**
   * The measurement behind the defaults: 3–5 word shingles at thresholds 0.3–0.7. The defaults (k =
   * 5, 0.5) have the best worst-of-precision-and-recall of the grid.
   */
  @Test
  void defaultsAreTheBestOfTheParameterGrid() {
    StringBuilder table = new StringBuilder("k threshold precision recall\n");
    double bestWorst = 0;
    String best = "";
    for (int k : new int[] {3, 4, 5}) {
      for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
        DedupConfig config = DedupConfig.defaults(42L).withShingleSize(k).withThreshold(t);
        Score s = score(NearDuplicates.find(planted.documents(), config), planted.duplicatePairs());
        String row = String.format(Locale.ROOT, "%d %.1f", k, t);
        table.append(String.format(Locale.ROOT, "%s %.4f %.4f%n", row, s.precision(), s.recall()));
        double worst = Math.min(s.precision(), s.recall());
        if (worst > bestWorst) {
          bestWorst = worst;
          best = row;
        }
      }
    }
    System.out.print(table);
    assertThat(best)
        .isEqualTo(
            String.format(
                Locale.ROOT,
                "%d %.1f",
                DedupConfig.DEFAULT_SHINGLE_SIZE,
                DedupConfig.DEFAULT_THRESHOLD));
  }

  @Test
  void translationsAreNeverClustered() {
    List<Cluster> clusters = NearDuplicates.find(planted.documents(), DedupConfig.defaults(42L));
    Set<String> translations = new HashSet<>();
    for (Copy c : planted.copies()) {
      if (c.kind() == Kind.TRANSLATION) {
        translations.add(c.id());
      }
    }
    Set<String> clustered = new HashSet<>();
    clusters.forEach(c -> clustered.addAll(c.memberIds()));
    clustered.retainAll(translations);
    assertThat(translations).hasSize(150);
    assertThat(clustered).isEmpty();
  }

  /**
   * Where a cluster holds an original, the original is canonical. A very short original whose two
   * copies both had their lead replaced can fall below the threshold against each copy while the
   * copies still meet each other: that cluster holds copies only (one such in this corpus).
   */
  @Test
  void originalsAreCanonicalAndCountedOncePerSource() {
    List<Cluster> clusters = NearDuplicates.find(planted.documents(), DedupConfig.defaults(42L));
    List<String> copiesOnly = new ArrayList<>();
    for (Cluster c : clusters) {
      if (c.memberIds().stream().allMatch(id -> id.contains("~c"))) {
        copiesOnly.add(c.canonicalId());
      } else {
        assertThat(c.canonicalId()).doesNotContain("~c");
      }
      assertThat(c.countedIds()).contains(c.canonicalId()).hasSize(c.sources().size());
      assertThat(c.minSimilarity()).isBetween(DedupConfig.DEFAULT_THRESHOLD, 1.0);
    }
    int clustered = clusters.stream().mapToInt(c -> c.copyIds().size() + 1).sum();
    int counted = clusters.stream().mapToInt(c -> c.countedIds().size()).sum();
    assertThat(DuplicateClusters.uncountedIds(clusters)).hasSize(clustered - counted);
    assertThat(copiesOnly).containsExactly("gen-000996~c1");
  }
}
