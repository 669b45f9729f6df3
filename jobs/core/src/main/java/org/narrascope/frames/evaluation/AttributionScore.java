package org.narrascope.frames.evaluation;

import java.util.OptionalDouble;
import org.narrascope.frames.attribution.MentionStance;

/**
 * Attribution quality in one language, or in all ({@link FrameScore#ALL}): the speaker and stance
 * the {@link org.narrascope.frames.attribution.MentionAttributor} gives each gold mention the
 * matcher found at exactly its span, against the hand-coded ones. A ratio whose denominator is zero
 * is empty.
 *
 * @param lang the documents' language, or {@link FrameScore#ALL}
 * @param mentions strict true positives attributed
 * @param confusion counts by gold stance (row) and predicted stance (column), both in {@link
 *     MentionStance} order
 * @param speakerMarked mentions whose gold speaker is not empty
 * @param speakerExact of those, mentions whose predicted speaker is exactly the gold one
 * @param speakerUnmarked mentions whose gold speaker is empty
 * @param speakerInvented of those, mentions given a speaker all the same
 */
public record AttributionScore(
    String lang,
    int mentions,
    int[][] confusion,
    int speakerMarked,
    int speakerExact,
    int speakerUnmarked,
    int speakerInvented) {

  public AttributionScore {
    int[][] copy = new int[3][3];
    for (int g = 0; g < 3; g++) {
      System.arraycopy(confusion[g], 0, copy[g], 0, 3);
    }
    confusion = copy;
  }

  /** Mentions with gold stance {@code gold} that were predicted {@code predicted}. */
  public int count(MentionStance gold, MentionStance predicted) {
    return confusion[gold.ordinal()][predicted.ordinal()];
  }

  /** Mentions whose predicted stance is the gold one. */
  public int stanceCorrect() {
    int sum = 0;
    for (int i = 0; i < 3; i++) {
      sum += confusion[i][i];
    }
    return sum;
  }

  /** Stance accuracy: correct / mentions. */
  public OptionalDouble stanceAccuracy() {
    return ratio(stanceCorrect(), mentions);
  }

  /** Speaker exact match where the gold marks a speaker. */
  public OptionalDouble speakerAccuracy() {
    return ratio(speakerExact, speakerMarked);
  }

  /** The share of mentions without a gold speaker that were given one. */
  public OptionalDouble inventedRate() {
    return ratio(speakerInvented, speakerUnmarked);
  }

  private static OptionalDouble ratio(int numerator, int denominator) {
    return denominator == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) numerator / denominator);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AttributionScore s
        && lang.equals(s.lang)
        && mentions == s.mentions
        && java.util.Arrays.deepEquals(confusion, s.confusion)
        && speakerMarked == s.speakerMarked
        && speakerExact == s.speakerExact
        && speakerUnmarked == s.speakerUnmarked
        && speakerInvented == s.speakerInvented;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
            lang, mentions, speakerMarked, speakerExact, speakerUnmarked, speakerInvented)
        + 31 * java.util.Arrays.deepHashCode(confusion);
  }

  @Override
  public String toString() {
    return "AttributionScore[lang="
        + lang
        + ", mentions="
        + mentions
        + ", confusion="
        + java.util.Arrays.deepToString(confusion)
        + ", speaker="
        + speakerExact
        + "/"
        + speakerMarked
        + ", invented="
        + speakerInvented
        + "/"
        + speakerUnmarked
        + "]";
  }
}
