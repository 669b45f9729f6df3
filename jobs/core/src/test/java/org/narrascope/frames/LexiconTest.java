package org.narrascope.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrascope.NarrascopeException;

class LexiconTest {
  private static final String HEAD =
      """
      lexicon: test
      description: a test lexicon
      frames:
        - id: gas_prices
          label: gas prices
          stance: skeptic
          narrative: Prices, not plots.
          variants:
      """;

  /** A lexicon whose one frame has the given variants block (indented under "variants:"). */
  private static String withVariants(String variants) {
    return HEAD + variants.indent(6);
  }

  private static void assertRejected(String yaml, int line, String message) {
    assertThatThrownBy(() -> Lexicon.parse(yaml, "bad.yaml"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageStartingWith("bad.yaml line " + line + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void loadsTheShippedLexicon() {
    Lexicon lexicon = Lexicon.load(FrameExamples.SHIPPED);
    assertThat(lexicon.name()).isEqualTo("kazakhstan-2022");
    assertThat(lexicon.frames())
        .extracting(Frame::id)
        .containsExactly(
            "maidan_technologies",
            "foreign_fighters",
            "terrorist_gangs",
            "coup_attempt",
            "color_revolution",
            "elite_power_struggle",
            "gas_prices");
    assertThat(lexicon.frames())
        .extracting(Frame::stance)
        .containsExactly(
            Stance.OFFICIAL,
            Stance.OFFICIAL,
            Stance.OFFICIAL,
            Stance.OFFICIAL,
            Stance.OFFICIAL,
            Stance.SKEPTIC,
            Stance.SKEPTIC);
    for (Frame frame : lexicon.frames()) {
      assertThat(frame.variants().keySet()).as(frame.id()).containsExactly("en", "kk", "ru", "uk");
      assertThat(frame.narrative()).isNotBlank();
    }
    Variant jets = lexicon.frame("foreign_fighters").orElseThrow().variantsOf("en").get(0);
    assertThat(jets.phrase()).isEqualTo("foreign fighters");
    assertThat(jets.excludeFollowing()).contains("jet");
    assertThat(jets.line()).isGreaterThan(30);
    assertThat(
            lexicon.frames().stream()
                .mapToInt(f -> f.variants().values().stream().mapToInt(List::size).sum())
                .sum())
        .isEqualTo(104);
  }

  @Test
  void readsVariantOptionsAndLines() {
    Lexicon lexicon =
        Lexicon.parse(
            withVariants(
                """
                en:
                  - "gas prices"
                  - phrase: "[gas|LPG] price*"
                    slop: 2
                    ordered: false
                    exclude_following: [station]
                    exclude_preceding: [no]
                """),
            "ok.yaml");
    List<Variant> en = lexicon.frames().get(0).variantsOf("en");
    assertThat(en)
        .containsExactly(
            new Variant("en", "gas prices", 0, true, List.of(), List.of(), 10),
            new Variant("en", "[gas|LPG] price*", 2, false, List.of("station"), List.of("no"), 11));
    assertThat(en.get(1).slots()).containsExactly(List.of("gas", "LPG"), List.of("price*"));
    assertThat(lexicon.frames().get(0).variantsOf("de")).isEmpty();
  }

  @Test
  void rejectsAnUnknownKey() {
    assertRejected(
        withVariants("en:\n  - phrase: gas prices\n    slopp: 1\n"), 11, "unknown key 'slopp'");
    assertRejected(
        HEAD.replace("label:", "lable:") + "      en: [gas]\n", 5, "unknown key 'lable'");
  }

  @Test
  void rejectsMissingIdLabelOrStance() {
    assertRejected(
        HEAD.replace("  - id: gas_prices\n    label", "  - label") + "      en: [gas]\n",
        4,
        "missing key 'id'");
    assertRejected(
        HEAD.replace("    label: gas prices\n", "") + "      en: [gas]\n",
        4,
        "missing key 'label'");
    assertRejected(
        HEAD.replace("    stance: skeptic\n", "") + "      en: [gas]\n", 4, "missing key 'stance'");
  }

  @Test
  void rejectsADuplicateFrameId() {
    String frame = HEAD.substring(HEAD.indexOf("  - id")) + "      en: [gas]\n";
    assertRejected(
        HEAD + "      en: [gas]\n" + frame,
        10,
        "duplicate frame id 'gas_prices' (first defined on line 4)");
  }

  @Test
  void rejectsABadStance() {
    assertRejected(
        HEAD.replace("skeptic", "neutral") + "      en: [gas]\n",
        6,
        "stance 'neutral' is not one of: official, skeptic");
  }

  @Test
  void rejectsABadLanguageCode() {
    assertRejected(withVariants("English: [gas]\n"), 9, "language code 'English'");
  }

  @Test
  void rejectsAnEmptyPhrase() {
    assertRejected(withVariants("en:\n  - \"\"\n"), 10, "empty phrase");
    assertRejected(withVariants("en:\n  - phrase: \"  \"\n"), 10, "empty phrase");
  }

  @Test
  void rejectsANegativeSlop() {
    assertRejected(
        withVariants("en:\n  - phrase: gas prices\n    slop: -1\n"), 11, "slop -1 is negative");
  }

  @Test
  void rejectsUnbalancedBrackets() {
    assertRejected(withVariants("en:\n  - \"[gas|LPG prices\"\n"), 10, "unbalanced brackets");
    assertRejected(withVariants("en:\n  - \"gas] prices\"\n"), 10, "unbalanced brackets");
    assertRejected(withVariants("en:\n  - \"[gas|] prices\"\n"), 10, "empty alternative");
  }

  @Test
  void rejectsAVariantWhoseWordsAllAnalyseToNothing() {
    assertRejected(withVariants("ru:\n  - \"— …\"\n"), 10, "all analyse to nothing");
  }

  @Test
  void reportsYamlSyntaxErrorsWithTheirLine() {
    assertRejected(HEAD + "      en: [gas\n      ru: x\n", 10, "YAML syntax error");
  }

  @Test
  void reportsAMissingFile() {
    assertThatThrownBy(() -> Lexicon.load(Path.of("no/such/lexicon.yaml")))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageContaining("cannot read lexicon no/such/lexicon.yaml");
  }
}
