package org.narrascope.discovery;

import java.io.Serializable;
import java.util.List;
import org.narrascope.NarrascopeException;

/**
 * The settings of a discovery run, with documented defaults ({@link #defaults(long)}).
 *
 * @param minMentions an n-gram with fewer mentions in its language is not a candidate (default 10)
 * @param minDocs ... nor one found in fewer documents (default 5)
 * @param minN the shortest n-gram, in words (default 2)
 * @param maxN the longest n-gram, in words (default 4)
 * @param window words on each side of a mention that form its context for the phrase vectors
 *     (default 5; never across a sentence boundary)
 * @param seedWindow words on each side of an n-gram occurrence within which a lexicon (seed)
 *     mention makes the occurrence count as near a seed (default 25, same field, across sentences)
 * @param topPerLanguage candidates kept per language, in rank order, for the candidate table and
 *     the clustering (default 100)
 * @param minNpmi candidates below this collocation strength are dropped (default 0.25)
 * @param nestedRatio a sub-phrase is folded into a super-phrase that has at least this share of its
 *     mentions (default 0.8): "попытка государственного" inside "попытка государственного
 *     переворота"
 * @param knownShare an n-gram whose occurrences lie inside a lexicon mention at least this often is
 *     a known variant (an anchor of its frame, never a candidate); one that overlaps a lexicon
 *     mention that often without lying inside is dropped (default 0.5)
 * @param dimensions the rank of the truncated SVD of the PPMI context matrix (default 40)
 * @param newFrameThreshold a cluster whose centroid's cosine to every frame's seed centroid is
 *     below this is a {@code new frame} (default 0.5)
 * @param maxClusters the largest number of clusters per language the silhouette cut considers
 *     (default 40)
 * @param stopPhrases phrases (in any language, one a line, {@code lang<TAB>phrase}) never to
 *     suggest; keyed with {@link PhraseKey}
 * @param seed the seed of every random choice (k-means starts); the hierarchical clustering that
 *     the run uses has none
 */
public record DiscoveryConfig(
    int minMentions,
    int minDocs,
    int minN,
    int maxN,
    int window,
    int seedWindow,
    int topPerLanguage,
    double minNpmi,
    double nestedRatio,
    double knownShare,
    int dimensions,
    double newFrameThreshold,
    int maxClusters,
    List<String> stopPhrases,
    long seed)
    implements Serializable {

  public DiscoveryConfig {
    stopPhrases = List.copyOf(stopPhrases);
    if (minN < 2 || maxN > 4 || minN > maxN) {
      throw new NarrascopeException(
          "n-gram lengths " + minN + ".." + maxN + ": expected 2 <= min <= max <= 4");
    }
    if (minMentions < 1 || minDocs < 1 || topPerLanguage < 1 || window < 1 || seedWindow < 0) {
      throw new NarrascopeException(
          "discovery counts must be positive: min mentions "
              + minMentions
              + ", min docs "
              + minDocs
              + ", top "
              + topPerLanguage
              + ", window "
              + window);
    }
    if (dimensions < 1 || maxClusters < 2) {
      throw new NarrascopeException(
          "SVD dimensions " + dimensions + " and max clusters " + maxClusters + " are too small");
    }
  }

  /** The defaults listed on the record's parameters. */
  public static DiscoveryConfig defaults(long seed) {
    return new DiscoveryConfig(
        10, 5, 2, 4, 5, 25, 100, 0.25, 0.8, 0.5, 40, 0.5, 40, List.of(), seed);
  }

  /** The same settings with other minimum mentions and top-K. */
  public DiscoveryConfig withCounts(int minMentions, int topPerLanguage) {
    return new DiscoveryConfig(
        minMentions,
        minDocs,
        minN,
        maxN,
        window,
        seedWindow,
        topPerLanguage,
        minNpmi,
        nestedRatio,
        knownShare,
        dimensions,
        newFrameThreshold,
        maxClusters,
        stopPhrases,
        seed);
  }

  /** The same settings with a stop-phrase list ({@code lang<TAB>phrase} lines). */
  public DiscoveryConfig withStopPhrases(List<String> lines) {
    return new DiscoveryConfig(
        minMentions,
        minDocs,
        minN,
        maxN,
        window,
        seedWindow,
        topPerLanguage,
        minNpmi,
        nestedRatio,
        knownShare,
        dimensions,
        newFrameThreshold,
        maxClusters,
        lines,
        seed);
  }
}
