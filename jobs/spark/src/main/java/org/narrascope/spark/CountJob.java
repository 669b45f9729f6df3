package org.narrascope.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.narrascope.analysis.AnalysisChains;
import org.narrascope.frames.CountKey;
import org.narrascope.frames.FrameCounts;
import org.narrascope.frames.FrameMatcher;
import org.narrascope.frames.Lexicon;
import org.narrascope.frames.Mention;
import org.narrascope.frames.ShardFrameScan;
import org.narrascope.frames.Tally;
import org.narrascope.frames.attribution.MentionAttributor;
import org.narrascope.stats.Period;
import scala.Tuple2;

/**
 * The count stage: one task per shard of an existing index (never re-indexing), each matching the
 * lexicon against its shard and returning tallies and concordance lines. The lexicon travels as its
 * YAML text and is compiled on the executor: analyzers are not serializable.
 */
public final class CountJob {
  private CountJob() {}

  /** What a count run produced, before it is written. */
  public record Result(
      IndexLayout layout, Map<CountKey, Tally> tallies, JavaRDD<ConcordanceRow> concordance) {}

  /**
   * Counts frames on the index at {@code indexDir}. The returned concordance is persisted; call
   * {@code unpersist} when it is written.
   */
  public static Result run(
      SparkSession spark,
      String indexDir,
      String lexiconYaml,
      String lexiconOrigin,
      Period period,
      java.util.SortedSet<String> institutionalSources,
      Progress progress) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    IndexLayout layout = IndexLayout.read(indexDir, jsc.hadoopConfiguration());
    // The matcher analyses the lexicon with the default chains: an index built with others would
    // silently miss inflected forms.
    AnalysisChains.defaults().requireSameAs(layout.analysis(), indexDir);
    Lexicon.parse(lexiconYaml, lexiconOrigin); // fail on the driver, before any task starts
    Broadcast<String> yaml = jsc.broadcast(lexiconYaml);
    SerializableConfiguration conf = new SerializableConfiguration(jsc.hadoopConfiguration());
    java.util.TreeSet<String> institutional = new java.util.TreeSet<>(institutionalSources);

    progress.stage("count", layout.documents());
    JavaRDD<CountItem> items =
        jsc.parallelize(layout.shardNames(), Math.max(1, layout.shards().size()))
            .mapPartitions(
                shards ->
                    scanShards(
                        shards, indexDir, yaml.value(), lexiconOrigin, period, institutional, conf))
            .persist(StorageLevel.MEMORY_AND_DISK());

    Map<CountKey, Tally> tallies =
        new HashMap<>(
            items
                .filter(i -> i.key() != null)
                .mapToPair(i -> new Tuple2<>(i.key(), i.tally()))
                .reduceByKey(Tally::plus)
                .collectAsMap());
    progress.done();
    JavaRDD<ConcordanceRow> concordance = items.filter(i -> i.line() != null).map(CountItem::line);
    return new Result(layout, tallies, concordance);
  }

  /** Either a tally of one table cell or one concordance line. */
  record CountItem(CountKey key, Tally tally, ConcordanceRow line) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
  }

  private static Iterator<CountItem> scanShards(
      Iterator<String> shards,
      String indexDir,
      String yaml,
      String origin,
      Period period,
      java.util.Set<String> institutionalSources,
      SerializableConfiguration conf)
      throws IOException {
    Lexicon lexicon = Lexicon.parse(yaml, origin);
    List<String> frameIds = lexicon.frames().stream().map(f -> f.id()).toList();
    Map<CountKey, Tally> tallies = new HashMap<>();
    List<CountItem> out = new ArrayList<>();
    MentionAttributor attributor = MentionAttributor.builtIn();
    try (FrameMatcher matcher = FrameMatcher.compile(lexicon)) {
      ShardStore.readEach(
          shards,
          indexDir,
          conf.value(),
          reader ->
              new ShardFrameScan(reader, matcher, frameIds, attributor, institutionalSources)
                  .scan(
                      doc -> {
                        FrameCounts.of(doc, period)
                            .forEach((k, t) -> tallies.merge(k, t, Tally::plus));
                        for (Mention m : doc.mentions()) {
                          out.add(new CountItem(null, null, ConcordanceRow.of(doc.document(), m)));
                        }
                      }));
    }
    tallies.forEach((k, t) -> out.add(new CountItem(k, t, null)));
    return out.iterator();
  }
}
