package org.narrascope.discovery;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The partial counts of one n-gram (by analysed key) over some documents: what a shard task
 * computes and the driver adds up. Adding is associative and commutative (sums and unions of sorted
 * collections), so the total does not depend on how the documents were split into shards.
 */
public final class NgramStats implements Serializable {
  private static final long serialVersionUID = 1L;

  long mentions;
  long docs;
  long official;
  long skeptic;
  long nearSeed;
  long seedOverlap;
  final TreeSet<String> sources = new TreeSet<>();
  final TreeMap<String, Long> surfaces = new TreeMap<>();
  final TreeMap<String, Long> seedFrames = new TreeMap<>();

  /** Occurrences in all documents. */
  public long mentions() {
    return mentions;
  }

  /** Documents with at least one occurrence. */
  public long docs() {
    return docs;
  }

  /** Occurrences in documents of official and state-media sources. */
  public long official() {
    return official;
  }

  /** Occurrences in documents of expert_skeptic sources. */
  public long skeptic() {
    return skeptic;
  }

  /** Occurrences within the seed window of a lexicon mention they do not overlap. */
  public long nearSeed() {
    return nearSeed;
  }

  /** Distinct sources, sorted. */
  public TreeSet<String> sources() {
    return new TreeSet<>(sources);
  }

  /** Occurrences that lie inside a lexicon mention, per frame. */
  public Map<String, Long> seedFrames() {
    return new TreeMap<>(seedFrames);
  }

  /**
   * The surface to show: the most frequent written form, ties broken by the smallest in {@code
   * String.compareTo} order, so the choice is the same whatever the order of adding.
   */
  public String surface() {
    String best = "";
    long count = -1;
    for (Map.Entry<String, Long> e : surfaces.entrySet()) {
      if (e.getValue() > count) {
        best = e.getKey();
        count = e.getValue();
      }
    }
    return best;
  }

  /** The frame whose mentions hold this n-gram most often, with ties broken by frame id. */
  public Optional<String> mainSeedFrame() {
    String best = null;
    long count = 0;
    for (Map.Entry<String, Long> e : seedFrames.entrySet()) {
      if (e.getValue() > count) {
        best = e.getKey();
        count = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  /** Occurrences inside any lexicon mention. */
  public long insideSeed() {
    return seedFrames.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Occurrences that share at least one word with a lexicon mention (inside ones included). */
  public long seedOverlap() {
    return seedOverlap;
  }

  /** Adds {@code other} into this and returns this. */
  public NgramStats add(NgramStats other) {
    mentions += other.mentions;
    docs += other.docs;
    official += other.official;
    skeptic += other.skeptic;
    nearSeed += other.nearSeed;
    seedOverlap += other.seedOverlap;
    sources.addAll(other.sources);
    other.surfaces.forEach((s, c) -> surfaces.merge(s, c, Long::sum));
    other.seedFrames.forEach((s, c) -> seedFrames.merge(s, c, Long::sum));
    return this;
  }

  /** The sum of two partials, a new object (for Spark's reduce, which must not mutate inputs). */
  public static NgramStats plus(NgramStats a, NgramStats b) {
    return new NgramStats().add(a).add(b);
  }
}
