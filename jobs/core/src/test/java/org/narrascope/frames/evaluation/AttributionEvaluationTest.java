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
    EvaluationResult result;
    try (FrameMatcher matcher =
        FrameMatcher.compile(Lexicon.load(Path.of("../../corpus/frames/kazakhstan-2022.yaml")))) {
      result =
          MatchingEvaluation.run(
              GoldSet.load(Path.of("../../corpus/gold")),
              matcher,
              MentionAttributor.builtIn(),
              SourceRegistry.load(Path.of("../../corpus/sources.csv"))
                  .namesWithRole(SourceRole.OFFICIAL));
    }
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
    // Measured on the 126-document gold set (590 attributed mentions): stance accuracy 0.886441
    // (523), speaker exact match 0.800539 (297 of 371 marked), invented speakers 0.059361 (13 of
    // 219). On the first 66 documents, for the first rules,, on which the rules were written, 0.863
    // and 0.672; on the
    // 60 documents added later, before any rule saw them, 0.827 and 0.665. The floors are the
    // measured values minus 0.005; the acceptance target (0.90 for both) is NOT reached yet:
    // raise the floors as the rules improve.
    assertThat(all.stanceAccuracy().orElseThrow()).isGreaterThanOrEqualTo(FLOOR_STANCE);
    assertThat(all.speakerAccuracy().orElseThrow()).isGreaterThanOrEqualTo(FLOOR_SPEAKER);
    assertThat(all.inventedRate().orElseThrow()).isLessThanOrEqualTo(CEILING_INVENTED);
  }

  private static final double FLOOR_STANCE = 0.881;
  private static final double FLOOR_SPEAKER = 0.795;
  private static final double CEILING_INVENTED = 0.065;
}
