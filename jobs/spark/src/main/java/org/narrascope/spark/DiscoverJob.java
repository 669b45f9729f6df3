package org.narrascope.spark;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.narrascope.corpus.SourceRegistry;
import org.narrascope.corpus.SourceRole;
import org.narrascope.discovery.CandidateRanking;
import org.narrascope.discovery.ClusteredPhrase;
import org.narrascope.discovery.ContextCounts;
import org.narrascope.discovery.Discovery;
import org.narrascope.discovery.DiscoveryConfig;
import org.narrascope.discovery.LanguageTotals;
import org.narrascope.discovery.NgramStats;
import org.narrascope.discovery.PhraseAggregate;
import org.narrascope.discovery.PhraseScanner;
import org.narrascope.frames.FrameMatcher;
import org.narrascope.frames.Lexicon;
import scala.Tuple2;

/**
 * The discover stage: one task per shard of an existing index counts n-grams, their parts and the
 * language totals ({@link PhraseScanner}, pass 1); Spark adds the partials up by key and keeps only
 * n-grams and parts with at least {@code minMentions} occurrences; the driver ranks the candidates;
 * a second pass over the shards collects the contexts of the ranked phrases and of every frame's
 * lexicon mentions; the driver builds the vectors and clusters. Every partial is a sum or a union
 * of sorted collections and everything after the reduction runs on the driver in sorted order, so
 * the tables do not depend on the number of shards or the order tasks finish in.
 */
public final class DiscoverJob {
  private DiscoverJob() {}

  /** What a discover run produced, before it is written. */
  public record Result(
      IndexLayout layout, List<CandidateRanking.Ranked> ranked, List<ClusteredPhrase> clusters) {}

  public static Result run(
      SparkSession spark,
      String indexDir,
      String lexiconYaml,
      String lexiconOrigin,
      String registryCsv,
      String registryOrigin,
      DiscoveryConfig config,
      Progress progress) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    IndexLayout layout = IndexLayout.read(indexDir, jsc.hadoopConfiguration());
    Lexicon.parse(lexiconYaml, lexiconOrigin); // fail on the driver, before any task starts
    TreeMap<String, SourceRole> roles = new TreeMap<>();
    SourceRegistry.parse(new StringReader(registryCsv), registryOrigin)
        .sources()
        .forEach(s -> roles.put(s.name(), s.role()));
    Broadcast<String> yaml = jsc.broadcast(lexiconYaml);
    SerializableConfiguration conf = new SerializableConfiguration(jsc.hadoopConfiguration());
    int tasks = Math.max(1, layout.shards().size());
    long min = config.minMentions();

    progress.stage("discover", layout.documents());
    progress.phase("counting n-grams");
    JavaRDD<PhraseAggregate> partials =
        jsc.parallelize(layout.shardNames(), tasks)
            .mapPartitions(
                shards ->
                    countShards(shards, indexDir, yaml.value(), lexiconOrigin, roles, config, conf))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, NgramStats> ngrams =
        merged(partials, PhraseAggregate::ngrams, NgramStats::plus, n -> n.mentions() >= min);
    Map<String, Long> parts = merged(partials, PhraseAggregate::parts, Long::sum, n -> n >= min);
    Map<String, LanguageTotals> totals =
        merged(partials, PhraseAggregate::totals, LanguageTotals::plus, t -> true);
    partials.unpersist();
    List<CandidateRanking.Ranked> ranked =
        Discovery.rank(PhraseAggregate.of(ngrams, parts, totals), config);

    progress.phase("contexts");
    Broadcast<TreeSet<String>> wanted = jsc.broadcast(new TreeSet<>(Discovery.wanted(ranked)));
    Map<String, Long> pairs =
        jsc.parallelize(layout.shardNames(), tasks)
            .mapPartitions(
                shards ->
                    contextShards(
                        shards,
                        indexDir,
                        yaml.value(),
                        lexiconOrigin,
                        roles,
                        config,
                        wanted.value(),
                        conf))
            .mapToPair(t -> t)
            .reduceByKey(Long::sum)
            .collectAsMap();
    ContextCounts contexts = new ContextCounts();
    for (Map.Entry<String, Long> e : new TreeMap<>(pairs).entrySet()) {
      int cut = e.getKey().lastIndexOf('\u0000');
      contexts.add(e.getKey().substring(0, cut), e.getKey().substring(cut + 1), e.getValue());
    }

    progress.phase("clustering");
    List<ClusteredPhrase> clusters =
        Discovery.cluster(ranked, contexts, config, Discovery.Method.DEFAULT);
    progress.completed(layout.documents());
    progress.done();
    return new Result(layout, ranked, clusters);
  }

  /**
   * One map of every partial aggregate, merged by key across tasks and kept where {@code keep}
   * holds; sorted, so that what the driver does with it never depends on the partitions.
   */
  private static <V> TreeMap<String, V> merged(
      JavaRDD<PhraseAggregate> partials,
      Function<PhraseAggregate, Map<String, V>> field,
      Function2<V, V, V> plus,
      Function<V, Boolean> keep) {
    return new TreeMap<>(
        partials
            .flatMapToPair(
                a ->
                    field.call(a).entrySet().stream()
                        .map(e -> new Tuple2<>(e.getKey(), e.getValue()))
                        .iterator())
            .reduceByKey(plus)
            .filter(t -> keep.call(t._2()))
            .collectAsMap());
  }

  private static Iterator<PhraseAggregate> countShards(
      Iterator<String> shards,
      String indexDir,
      String yaml,
      String origin,
      Map<String, SourceRole> roles,
      DiscoveryConfig config,
      SerializableConfiguration conf)
      throws IOException {
    PhraseAggregate total = new PhraseAggregate();
    try (FrameMatcher matcher = FrameMatcher.compile(Lexicon.parse(yaml, origin));
        PhraseScanner scanner = new PhraseScanner(matcher, roles, config)) {
      ShardStore.readEach(
          shards, indexDir, conf.value(), reader -> total.add(scanner.count(reader)));
    }
    return List.of(total).iterator();
  }

  private static Iterator<Tuple2<String, Long>> contextShards(
      Iterator<String> shards,
      String indexDir,
      String yaml,
      String origin,
      Map<String, SourceRole> roles,
      DiscoveryConfig config,
      Set<String> wanted,
      SerializableConfiguration conf)
      throws IOException {
    ContextCounts total = new ContextCounts();
    try (FrameMatcher matcher = FrameMatcher.compile(Lexicon.parse(yaml, origin));
        PhraseScanner scanner = new PhraseScanner(matcher, roles, config)) {
      ShardStore.readEach(
          shards, indexDir, conf.value(), reader -> total.add(scanner.contexts(reader, wanted)));
    }
    List<Tuple2<String, Long>> out = new ArrayList<>();
    total
        .counts()
        .forEach(
            (phrase, words) ->
                words.forEach((w, c) -> out.add(new Tuple2<>(phrase + '\u0000' + w, c))));
    return out.iterator();
  }
}
