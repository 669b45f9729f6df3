package org.narrascope.frames.evaluation;

import java.util.Objects;

/**
 * One disagreement between matcher and gold set, for a researcher to read.
 *
 * @param kind a marked mention that was not found, or a found one that is not marked
 * @param docId the document's id
 * @param lang the document's language
 * @param field {@code title} or {@code text}
 * @param frame the frame's id
 * @param start index of the span's first character in the field
 * @param end index after the span's last character
 * @param surface the span as written in the field
 * @param context up to 40 characters either side of the span, the span between {@code [[} and
 *     {@code ]]}
 */
public record MatchingError(
    Kind kind,
    String docId,
    String lang,
    String field,
    String frame,
    int start,
    int end,
    String surface,
    String context) {

  /** What went wrong. */
  public enum Kind {
    /** A marked mention the matcher did not report at the same span. */
    MISS("miss"),
    /** A reported mention that is not marked at the same span. */
    FALSE_HIT("false_hit");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The name written in {@code matching_errors.csv}. */
    public String label() {
      return label;
    }
  }

  public MatchingError {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(context, "context");
  }
}
