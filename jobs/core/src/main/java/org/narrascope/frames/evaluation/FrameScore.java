package org.narrascope.frames.evaluation;

import java.util.OptionalDouble;

/**
 * The matching quality of one frame in one language, or of all frames ({@link #ALL}) in one or all
 * languages. Strict counts need the same span; lenient counts accept an overlapping span of the
 * same frame in the same field. A ratio whose denominator is zero is not defined: empty, never 0, 1
 * or NaN.
 *
 * @param frame the frame's id, or {@link #ALL}
 * @param lang the documents' language, or {@link #ALL}
 * @param gold marked mentions
 * @param predicted mentions the matcher reported
 * @param truePositives predicted mentions with a marked mention of the same frame and span
 * @param quotedAgreements true positives whose predicted {@code quoted} equals the marked one
 * @param lenientPredictedHits predicted mentions that overlap a marked mention of the same frame
 * @param lenientGoldHits marked mentions that a predicted mention of the same frame overlaps
 */
public record FrameScore(
    String frame,
    String lang,
    int gold,
    int predicted,
    int truePositives,
    int quotedAgreements,
    int lenientPredictedHits,
    int lenientGoldHits) {
  /** The frame or language of a row that sums over all of them. */
  public static final String ALL = "ALL";

  /** Marked mentions the matcher did not find at their span. */
  public int falseNegatives() {
    return gold - truePositives;
  }

  /** Predicted mentions that are not marked at their span. */
  public int falsePositives() {
    return predicted - truePositives;
  }

  /** True positives / predicted. */
  public OptionalDouble precision() {
    return ratio(truePositives, predicted);
  }

  /** True positives / gold. */
  public OptionalDouble recall() {
    return ratio(truePositives, gold);
  }

  /** The harmonic mean of precision and recall; empty when either is, 0 when both are 0. */
  public OptionalDouble f1() {
    // 2tp / (gold + predicted) equals 2PR/(P+R) and is 0, not undefined, when tp = 0.
    if (gold == 0 || predicted == 0) {
      return OptionalDouble.empty();
    }
    return ratio(2 * truePositives, gold + predicted);
  }

  /** Predicted mentions overlapping a marked one / predicted. */
  public OptionalDouble lenientPrecision() {
    return ratio(lenientPredictedHits, predicted);
  }

  /** Marked mentions overlapped by a predicted one / gold. */
  public OptionalDouble lenientRecall() {
    return ratio(lenientGoldHits, gold);
  }

  /** Share of the strict true positives whose quoted flag is right. */
  public OptionalDouble quotedAccuracy() {
    return ratio(quotedAgreements, truePositives);
  }

  private static OptionalDouble ratio(int numerator, int denominator) {
    return denominator == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) numerator / denominator);
  }
}
