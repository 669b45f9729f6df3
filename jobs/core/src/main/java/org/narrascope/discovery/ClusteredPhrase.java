package org.narrascope.discovery;

import java.util.List;

/**
 * One row of {@code phrase_clusters.csv}.
 *
 * @param cluster the cluster's number, from 1, unique across languages
 * @param label the cluster's medoid phrase
 * @param candidate the phrase with its scores
 * @param similarityToMedoid cosine of the phrase's vector and the medoid's
 * @param nearestFrame a frame id, or {@link Discovery#NEW_FRAME}
 * @param nearestFrameSimilarity cosine of the cluster's centroid and the nearest frame's seeds
 */
public record ClusteredPhrase(
    int cluster,
    String label,
    PhraseCandidate candidate,
    double similarityToMedoid,
    String nearestFrame,
    double nearestFrameSimilarity) {

  /** The cells in the column order of {@code Tables.PHRASE_CLUSTERS}. */
  public List<Object> cells() {
    return List.of(
        (long) cluster,
        label,
        candidate.phrase(),
        candidate.lang(),
        candidate.mentions(),
        similarityToMedoid,
        nearestFrame,
        nearestFrameSimilarity);
  }

  /** The cells of a candidate in the column order of {@code Tables.PHRASE_CANDIDATES}. */
  public static List<Object> candidateCells(PhraseCandidate c) {
    return List.of(
        c.phrase(),
        c.lang(),
        c.mentions(),
        c.docs(),
        (long) c.sources(),
        c.npmi(),
        c.g2(),
        c.keynessZ(),
        c.nearSeed());
  }
}
