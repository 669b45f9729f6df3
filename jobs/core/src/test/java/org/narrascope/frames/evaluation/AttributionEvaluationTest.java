package org.narrascope.frames.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.narrascope.corpus.SourceRegistry;
import org.narrascope.corpus.SourceRole;
import org.narrascope.frames.FrameMatcher;
import org.narrascope.frames.Lexicon;
import org.narrascope.frames.attribution.MentionAttributor;
import org.narrascope.frames.attribution.MentionStance;

/** The attributor on the real gold set: the measured figures held as floors. */
class AttributionEvaluationTest {
  @Test
  void theBuiltInCuesOnTheRealGoldSetKeepTheirMeasuredQuality() {
    EvaluationResult result = evaluate("../../corpus/gold");
    AttributionScore all = result.attribution(FrameScore.ALL).orElseThrow();
    System.out.println(result.attribution());
    result.attributionErrors().forEach(System.out::println);
    // Every strict true positive is attributed, per language and overall.
    assertThat(all.mentions()).isEqualTo(result.overall().truePositives());
    assertThat(result.attribution())
        .extracting(AttributionScore::lang)
        .containsExactly("en", "kk", "ru", "uk", "ALL");
    int sum = 0;
    for (MentionStance g : MentionStance.values()) {
      for (MentionStance p : MentionStance.values()) {
        sum += all.count(g, p);
      }
    }
    assertThat(sum).isEqualTo(all.mentions());
    assertThat(all.speakerMarked() + all.speakerUnmarked()).isEqualTo(all.mentions());
    assertThat(result.attributionErrors()).allMatch(e -> e.stanceWrong() || e.speakerWrong());
    // Measured on the 126-document gold set (594 attributed mentions): stance accuracy 0.924,
    // speaker exact match 0.917 (342 of 373 marked), invented speakers 0.036 (8 of 221); the
    // acceptance bar is 0.90 for both. The floors are the measured values minus 0.005: raise them
    // as the rules improve, never lower them to let a change through.
    assertThat(all.stanceAccuracy().orElseThrow()).isGreaterThanOrEqualTo(FLOOR_STANCE);
    assertThat(all.speakerAccuracy().orElseThrow()).isGreaterThanOrEqualTo(FLOOR_SPEAKER);
    assertThat(all.inventedRate().orElseThrow()).isLessThanOrEqualTo(CEILING_INVENTED);
  }

  /**
   * The development set ({@code corpus/gold-dev}): written held out, scored 0.805 and 0.627 by the
   * rules tuned on {@code corpus/gold}, then read to find rules that failed on new text. Its
   * figures (stance 0.941, speaker exact 0.925 of 134 marked, no invented speaker) now measure fit
   * too; the floors keep them.
   */
  @Test
  void theDevelopmentSetKeepsItsMeasuredQuality() {
    AttributionScore all =
        evaluate("../../corpus/gold-dev").attribution(FrameScore.ALL).orElseThrow();
    assertThat(all.mentions()).isEqualTo(220);
    assertThat(all.stanceAccuracy().orElseThrow()).isGreaterThanOrEqualTo(0.936);
    assertThat(all.speakerAccuracy().orElseThrow()).isGreaterThanOrEqualTo(0.920);
    assertThat(all.inventedRate().orElseThrow()).isLessThanOrEqualTo(0.02);
  }

  /**
   * The second development set ({@code corpus/gold-dev2}): written held out, scored once (stance
   * 0.803, speaker exact 0.629 of 151 marked) by the rules tuned on the two sets before it, then
   * read for the next round of rules; now stance 0.918, speaker exact 0.841. The floors keep it.
   */
  @Test
  void theSecondDevelopmentSetKeepsItsMeasuredQuality() {
    AttributionScore all =
        evaluate("../../corpus/gold-dev2").attribution(FrameScore.ALL).orElseThrow();
    assertThat(all.mentions()).isEqualTo(233);
    assertThat(all.stanceAccuracy().orElseThrow()).isGreaterThanOrEqualTo(0.913);
    assertThat(all.speakerAccuracy().orElseThrow()).isGreaterThanOrEqualTo(0.836);
    assertThat(all.inventedRate().orElseThrow()).isLessThanOrEqualTo(0.042);
  }

  /**
   * The held-out set ({@code corpus/gold-heldout}): written by a coder who never saw the rules or
   * the earlier sets' errors, with constructions chosen to differ from theirs, scored once (stance
   * 0.749, speaker exact 0.580 of 138 marked, invented 0.039) and never read. This is the figure
   * that says how the rules generalise; the test prints no error on purpose, so that nobody tunes
   * on it by accident.
   */
  @Test
  void theHeldOutSetKeepsItsMeasuredQuality() {
    AttributionScore all =
        evaluate("../../corpus/gold-heldout").attribution(FrameScore.ALL).orElseThrow();
    assertThat(all.mentions()).isEqualTo(215);
    assertThat(all.stanceAccuracy().orElseThrow()).isGreaterThanOrEqualTo(0.744);
    assertThat(all.speakerAccuracy().orElseThrow()).isGreaterThanOrEqualTo(0.575);
    assertThat(all.inventedRate().orElseThrow()).isLessThanOrEqualTo(0.044);
  }

  private static EvaluationResult evaluate(String dir) {
    try (FrameMatcher matcher =
        FrameMatcher.compile(Lexicon.load(Path.of("../../corpus/frames/kazakhstan-2022.yaml")))) {
      return MatchingEvaluation.run(
          GoldSet.load(Path.of(dir)),
          matcher,
          MentionAttributor.builtIn(),
          SourceRegistry.load(Path.of("../../corpus/sources.csv"))
              .namesWithRole(SourceRole.OFFICIAL));
    }
  }

  private static final double FLOOR_STANCE = 0.919;
  private static final double FLOOR_SPEAKER = 0.912;
  private static final double CEILING_INVENTED = 0.041;
}
