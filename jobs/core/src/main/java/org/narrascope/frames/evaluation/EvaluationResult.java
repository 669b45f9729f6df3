package org.narrascope.frames.evaluation;

import java.util.List;
import java.util.Optional;

/**
 * What {@link MatchingEvaluation#run} measured.
 *
 * @param scores one row per frame × language (by frame, then language), then one per language with
 *     frame {@link FrameScore#ALL} (by language), then the overall row ({@code ALL}, {@code ALL})
 * @param errors every miss and false hit, by document, field, start, frame, kind
 */
public record EvaluationResult(List<FrameScore> scores, List<MatchingError> errors) {

  public EvaluationResult {
    scores = List.copyOf(scores);
    errors = List.copyOf(errors);
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
