package org.narrascope.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.narrascope.corpus.Document;
import org.narrascope.index.ShardWriter;
import scala.Tuple2;

/**
 * The index stage: one Lucene shard per partition, built on the executor that holds the partition.
 * Documents go to partitions by a hash of their id and are sorted by id inside each, so the same
 * corpus always gives the same shards for the same {@code --partitions}.
 */
public final class IndexJob {
  private IndexJob() {}

  /** Indexes the ingested documents at {@code documentsDir} into {@code indexDir}. */
  public static IndexLayout run(
      SparkSession spark, String documentsDir, String indexDir, int partitions, Progress progress) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = jsc.hadoopConfiguration();
    IndexLayout.invalidate(indexDir, hadoop);
    SerializableConfiguration conf = new SerializableConfiguration(hadoop);

    JavaPairRDD<String, Row> byId =
        spark
            .read()
            .schema(DocumentRows.SCHEMA)
            .parquet(documentsDir)
            .javaRDD()
            .mapToPair(row -> new Tuple2<>(row.getString(0), row));
    progress.stage("index", byId.count());
    List<ShardSummary> shards =
        byId.repartitionAndSortWithinPartitions(new HashPartitioner(partitions))
            .mapPartitionsWithIndex(
                (partition, docs) -> buildShard(partition, docs, indexDir, conf), false)
            .collect();
    List<ShardSummary> sorted = new ArrayList<>(shards);
    sorted.sort((a, b) -> a.name().compareTo(b.name()));
    IndexLayout layout = IndexLayout.of(sorted);
    layout.write(indexDir, hadoop);
    removeStaleShards(indexDir, layout, hadoop);
    progress.done();
    return layout;
  }

  private static Iterator<ShardSummary> buildShard(
      int partition,
      Iterator<Tuple2<String, Row>> docs,
      String indexDir,
      SerializableConfiguration conf)
      throws IOException {
    String name = ShardStore.shardName(partition);
    java.nio.file.Path local = Files.createTempDirectory("narrascope-" + name + "-");
    Map<String, Long> perLanguage = new TreeMap<>();
    long count;
    try {
      try (ShardWriter writer = ShardWriter.create(local)) {
        while (docs.hasNext()) {
          Row row = docs.next()._2();
          Document d = DocumentRows.fromRow(row);
          writer.add(d, row.getString(7), row.getBoolean(8));
          perLanguage.merge(d.lang(), 1L, Long::sum);
        }
        count = writer.documents();
      }
      TaskContext task = TaskContext.get();
      String attempt = task == null ? "0" : task.taskAttemptId() + "";
      ShardStore.publish(local, indexDir, name, attempt, conf.value());
    } finally {
      ShardStore.deleteLocal(local);
    }
    return List.of(new ShardSummary(name, count, perLanguage)).iterator();
  }

  /** A re-run with fewer partitions must not leave the old run's extra shards behind. */
  private static void removeStaleShards(String indexDir, IndexLayout layout, Configuration conf) {
    try {
      Path dir = new Path(indexDir);
      FileSystem fs = dir.getFileSystem(conf);
      for (FileStatus st : fs.listStatus(dir)) {
        String n = st.getPath().getName();
        boolean shardLike = n.startsWith("shard-") || n.startsWith("_tmp-shard-");
        if (st.isDirectory() && shardLike && !layout.shardNames().contains(n)) {
          fs.delete(st.getPath(), true);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot tidy index folder " + indexDir, e);
    }
  }
}
