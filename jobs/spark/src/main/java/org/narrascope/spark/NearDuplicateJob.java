package org.narrascope.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.narrascope.corpus.Document;
import org.narrascope.corpus.dedup.DedupConfig;
import org.narrascope.corpus.dedup.DocumentPair;
import org.narrascope.corpus.dedup.DuplicateClusters;
import org.narrascope.corpus.dedup.MinHasher;
import org.narrascope.corpus.dedup.NearDuplicates;
import org.narrascope.corpus.dedup.Shingles;
import scala.Tuple2;

/**
 * Near-duplicate detection at scale: shingles and MinHash signatures per document, LSH buckets by a
 * shuffle on band keys, candidate pairs verified with the exact Jaccard index after a join, and the
 * verified pairs — few next to the documents — clustered on the driver, where the clustering is
 * independent of the order the partitions deliver them in.
 */
final class NearDuplicateJob {
  /**
   * A bucket with more documents than this (a boilerplate-only text shared by thousands) would emit
   * a quadratic number of pairs; its pairs are skipped and counted instead.
   */
  static final int MAX_BUCKET = 500;

  private NearDuplicateJob() {}

  /** What detection found. */
  record Result(List<DuplicateClusters.Cluster> clusters, long oversizedBuckets) {}

  static Result run(JavaSparkContext jsc, JavaRDD<Document> documents, DedupConfig config) {
    Broadcast<MinHasher> hasher = jsc.broadcast(MinHasher.of(config));
    int k = config.shingleSize();
    double threshold = config.threshold();
    JavaPairRDD<String, long[]> shingles =
        documents
            .mapToPair(d -> new Tuple2<>(d.id(), NearDuplicates.shingles(d, k)))
            .filter(t -> t._2().length > 0)
            .persist(StorageLevel.DISK_ONLY());

    JavaPairRDD<Long, Iterable<String>> buckets =
        shingles
            .flatMapToPair(
                t -> {
                  long[] keys = hasher.value().bandKeys(hasher.value().signature(t._2()));
                  List<Tuple2<Long, String>> out = new ArrayList<>(keys.length);
                  for (long key : keys) {
                    out.add(new Tuple2<>(key, t._1()));
                  }
                  return out.iterator();
                })
            .groupByKey();
    long oversized = buckets.filter(b -> size(b._2()) > MAX_BUCKET).count();
    JavaRDD<DocumentPair> candidates = buckets.flatMap(b -> pairs(b._2())).distinct();

    List<DuplicateClusters.SimilarPair> verified =
        candidates
            .mapToPair(p -> new Tuple2<>(p.first(), p.second()))
            .join(shingles)
            .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
            .join(shingles)
            .map(
                t ->
                    DuplicateClusters.SimilarPair.of(
                        t._2()._1()._1(), t._1(), Shingles.jaccard(t._2()._1()._2(), t._2()._2())))
            .filter(p -> p.similarity() >= threshold)
            .collect();
    shingles.unpersist();
    if (verified.isEmpty()) {
      return new Result(List.of(), oversized);
    }
    Set<String> ids = new HashSet<>();
    for (DuplicateClusters.SimilarPair p : verified) {
      ids.add(p.pair().first());
      ids.add(p.pair().second());
    }
    Broadcast<Set<String>> wanted = jsc.broadcast(ids);
    List<DuplicateClusters.Member> members =
        documents
            .filter(d -> wanted.value().contains(d.id()))
            .map(d -> new DuplicateClusters.Member(d.id(), d.source(), d.date()))
            .collect();
    return new Result(DuplicateClusters.of(members, verified), oversized);
  }

  private static int size(Iterable<String> ids) {
    int n = 0;
    for (Iterator<String> it = ids.iterator(); it.hasNext(); it.next()) {
      n++;
    }
    return n;
  }

  private static Iterator<DocumentPair> pairs(Iterable<String> bucket) {
    List<String> ids = new ArrayList<>();
    bucket.forEach(ids::add);
    if (ids.size() < 2 || ids.size() > MAX_BUCKET) {
      return java.util.Collections.emptyIterator();
    }
    ids.sort(null);
    List<DocumentPair> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        if (!ids.get(i).equals(ids.get(j))) {
          out.add(DocumentPair.of(ids.get(i), ids.get(j)));
        }
      }
    }
    return out.iterator();
  }
}
