package org.narrascope.corpus.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.narrascope.NarrascopeException;
import org.narrascope.corpus.Document;

/**
 * Near-duplicate detection of a whole corpus in memory: shingles, MinHash, LSH buckets, exact
 * verification, clustering. Meant for tests and small corpora; a distributed driver does the same
 * steps with a shuffle per bucketing and verification step, reusing {@link #shingles}, {@link
 * MinHasher} and {@link DuplicateClusters}.
 *
 * <p>The compared text is the title, a line break and the body. Nothing is stripped: a boilerplate
 * footer ("Subscribe to our Telegram channel…", "© Outlet 2022. All rights reserved.") adds a few
 * shingles, which are shared by unrelated stories of the same outlet but are few against a body of
 * a news story. The measured threshold (see {@code DuplicateDetectionTest}) keeps both
 * footer-appended copies in and unrelated stories with the same footer out. Shingles span line and
 * sentence breaks, so stories assembled from the same stock sentences in another order still differ
 * at the joins.
 */
public final class NearDuplicates {
  private NearDuplicates() {}

  /** The text compared for duplicates: title, a line break, body. */
  public static String comparedText(Document document) {
    return document.title() + "\n" + document.text();
  }

  /** The shingles of a document's {@link #comparedText} with {@code k} words per shingle. */
  public static long[] shingles(Document document, int k) {
    return Shingles.of(comparedText(document), k);
  }

  /**
   * The clusters of near-duplicate documents, sorted by canonical id. Documents without words are
   * never duplicates.
   *
   * <p>Candidates are pairs sharing at least one LSH band key; a bucket holding {@code n} documents
   * yields {@code n(n−1)/2} candidates, which is fine for thousands of documents but is why a large
   * corpus needs the distributed version.
   *
   * @throws NarrascopeException if two documents share an id (the ingest rejects those first)
   */
  public static List<DuplicateClusters.Cluster> find(List<Document> documents, DedupConfig config) {
    MinHasher hasher = MinHasher.of(config);
    List<DuplicateClusters.Member> members = new ArrayList<>(documents.size());
    Set<String> ids = new HashSet<>();
    long[][] shingles = new long[documents.size()][];
    Map<Long, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      Document d = documents.get(i);
      if (!ids.add(d.id())) {
        throw new NarrascopeException(
            "near duplicates: two documents have the id '"
                + d.id()
                + "' (repeated ids are rejected as duplicate_id by the ingest, before dedup)");
      }
      members.add(new DuplicateClusters.Member(d.id(), d.source(), d.date()));
      shingles[i] = shingles(d, config.shingleSize());
      if (shingles[i].length == 0) {
        continue;
      }
      for (long key : hasher.bandKeys(hasher.signature(shingles[i]))) {
        buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    // Candidate pairs as (i, j) with i < j, packed into a long: each is verified once.
    Set<Long> candidates = new TreeSet<>();
    for (List<Integer> bucket : buckets.values()) {
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          int i = Math.min(bucket.get(x), bucket.get(y));
          int j = Math.max(bucket.get(x), bucket.get(y));
          candidates.add(((long) i << 32) | j);
        }
      }
    }
    List<DuplicateClusters.SimilarPair> verified = new ArrayList<>();
    for (long c : candidates) {
      int i = (int) (c >>> 32);
      int j = (int) c;
      double similarity = Shingles.jaccard(shingles[i], shingles[j]);
      if (similarity >= config.threshold()) {
        verified.add(
            DuplicateClusters.SimilarPair.of(
                documents.get(i).id(), documents.get(j).id(), similarity));
      }
    }
    return DuplicateClusters.of(members, verified);
  }
}
