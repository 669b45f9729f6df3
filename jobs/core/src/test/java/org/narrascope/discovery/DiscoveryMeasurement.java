package org.narrascope.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.corpus.SourceRegistry;
import org.narrascope.corpus.SourceRole;
import org.narrascope.corpus.sample.GeneratorConfig;
import org.narrascope.corpus.sample.SampleCorpusGenerator;
import org.narrascope.frames.FrameMatcher;
import org.narrascope.frames.Lexicon;

/**
 * The measurement behind {@link Discovery.Method#DEFAULT}: discovery on a generated corpus of
 * 20,000 documents without Spark or an index (documents read straight from documents.jsonl, the
 * same scanner the shards use), every vector × clustering alternative scored against the planted
 * truth. Not a unit test (its name does not match Surefire's patterns, it runs for a minute); run
 * it with {@code -Dtest=DiscoveryMeasurement}. It asserts that the default meets the acceptance
 * figures.
 */
class DiscoveryMeasurement {
  static final int DOCS = 20_000;
  static final long SEED = 7L;

  @TempDir Path tmp;

  @Test
  void everyAlternativeOnTheGeneratedCorpus() throws IOException {
    SampleCorpusGenerator.generate(GeneratorConfig.of(DOCS, SEED), tmp);
    SourceRegistry registry =
        SourceRegistry.parse(
            new StringReader(Files.readString(tmp.resolve("sources.csv"), StandardCharsets.UTF_8)),
            "sources.csv");
    Map<String, SourceRole> roles = new TreeMap<>();
    registry.sources().forEach(s -> roles.put(s.name(), s.role()));
    Lexicon lexicon = Lexicon.load(Path.of("../../corpus/frames/kazakhstan-2022.yaml"));
    DiscoveryConfig config = DiscoveryConfig.defaults(SEED);
    DiscoveryTruth truth = DiscoveryTruth.load(tmp.resolve("discovery_truth.csv"));
    ObjectMapper json = new ObjectMapper();
    List<String[]> docs = new ArrayList<>();
    try (BufferedReader in =
        Files.newBufferedReader(tmp.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode d = json.readTree(line);
        if (!d.path("lang").asText().matches("en|kk|ru|uk")) {
          continue; // the pipeline would detect its language; a few documents do not matter here
        }
        docs.add(
            new String[] {
              d.path("source").asText(),
              d.path("lang").asText(),
              d.path("title").asText(),
              d.path("text").asText()
            });
      }
    }
    long t0 = System.nanoTime();
    PhraseAggregate counts = new PhraseAggregate();
    ContextCounts contexts = new ContextCounts();
    List<CandidateRanking.Ranked> ranked;
    try (FrameMatcher matcher = FrameMatcher.compile(lexicon);
        PhraseScanner scanner = new PhraseScanner(matcher, roles, config)) {
      for (String[] d : docs) {
        scanner.count(d[0], d[1], List.of(d[2], d[3]), counts);
      }
      ranked = Discovery.rank(counts, config);
      Set<String> wanted = Discovery.wanted(ranked);
      for (String[] d : docs) {
        scanner.contexts(d[1], List.of(d[2], d[3]), wanted, contexts);
      }
    }
    System.out.printf(Locale.ROOT, "scan: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    for (CandidateRanking.Ranked r : ranked) {
      System.out.println(
          "== "
              + r.lang()
              + ": "
              + r.candidates().size()
              + " candidates, "
              + r.known().size()
              + " known");
      int rank = 0;
      for (PhraseCandidate c : r.candidates()) {
        rank++;
        String t = truth.find(c.lang(), c.key()).map(e -> e.kind() + ":" + e.family()).orElse("-");
        if (rank <= 100) {
          System.out.printf(
              Locale.ROOT,
              "%3d %-45s m=%d z=%.2f near=%.2f npmi=%.2f %s%n",
              rank,
              c.phrase(),
              c.mentions(),
              c.keynessZ(),
              c.nearSeed(),
              c.npmi(),
              t);
        }
      }
    }
    for (DiscoveryTruth.Entry e : truth.entries()) {
      if (!e.kind().equals("seed")) {
        String where = "absent";
        NgramStats s = counts.ngrams().get(PhraseAggregate.key(e.lang(), e.key()));
        if (s != null) {
          PhraseCandidate c = CandidateRanking.score(e.lang(), e.key(), s, counts, config);
          where =
              String.format(
                  Locale.ROOT,
                  "m=%d z=%.2f near=%.2f npmi=%.2f known=%s",
                  c.mentions(),
                  c.keynessZ(),
                  c.nearSeed(),
                  c.npmi(),
                  c.knownFrame());
        }
        System.out.println("truth " + e + " " + where);
      }
    }
    Map<String, DiscoveryTruth.Measures> measured = new TreeMap<>();
    for (PhraseVectors.Kind v : PhraseVectors.Kind.values()) {
      for (PhraseClustering.Method m : PhraseClustering.Method.values()) {
        Discovery.Method method = new Discovery.Method(v, m);
        long t1 = System.nanoTime();
        List<ClusteredPhrase> clusters = Discovery.cluster(ranked, contexts, config, method);
        DiscoveryTruth.Measures x = truth.measure(ranked, clusters);
        measured.put(v + "+" + m, x);
        if (method.equals(Discovery.Method.DEFAULT) && System.getProperty("dump") != null) {
          for (ClusteredPhrase c : clusters) {
            System.out.printf(
                Locale.ROOT,
                "C%d %s [%s %.2f] %-40s %.2f %s%n",
                c.cluster(),
                c.candidate().lang(),
                c.nearestFrame(),
                c.nearestFrameSimilarity(),
                c.candidate().phrase(),
                c.similarityToMedoid(),
                truth
                    .find(c.candidate().lang(), c.candidate().key())
                    .map(e -> e.kind() + ":" + e.family())
                    .orElse(
                        c.candidate().known() ? "known:" + c.candidate().knownFrame().get() : "-"));
          }
        }
        System.out.printf(
            Locale.ROOT,
            "%s + %s: recall %d/%d, purity %.4f, NMI %.4f (pooled over languages %.4f) over %d,"
                + " new frames own cluster %d/%d (%.1f s)%n",
            v,
            m,
            x.unseenFound(),
            x.unseen(),
            x.purity(),
            x.nmi(),
            x.nmiPooled(),
            x.clustered(),
            x.newFramesOwnCluster(),
            x.newFrames(),
            (System.nanoTime() - t1) / 1e9);
      }
    }
    DiscoveryTruth.Measures chosen =
        measured.get(
            Discovery.Method.DEFAULT.vectors() + "+" + Discovery.Method.DEFAULT.clustering());
    assertThat(chosen.unseenRecall()).isGreaterThanOrEqualTo(0.8);
    assertThat(chosen.purity()).isGreaterThanOrEqualTo(0.9);
    assertThat(chosen.nmi()).isGreaterThanOrEqualTo(0.8);
    assertThat(chosen.newFramesOwnCluster()).isEqualTo(chosen.newFrames());
  }
}
