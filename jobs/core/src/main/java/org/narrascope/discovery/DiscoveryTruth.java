package org.narrascope.discovery;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.narrascope.NarrascopeException;

/**
 * The generator's {@code discovery_truth.csv} ({@code family,kind,lang,phrase}) and the measures of
 * a discovery run against it: recall of the unseen variants in the top candidates, purity and NMI
 * of the clusters against the families, and whether each new frame is a cluster of its own labelled
 * {@code new frame}. Phrases are matched by {@link PhraseKey}.
 */
public final class DiscoveryTruth {
  /** One planted phrase type. */
  public record Entry(String family, String kind, String lang, String phrase, String key) {}

  private final List<Entry> entries;
  private final Map<String, Entry> byKey = new TreeMap<>();

  private DiscoveryTruth(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    entries.forEach(e -> byKey.putIfAbsent(PhraseAggregate.key(e.lang(), e.key()), e));
  }

  /** Reads {@code discovery_truth.csv}. */
  public static DiscoveryTruth load(Path csv) {
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      List<Entry> entries = new ArrayList<>();
      for (CSVRecord r :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        String lang = r.get("lang");
        String phrase = r.get("phrase");
        entries.add(
            new Entry(r.get("family"), r.get("kind"), lang, phrase, PhraseKey.of(lang, phrase)));
      }
      return new DiscoveryTruth(entries);
    } catch (IOException e) {
      throw new NarrascopeException("cannot read " + csv + ": " + e.getMessage(), e);
    }
  }

  /** A truth from entries (tests). */
  public static DiscoveryTruth of(List<Entry> entries) {
    return new DiscoveryTruth(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** The planted entry with this language and key, if any. */
  public java.util.Optional<Entry> find(String lang, String key) {
    return java.util.Optional.ofNullable(byKey.get(PhraseAggregate.key(lang, key)));
  }

  /** The measures of one run. */
  public record Measures(
      int unseen,
      int unseenFound,
      int clustered,
      double purity,
      double nmi,
      double nmiPooled,
      int newFrames,
      int newFramesOwnCluster) {
    /** Share of unseen variants among the top candidates of their language. */
    public double unseenRecall() {
      return unseen == 0 ? 0 : (double) unseenFound / unseen;
    }
  }

  /**
   * Measures a run: {@code ranked} are the candidates (top-K per language), {@code clusters} the
   * clustered phrases. Purity and NMI are computed over the clustered phrases that are planted
   * (seeds, unseen variants, new-frame phrases), with a family in one language as the true class:
   * phrases are clustered per language (their context words are words of that language), so a
   * family's Russian and English phrases can never share a cluster and the pooled NMI against
   * families alone ({@code nmiPooled}) is bounded below 1 by design.
   */
  public Measures measure(List<CandidateRanking.Ranked> ranked, List<ClusteredPhrase> clusters) {
    int unseen = 0;
    int found = 0;
    for (Entry e : entries) {
      if (!e.kind().equals("unseen_variant")) {
        continue;
      }
      unseen++;
      boolean in =
          ranked.stream()
              .filter(r -> r.lang().equals(e.lang()))
              .flatMap(r -> r.candidates().stream())
              .anyMatch(c -> c.key().equals(e.key()));
      found += in ? 1 : 0;
    }
    List<String> predicted = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    List<String> families = new ArrayList<>();
    Map<String, Map<Integer, Integer>> newFrameClusters = new TreeMap<>();
    Map<Integer, Map<String, Integer>> familiesPerCluster = new TreeMap<>();
    Map<Integer, String> nearest = new TreeMap<>();
    for (ClusteredPhrase c : clusters) {
      java.util.Optional<Entry> e = find(c.candidate().lang(), c.candidate().key());
      if (e.isEmpty()) {
        continue;
      }
      predicted.add(Integer.toString(c.cluster()));
      actual.add(e.get().family() + "@" + e.get().lang());
      families.add(e.get().family());
      nearest.put(c.cluster(), c.nearestFrame());
      familiesPerCluster
          .computeIfAbsent(c.cluster(), k -> new TreeMap<>())
          .merge(e.get().family(), 1, Integer::sum);
      if (e.get().kind().equals("new_frame")) {
        newFrameClusters
            .computeIfAbsent(e.get().family() + "\t" + e.get().lang(), k -> new TreeMap<>())
            .merge(c.cluster(), 1, Integer::sum);
      }
    }
    int own = 0;
    // A new frame (family × language) is its own cluster when its phrases all lie in one cluster
    // that holds no other family and is labelled "new frame".
    java.util.Set<String> planted = new java.util.TreeSet<>();
    entries.stream()
        .filter(e -> e.kind().equals("new_frame"))
        .forEach(e -> planted.add(e.family() + "\t" + e.lang()));
    int newFrames = planted.size();
    for (String f : planted) {
      Map<Integer, Integer> where = newFrameClusters.getOrDefault(f, Map.of());
      if (where.size() == 1) {
        int cluster = where.keySet().iterator().next();
        if (familiesPerCluster.get(cluster).size() == 1
            && nearest.get(cluster).equals(Discovery.NEW_FRAME)) {
          own++;
        }
      }
    }
    return new Measures(
        unseen,
        found,
        predicted.size(),
        predicted.isEmpty() ? 0 : ClusterQuality.purity(predicted, actual),
        predicted.isEmpty() ? 0 : ClusterQuality.nmi(predicted, actual),
        predicted.isEmpty() ? 0 : ClusterQuality.nmi(predicted, families),
        newFrames,
        own);
  }
}
