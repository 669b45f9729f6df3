package org.narrascope.frames.evaluation;

import java.util.Objects;

/**
 * A gold mention found by the matcher whose predicted speaker or stance differs from the coded one.
 *
 * @param docId the document's id
 * @param lang the document's language
 * @param field {@code title} or {@code text}
 * @param frame the frame's id
 * @param start index of the span's first character in the field
 * @param end index after the span's last character
 * @param surface the span as written
 * @param goldStance the coded stance code
 * @param predictedStance the predicted stance code
 * @param goldSpeaker the coded speaker (empty: none)
 * @param predictedSpeaker the predicted speaker (empty: none)
 * @param context the mention's sentence context, the span between {@code [[} and {@code ]]}
 */
public record AttributionError(
    String docId,
    String lang,
    String field,
    String frame,
    int start,
    int end,
    String surface,
    String goldStance,
    String predictedStance,
    String goldSpeaker,
    String predictedSpeaker,
    String context) {

  public AttributionError {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(goldStance, "goldStance");
    Objects.requireNonNull(predictedStance, "predictedStance");
    Objects.requireNonNull(goldSpeaker, "goldSpeaker");
    Objects.requireNonNull(predictedSpeaker, "predictedSpeaker");
    Objects.requireNonNull(context, "context");
  }

  /** Whether the stance is wrong (else only the speaker is). */
  public boolean stanceWrong() {
    return !goldStance.equals(predictedStance);
  }

  /** Whether the speaker is wrong. */
  public boolean speakerWrong() {
    return !goldSpeaker.equals(predictedSpeaker);
  }
}
