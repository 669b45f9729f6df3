package org.narrascope.frames.evaluation;

import java.util.List;
import java.util.Optional;

/**
 * What {@link MatchingEvaluation#run} measured.
 *
 * @param scores one row per frame × language (by frame, then language), then one per language with
 *     frame {@link FrameScore#ALL} (by language), then the overall row ({@code ALL}, {@code ALL})
 * @param errors every miss and false hit, by document, field, start, frame, kind
 * @param attribution attribution quality on the strict true positives: one row per language (by
 *     language), then the overall row ({@code ALL})
 * @param attributionErrors every true positive whose predicted speaker or stance is wrong, by
 *     document, field, start, frame
 */
public record EvaluationResult(
    List<FrameScore> scores,
    List<MatchingError> errors,
    List<AttributionScore> attribution,
    List<AttributionError> attributionErrors) {

  public EvaluationResult {
    scores = List.copyOf(scores);
    errors = List.copyOf(errors);
    attribution = List.copyOf(attribution);
    attributionErrors = List.copyOf(attributionErrors);
  }

  /** A result without attribution measures. */
  public EvaluationResult(List<FrameScore> scores, List<MatchingError> errors) {
    this(scores, errors, List.of(), List.of());
  }

  /** The attribution row of {@code lang}, which may be {@link FrameScore#ALL}. */
  public Optional<AttributionScore> attribution(String lang) {
    return attribution.stream().filter(s -> s.lang().equals(lang)).findFirst();
  }

  /** The row of {@code frame} in {@code lang}; either may be {@link FrameScore#ALL}. */
  public Optional<FrameScore> score(String frame, String lang) {
    return scores.stream()
        .filter(s -> s.frame().equals(frame) && s.lang().equals(lang))
        .findFirst();
  }

  /** All frames in all languages: the headline. */
  public FrameScore overall() {
    return score(FrameScore.ALL, FrameScore.ALL).orElseThrow();
  }

  /** The errors of one kind, in {@link #errors} order. */
  public List<MatchingError> errors(MatchingError.Kind kind) {
    return errors.stream().filter(e -> e.kind() == kind).toList();
  }
}
