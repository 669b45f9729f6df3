package org.narrascope.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.narrascope.frames.Frame;
import org.narrascope.frames.Lexicon;
import org.narrascope.frames.Stance;

class LexiconSuggestionsTest {
  private static PhraseCandidate candidate(String lang, String phrase, double z, String known) {
    return new PhraseCandidate(
        lang,
        PhraseKey.of(lang, phrase),
        phrase,
        phrase.split(" ").length,
        50,
        40,
        3,
        0.8,
        100,
        z,
        0.1,
        Optional.ofNullable(known),
        Math.abs(z));
  }

  private static ClusteredPhrase row(int cluster, String label, PhraseCandidate c, String frame) {
    return new ClusteredPhrase(
        cluster, label, c, 1.0, frame, frame.equals(Discovery.NEW_FRAME) ? 0.2 : 0.9);
  }

  @Test
  void variantsGoUnderTheirFrameAndNewFramesBecomeFramesThatTheLexiconReaderLoads() {
    Lexicon lexicon = Lexicon.parse(PhraseScannerTest.LEXICON, "test");
    List<ClusteredPhrase> clusters =
        List.of(
            row(
                1,
                "иностранные боевики",
                candidate("ru", "иностранные боевики", 3, "foreign_fighters"),
                "foreign_fighters"),
            row(
                1,
                "иностранные боевики",
                candidate("ru", "боевики из-за рубежа", 2.5, null),
                "foreign_fighters"),
            row(2, "единый центр", candidate("ru", "единый центр", 2.6, null), Discovery.NEW_FRAME),
            row(2, "единый центр", candidate("ru", "единый штаб", 2.2, null), Discovery.NEW_FRAME),
            row(3, "fuel costs", candidate("en", "fuel costs", -3.1, null), Discovery.NEW_FRAME),
            row(4, "x", candidate("en", "odd [phrase]", 2, null), Discovery.NEW_FRAME));
    String yaml = LexiconSuggestions.yaml(lexicon, clusters).orElseThrow();
    assertThat(yaml)
        .contains("# suggestion: new variants of the shipped frame foreign_fighters")
        .contains(
            "# suggestion: a new frame, cluster 2 of phrase_clusters.csv (mean keyness_z 2.4)")
        .doesNotContain("иностранные боевики\"", "odd");
    Lexicon read = Lexicon.parse(yaml, "lexicon_suggestions.yaml");
    assertThat(read.frames())
        .extracting(Frame::id)
        .containsExactly("foreign_fighters", "new_frame_2", "new_frame_3");
    Frame ff = read.frame("foreign_fighters").orElseThrow();
    assertThat(ff.label()).isEqualTo("foreign fighters");
    assertThat(ff.stance()).isEqualTo(Stance.OFFICIAL);
    assertThat(ff.variantsOf("ru"))
        .extracting(v -> v.phrase())
        .containsExactly("боевики из-за рубежа");
    Frame centre = read.frame("new_frame_2").orElseThrow();
    assertThat(centre.label()).isEqualTo("единый центр");
    assertThat(centre.stance()).isEqualTo(Stance.OFFICIAL);
    assertThat(centre.variantsOf("ru"))
        .extracting(v -> v.phrase())
        .containsExactly("единый центр", "единый штаб");
    assertThat(read.frame("new_frame_3").orElseThrow().stance()).isEqualTo(Stance.SKEPTIC);
  }

  @Test
  void nothingToSuggestIsEmpty() {
    Lexicon lexicon = Lexicon.parse(PhraseScannerTest.LEXICON, "test");
    assertThat(
            LexiconSuggestions.yaml(
                lexicon,
                List.of(
                    row(
                        1,
                        "цены на газ",
                        candidate("ru", "цены на газ", -2, "gas_prices"),
                        "gas_prices"))))
        .isEmpty();
  }
}
