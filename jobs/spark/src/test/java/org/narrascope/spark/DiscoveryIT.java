package org.narrascope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.cli.Narrascope;
import org.narrascope.corpus.sample.GeneratorConfig;
import org.narrascope.corpus.sample.SampleCorpusGenerator;
import org.narrascope.discovery.ClusterQuality;
import org.narrascope.discovery.Discovery;
import org.narrascope.discovery.DiscoveryTruth;
import org.narrascope.discovery.PhraseKey;
import org.narrascope.frames.Lexicon;

/**
 * Issue 5's acceptance: discovery on a generated corpus of 20,000 documents with planted unseen
 * variants and new frames, through ingest, index and discover with one and with four shards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscoveryIT {
  static final int DOCS = 20_000;
  static final String[] OUTPUTS = {
    "phrase_candidates.csv", "phrase_clusters.csv", "lexicon_suggestions.yaml"
  };

  @TempDir static Path tmp;
  Path corpus;
  Path ingested;
  Path one;
  Path four;
  DiscoveryTruth truth;

  @BeforeAll
  void generateIngestIndexAndDiscover() {
    corpus = tmp.resolve("generated");
    SampleCorpusGenerator.generate(GeneratorConfig.of(DOCS, 7L), corpus);
    truth = DiscoveryTruth.load(corpus.resolve("discovery_truth.csv"));
    ingested = tmp.resolve("ingested");
    assertThat(
            run(
                "ingest",
                "--corpus",
                corpus.resolve("documents.jsonl").toString(),
                "--out",
                ingested.toString(),
                "--no-dedup"))
        .isZero();
    one = discover(1);
    four = discover(4);
  }

  private Path discover(int partitions) {
    String index = ingested.resolve("index" + partitions).toString();
    String n = Integer.toString(partitions);
    assertThat(run("index", "--out", ingested.toString(), "--index", index, "--partitions", n))
        .isZero();
    Path out = tmp.resolve("discover" + partitions);
    assertThat(run("discover", "--out", out.toString(), "--index", index, "--partitions", n))
        .isZero();
    return out;
  }

  private int run(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(List.of(more));
    args.addAll(
        List.of(
            "--sources",
            corpus.resolve("sources.csv").toString(),
            "--frames",
            Repository.lexicon().toString(),
            "--master",
            "local[2]"));
    return Narrascope.execute(args.toArray(String[]::new));
  }

  @Test
  void outputsAreByteIdenticalWithOneAndFourShards() throws IOException {
    for (String file : OUTPUTS) {
      assertThat(Files.readAllBytes(one.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(four.resolve(file)));
    }
  }

  @Test
  void unseenVariantsAreAmongTheTopHundredOfTheirLanguage() throws IOException {
    Map<String, List<String>> top = new TreeMap<>();
    for (Map<String, String> row : CsvFiles.read(four.resolve("phrase_candidates.csv"))) {
      List<String> keys = top.computeIfAbsent(row.get("lang"), l -> new ArrayList<>());
      if (keys.size() < 100) {
        keys.add(PhraseKey.of(row.get("lang"), row.get("phrase")));
      }
    }
    int unseen = 0;
    int found = 0;
    List<String> missed = new ArrayList<>();
    for (DiscoveryTruth.Entry e : truth.entries()) {
      if (e.kind().equals("unseen_variant")) {
        unseen++;
        if (top.getOrDefault(e.lang(), List.of()).contains(e.key())) {
          found++;
        } else {
          missed.add(e.lang() + ":" + e.phrase());
        }
      }
    }
    System.out.printf(
        Locale.ROOT, "unseen variants in the top 100: %d/%d, missed %s%n", found, unseen, missed);
    // Acceptance: at least 80 %; measured: all 28 (every language's top 100 holds them all).
    assertThat(unseen).isEqualTo(28);
    assertThat(found).isEqualTo(28);
  }

  @Test
  void clustersMatchThePlantedFamilies() throws IOException {
    List<String> clusters = new ArrayList<>();
    List<String> families = new ArrayList<>();
    List<String> pooled = new ArrayList<>();
    Map<String, Set<String>> clustersOfNewFrame = new TreeMap<>();
    Map<String, Set<String>> familiesOfCluster = new TreeMap<>();
    Map<String, String> nearest = new TreeMap<>();
    for (Map<String, String> row : CsvFiles.read(four.resolve("phrase_clusters.csv"))) {
      String lang = row.get("lang");
      var entry = truth.find(lang, PhraseKey.of(lang, row.get("phrase")));
      if (entry.isEmpty()) {
        continue;
      }
      String cluster = row.get("cluster");
      clusters.add(cluster);
      families.add(entry.get().family() + "@" + lang);
      pooled.add(entry.get().family());
      nearest.put(cluster, row.get("nearest_frame"));
      familiesOfCluster.computeIfAbsent(cluster, c -> new TreeSet<>()).add(entry.get().family());
      if (entry.get().kind().equals("new_frame")) {
        clustersOfNewFrame
            .computeIfAbsent(entry.get().family() + "@" + lang, f -> new TreeSet<>())
            .add(cluster);
      }
    }
    double purity = ClusterQuality.purity(clusters, families);
    double nmi = ClusterQuality.nmi(clusters, families);
    System.out.printf(
        Locale.ROOT,
        "clustered planted phrases %d: purity %.6f, NMI %.6f (pooled over languages %.6f)%n",
        clusters.size(),
        purity,
        nmi,
        ClusterQuality.nmi(clusters, pooled));
    // Acceptance: purity >= 0.9 and NMI >= 0.8; measured (deterministic for seed 7): 117 planted
    // phrases clustered, purity 1, NMI 0.997040 with a family in one language as the class
    // (phrases are clustered per language), 0.772835 against families pooled over languages.
    assertThat(clusters).hasSize(117);
    assertThat(purity).isEqualTo(1.0);
    assertThat(String.format(Locale.ROOT, "%.6f", nmi)).isEqualTo("0.997040");
    assertThat(String.format(Locale.ROOT, "%.6f", ClusterQuality.nmi(clusters, pooled)))
        .isEqualTo("0.772835");
    Set<String> planted = new TreeSet<>();
    truth.entries().stream()
        .filter(e -> e.kind().equals("new_frame"))
        .forEach(e -> planted.add(e.family() + "@" + e.lang()));
    assertThat(clustersOfNewFrame.keySet()).isEqualTo(planted);
    for (Map.Entry<String, Set<String>> e : clustersOfNewFrame.entrySet()) {
      assertThat(e.getValue()).as(e.getKey()).hasSize(1);
      String cluster = e.getValue().iterator().next();
      assertThat(familiesOfCluster.get(cluster)).as(e.getKey()).hasSize(1);
      assertThat(nearest.get(cluster)).as(e.getKey()).isEqualTo(Discovery.NEW_FRAME);
    }
  }

  @Test
  void suggestionsAreALexiconTheMatcherCanLoad() {
    Lexicon suggestions = Lexicon.load(four.resolve("lexicon_suggestions.yaml"));
    assertThat(suggestions.name()).isEqualTo("kazakhstan-2022-suggestions");
    assertThat(suggestions.frames()).extracting(f -> f.id()).contains("foreign_fighters");
    assertThat(suggestions.frame("foreign_fighters").orElseThrow().variantsOf("ru"))
        .extracting(v -> PhraseKey.of("ru", v.phrase()))
        .contains(PhraseKey.of("ru", "боевики из-за рубежа"));
  }
}
