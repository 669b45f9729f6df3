package org.narrascope.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The driver side of discovery: ranks the merged counts ({@link CandidateRanking}), names the
 * phrases whose contexts the second pass must collect, and turns those contexts into phrase vectors
 * and clusters with their nearest frames.
 *
 * <p>Per language, the points clustered are the ranked candidates and the known variants (the
 * lexicon's own phrases found in the corpus, which anchor the families). Every frame with lexicon
 * mentions in the language also gets a vector, its <em>seed centroid</em>, from the contexts of all
 * its mentions; it is built in the same PPMI/SVD space but not clustered. A cluster's nearest frame
 * is the frame whose seed centroid has the highest cosine with the cluster's centroid (the mean of
 * its unit vectors); below {@code newFrameThreshold} the cluster is a {@link #NEW_FRAME}.
 */
public final class Discovery {
  /** The nearest_frame of a cluster close to no lexicon frame. */
  public static final String NEW_FRAME = "new frame";

  /** How the vectors are built and clustered. */
  public record Method(PhraseVectors.Kind vectors, PhraseClustering.Method clustering) {
    /** The combination the measurement on the planted truth chose (see the package notes). */
    public static final Method DEFAULT =
        new Method(PhraseVectors.Kind.PPMI_SVD, PhraseClustering.Method.WARD);
  }

  private Discovery() {}

  /** The ranked candidates and known variants of every language. */
  public static List<CandidateRanking.Ranked> rank(PhraseAggregate counts, DiscoveryConfig config) {
    return CandidateRanking.rank(counts, config);
  }

  /** The {@code lang\tkey} of every phrase the clustering needs contexts for. */
  public static Set<String> wanted(List<CandidateRanking.Ranked> ranked) {
    Set<String> out = new TreeSet<>();
    for (CandidateRanking.Ranked r : ranked) {
      r.candidates().forEach(c -> out.add(PhraseAggregate.key(c.lang(), c.key())));
      r.known().forEach(c -> out.add(PhraseAggregate.key(c.lang(), c.key())));
    }
    return out;
  }

  /** Vectors, clusters, labels and nearest frames, languages in order, clusters numbered. */
  public static List<ClusteredPhrase> cluster(
      List<CandidateRanking.Ranked> ranked,
      ContextCounts contexts,
      DiscoveryConfig config,
      Method method) {
    List<ClusteredPhrase> out = new ArrayList<>();
    int next = 1;
    for (CandidateRanking.Ranked r : ranked) {
      List<PhraseCandidate> points = new ArrayList<>(r.candidates());
      points.addAll(r.known());
      if (points.isEmpty()) {
        continue;
      }
      String prefix = PhraseAggregate.key(r.lang(), PhraseScanner.FRAME_PREFIX);
      List<String> frames = new ArrayList<>();
      for (String k : contexts.counts().keySet()) {
        if (k.startsWith(prefix)) {
          frames.add(k.substring(prefix.length()));
        }
      }
      List<String> rows = new ArrayList<>();
      points.forEach(p -> rows.add(PhraseAggregate.key(p.lang(), p.key())));
      frames.forEach(f -> rows.add(prefix + f));
      double[][] all = PhraseVectors.of(rows, contexts, method.vectors(), config.dimensions());
      double[][] vectors = java.util.Arrays.copyOfRange(all, 0, points.size());
      PhraseClustering.Partition partition =
          PhraseClustering.cluster(
              vectors, method.clustering(), config.maxClusters(), config.seed());
      TreeMap<Integer, List<Integer>> members = new TreeMap<>();
      for (int i = 0; i < points.size(); i++) {
        members.computeIfAbsent(partition.labels()[i], l -> new ArrayList<>()).add(i);
      }
      List<Group> groups = new ArrayList<>();
      for (List<Integer> m : members.values()) {
        groups.add(group(m, vectors, points));
      }
      groups.sort(
          Comparator.comparingInt((Group g) -> g.members.size())
              .reversed()
              .thenComparing(g -> points.get(g.medoid).key()));
      for (Group g : groups) {
        double[] centroid = new double[vectors[0].length];
        for (int i : g.members) {
          for (int d = 0; d < centroid.length; d++) {
            centroid[d] += vectors[i][d] / g.members.size();
          }
        }
        String nearest = NEW_FRAME;
        double best = 0;
        String bestFrame = null;
        for (int f = 0; f < frames.size(); f++) {
          double s = PhraseVectors.cosine(centroid, all[points.size() + f]);
          if (bestFrame == null || s > best) {
            best = s;
            bestFrame = frames.get(f);
          }
        }
        if (bestFrame != null && best >= config.newFrameThreshold()) {
          nearest = bestFrame;
        }
        PhraseCandidate medoid = points.get(g.medoid);
        List<ClusteredPhrase> rowsOfCluster = new ArrayList<>();
        for (int i : g.members) {
          rowsOfCluster.add(
              new ClusteredPhrase(
                  next,
                  medoid.phrase(),
                  points.get(i),
                  i == g.medoid ? 1.0 : PhraseVectors.cosine(vectors[i], vectors[g.medoid]),
                  nearest,
                  best));
        }
        rowsOfCluster.sort(
            Comparator.comparingDouble(ClusteredPhrase::similarityToMedoid)
                .reversed()
                .thenComparing(c -> c.candidate().phrase()));
        out.addAll(rowsOfCluster);
        next++;
      }
    }
    return out;
  }

  private record Group(List<Integer> members, int medoid) {}

  private static Group group(List<Integer> members, double[][] v, List<PhraseCandidate> points) {
    int medoid = members.get(0);
    double best = Double.NEGATIVE_INFINITY;
    for (int i : members) {
      double sum = 0;
      for (int j : members) {
        if (i != j) {
          sum += PhraseVectors.cosine(v[i], v[j]);
        }
      }
      if (sum > best + 1e-12
          || (Math.abs(sum - best) <= 1e-12
              && points.get(i).key().compareTo(points.get(medoid).key()) < 0)) {
        best = sum;
        medoid = i;
      }
    }
    return new Group(members, medoid);
  }
}
