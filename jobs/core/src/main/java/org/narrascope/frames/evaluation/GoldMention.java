package org.narrascope.frames.evaluation;

import java.util.Objects;

/**
 * One hand-marked frame mention of the gold set (a row of {@code corpus/gold/mentions.csv}).
 *
 * @param docId the document's id
 * @param field {@code title} or {@code text}
 * @param frame the frame's id in the lexicon
 * @param start index of the first character of the span in the field (Java String index)
 * @param end index after the last character of the span
 * @param quoted whether the span lies inside quotation marks
 * @param surface the span exactly as written in the field
 * @param speaker the attributed source as written, empty for the outlet's own voice
 * @param stance {@code endorsed}, {@code reported} or {@code distanced}
 */
public record GoldMention(
    String docId,
    String field,
    String frame,
    int start,
    int end,
    boolean quoted,
    String surface,
    String speaker,
    String stance) {

  public GoldMention {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(stance, "stance");
  }
}
