package org.narrascope.corpus.dedup;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.narrascope.NarrascopeException;

/**
 * Groups verified duplicate pairs into clusters of copies of one story (connected components: a
 * copy of a copy is a copy) and picks each cluster's canonical document.
 *
 * <p>The result depends only on the <em>sets</em> of members and pairs, never on their order: the
 * components of a graph do not depend on the order its edges are added, the canonical member is a
 * minimum under a total order, lists are sorted and the similarity is a minimum. So a distributed
 * driver may collect pairs in whatever order its shuffle delivers them.
 */
public final class DuplicateClusters {
  /** Earliest date first, then the smaller id: the total order that picks the canonical copy. */
  public static final Comparator<Member> EARLIEST =
      Comparator.comparing(Member::date).thenComparing(Member::id);

  private DuplicateClusters() {}

  /**
   * What clustering needs to know of a document.
   *
   * @param id the document id
   * @param source its outlet
   * @param date its publication day
   */
  public record Member(String id, String source, LocalDate date) implements Serializable {
    private static final long serialVersionUID = 1L;

    public Member {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A candidate pair whose exact Jaccard similarity reached the threshold.
   *
   * @param pair the two documents
   * @param similarity their exact Jaccard similarity of shingles
   */
  public record SimilarPair(DocumentPair pair, double similarity) implements Serializable {
    private static final long serialVersionUID = 1L;

    public SimilarPair {
      Objects.requireNonNull(pair, "pair");
      if (!(similarity >= 0 && similarity <= 1)) {
        throw new NarrascopeException(
            "similarity of " + pair + " must be in [0, 1], got " + similarity);
      }
    }

    public static SimilarPair of(String a, String b, double similarity) {
      return new SimilarPair(DocumentPair.of(a, b), similarity);
    }
  }

  /**
   * One story and all its copies.
   *
   * @param canonicalId the earliest member (by date, then id): the one a deduplicated count keeps
   *     when sources do not matter
   * @param copyIds the other members, sorted
   * @param sources the distinct sources of all members (canonical included), sorted
   * @param countedIds the members a "once per source" count keeps: the earliest member (by date,
   *     then id) of each source, sorted by id; it always contains the canonical id
   * @param minSimilarity the lowest exact Jaccard similarity among the verified pairs inside the
   *     cluster, i.e. of the weakest link that joined it. Members that were joined through a third
   *     one (single linkage) may be less similar to each other than this.
   */
  public record Cluster(
      String canonicalId,
      List<String> copyIds,
      List<String> sources,
      List<String> countedIds,
      double minSimilarity)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    public Cluster {
      Objects.requireNonNull(canonicalId, "canonicalId");
      copyIds = List.copyOf(copyIds);
      sources = List.copyOf(sources);
      countedIds = List.copyOf(countedIds);
    }

    /** The canonical id followed by the copy ids. */
    public List<String> memberIds() {
      List<String> ids = new ArrayList<>(copyIds.size() + 1);
      ids.add(canonicalId);
      ids.addAll(copyIds);
      return ids;
    }

    /** Every unordered pair of members: what the cluster asserts to be duplicates. */
    public List<DocumentPair> pairs() {
      List<String> ids = memberIds();
      List<DocumentPair> pairs = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          pairs.add(DocumentPair.of(ids.get(i), ids.get(j)));
        }
      }
      return pairs;
    }
  }

  /**
   * The clusters formed by {@code pairs}, sorted by canonical id. Documents in no pair form no
   * cluster. Every id in a pair must be among {@code members}; pairs are trusted to be verified.
   *
   * @throws NarrascopeException if two members share an id, or a pair names an unknown id
   */
  public static List<Cluster> of(Collection<Member> members, Collection<SimilarPair> pairs) {
    Map<String, Member> byId = new HashMap<>();
    for (Member m : members) {
      Member earlier = byId.putIfAbsent(m.id(), m);
      if (earlier != null) {
        throw new NarrascopeException(
            "duplicate clusters: two documents have the id '"
                + m.id()
                + "' (repeated ids are rejected as duplicate_id by the ingest, before dedup)");
      }
    }
    UnionFind components = new UnionFind();
    for (SimilarPair p : pairs) {
      for (String id : List.of(p.pair().first(), p.pair().second())) {
        if (!byId.containsKey(id)) {
          throw new NarrascopeException(
              "duplicate clusters: pair " + p.pair() + " names the unknown document '" + id + "'");
        }
      }
      components.union(p.pair().first(), p.pair().second());
    }
    Map<String, List<Member>> groups = new TreeMap<>();
    for (String id : components.elements()) {
      groups.computeIfAbsent(components.find(id), r -> new ArrayList<>()).add(byId.get(id));
    }
    Map<String, Double> weakest = new HashMap<>();
    for (SimilarPair p : pairs) {
      weakest.merge(components.find(p.pair().first()), p.similarity(), Math::min);
    }
    List<Cluster> clusters = new ArrayList<>();
    for (Map.Entry<String, List<Member>> group : groups.entrySet()) {
      clusters.add(cluster(group.getValue(), weakest.get(group.getKey())));
    }
    clusters.sort(Comparator.comparing(Cluster::canonicalId));
    return clusters;
  }

  /** The ids a "once per source" count skips: every clustered id not in its cluster's counted. */
  public static Set<String> uncountedIds(Collection<Cluster> clusters) {
    Set<String> skipped = new TreeSet<>();
    for (Cluster c : clusters) {
      skipped.addAll(c.memberIds());
      c.countedIds().forEach(skipped::remove);
    }
    return skipped;
  }

  private static Cluster cluster(List<Member> members, double minSimilarity) {
    members.sort(EARLIEST);
    Member canonical = members.get(0);
    List<String> copies = new ArrayList<>();
    Map<String, Member> firstOfSource = new TreeMap<>();
    for (Member m : members) {
      if (m != canonical) {
        copies.add(m.id());
      }
      // members are in EARLIEST order, so the first seen of a source is its earliest
      firstOfSource.putIfAbsent(m.source(), m);
    }
    copies.sort(Comparator.naturalOrder());
    List<String> counted = new ArrayList<>();
    for (Member m : firstOfSource.values()) {
      counted.add(m.id());
    }
    counted.sort(Comparator.naturalOrder());
    return new Cluster(
        canonical.id(), copies, new ArrayList<>(firstOfSource.keySet()), counted, minSimilarity);
  }

  /**
   * Union-find over string ids. The representative of a set depends on the union order, so it is
   * only used for grouping; nothing visible is derived from it.
   */
  private static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Integer> rank = new HashMap<>();

    Set<String> elements() {
      return new HashSet<>(parent.keySet());
    }

    String find(String id) {
      String root = id;
      while (!parent.get(root).equals(root)) {
        root = parent.get(root);
      }
      String node = id;
      while (!node.equals(root)) {
        String next = parent.get(node);
        parent.put(node, root);
        node = next;
      }
      return root;
    }

    void union(String a, String b) {
      add(a);
      add(b);
      String ra = find(a);
      String rb = find(b);
      if (ra.equals(rb)) {
        return;
      }
      int c = Integer.compare(rank.get(ra), rank.get(rb));
      if (c < 0) {
        parent.put(ra, rb);
      } else if (c > 0) {
        parent.put(rb, ra);
      } else {
        parent.put(rb, ra);
        rank.merge(ra, 1, Integer::sum);
      }
    }

    private void add(String id) {
      if (parent.putIfAbsent(id, id) == null) {
        rank.put(id, 0);
      }
    }
  }
}
