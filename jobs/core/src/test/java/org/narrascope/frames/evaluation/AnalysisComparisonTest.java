package org.narrascope.frames.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.NarrascopeException;
import org.narrascope.analysis.AnalysisChain;
import org.narrascope.frames.Lexicon;
import org.narrascope.report.Tables;

class AnalysisComparisonTest {
  private static final String LEXICON =
      """
      lexicon: tiny
      description: one frame for the comparison test
      frames:
        - id: foreign_fighters
          label: foreign fighters
          stance: official
          narrative: Fighters came from abroad.
          variants:
            en:
              - "foreign fighter"
      """;

  private static final String TEXT = "Foreign fighters attacked. No foreign fighter jets flew.";

  @TempDir Path dir;

  private void writeTinyGoldSet() throws IOException {
    Files.writeString(
        dir.resolve("articles.jsonl"),
        "{\"id\": \"d1\", \"source\": \"tiny\", \"date\": \"2022-01-06\", \"lang\": \"en\","
            + " \"title\": \"\", \"text\": \""
            + TEXT
            + "\", \"url\": \"\"}\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("mentions.csv"),
        "doc_id,field,frame,start,end,quoted,surface,speaker,stance\r\n"
            + "d1,text,foreign_fighters,0,16,false,Foreign fighters,,endorsed\r\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve(AnalysisComparison.HARD_NEGATIVES),
        "lang,surface\r\nen,foreign fighter jets\r\nru,иностранные журналисты\r\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void scoresEveryChainOfTheLanguageAndCountsHitsOnHardNegatives() throws IOException {
    writeTinyGoldSet();
    List<AnalysisComparison.Row> rows =
        AnalysisComparison.run(
            GoldSet.load(dir),
            Lexicon.parse(LEXICON, "tiny.yaml"),
            AnalysisComparison.loadHardNegatives(dir));

    assertThat(rows)
        .extracting(r -> r.chain().id())
        .containsExactly("en:minimal", "en:porter", "en:kstem", "en:none");
    assertThat(rows)
        .extracting(AnalysisComparison.Row::isDefault)
        .containsExactly(true, false, false, false);
    // A stemmer finds "Foreign fighters" (right) and "foreign fighter" before "jets" (a hard
    // negative); without one only the singular inside the hard negative matches.
    AnalysisComparison.Row minimal = rows.get(0);
    assertThat(minimal.score().gold()).isEqualTo(1);
    assertThat(minimal.score().predicted()).isEqualTo(2);
    assertThat(minimal.score().truePositives()).isEqualTo(1);
    assertThat(minimal.hardNegativeHits()).isEqualTo(1);
    AnalysisComparison.Row none = rows.get(3);
    assertThat(none.score().predicted()).isEqualTo(1);
    assertThat(none.score().truePositives()).isZero();
    assertThat(none.score().f1()).isEqualTo(OptionalDouble.of(0));
    assertThat(none.hardNegativeHits()).isEqualTo(1);
    assertThat(AnalysisComparison.best(rows).get("en").chain().id()).isEqualTo("en:minimal");
  }

  @Test
  void writesTheTableWithItsSchemaHeader() throws IOException {
    writeTinyGoldSet();
    List<AnalysisComparison.Row> rows =
        AnalysisComparison.run(
            GoldSet.load(dir),
            Lexicon.parse(LEXICON, "tiny.yaml"),
            AnalysisComparison.loadHardNegatives(dir),
            List.of(AnalysisChain.of("en", "none")));
    Path out = dir.resolve("out");
    AnalysisComparison.write(rows, out);
    List<String> lines =
        Files.readAllLines(Tables.ANALYSIS_COMPARISON.pathIn(out), StandardCharsets.UTF_8);
    assertThat(lines.get(0))
        .isEqualTo(
            "lang,chain,is_default,gold,predicted,true_positives,precision,recall,f1,false_hits,"
                + "hard_negative_hits,description");
    assertThat(lines.get(1))
        .isEqualTo(
            "en,en:none,false,1,1,0,0,0,0,1,1," + AnalysisChain.of("en", "none").description());
    assertThat(lines).hasSize(2);
  }

  @Test
  void refusesAHardNegativesFileWithAnotherHeader() throws IOException {
    Files.writeString(
        dir.resolve(AnalysisComparison.HARD_NEGATIVES),
        "language,phrase\nen,x\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> AnalysisComparison.loadHardNegatives(dir))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageContaining("hard_negatives.csv: line 1: expected the header lang,surface");
  }

  @Test
  void everyHardNegativeOfTheGoldSetOccursInItsLanguage() {
    GoldSet gold = GoldSet.load(Path.of("../../corpus/gold"));
    List<AnalysisComparison.HardNegative> negatives =
        AnalysisComparison.loadHardNegatives(Path.of("../../corpus/gold"));
    assertThat(negatives).hasSize(80);
    for (AnalysisComparison.HardNegative n : negatives) {
      assertThat(
              gold.documents().stream()
                  .filter(d -> d.lang().equals(n.lang()))
                  .anyMatch(d -> d.title().contains(n.surface()) || d.text().contains(n.surface())))
          .as(n.toString())
          .isTrue();
    }
  }

  /**
   * The measurement behind each language's default chain, on the 126-document gold set with the
   * shipped lexicon. Each default has the highest F1 of its language (Russian: Snowball and the
   * light stemmer tie, the default stays), and no chain hits a hard negative.
   */
  @Test
  void theDefaultChainOfEachLanguageIsTheBestOnTheGoldSet() {
    GoldSet gold = GoldSet.load(Path.of("../../corpus/gold"));
    List<AnalysisComparison.Row> rows =
        AnalysisComparison.run(
            gold,
            Lexicon.load(Path.of("../../corpus/frames/kazakhstan-2022.yaml")),
            AnalysisComparison.loadHardNegatives(Path.of("../../corpus/gold")));
    System.out.print(AnalysisComparison.markdown(rows));

    // chain id -> gold, predicted, true positives, hard-negative hits
    Map<String, List<Integer>> counts =
        rows.stream()
            .collect(
                Collectors.toMap(
                    r -> r.chain().id(),
                    r ->
                        List.of(
                            r.score().gold(),
                            r.score().predicted(),
                            r.score().truePositives(),
                            r.hardNegativeHits())));
    assertThat(rows)
        .extracting(r -> r.chain().id())
        .containsExactly(
            "en:minimal",
            "en:porter",
            "en:kstem",
            "en:none",
            "kk:suffix",
            "kk:none",
            "ru:snowball",
            "ru:light",
            "ru:none",
            "uk:morfologik",
            "uk:ru-light",
            "uk:none");
    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("en:minimal", List.of(140, 140, 140, 0)),
                Map.entry("en:porter", List.of(140, 140, 139, 0)),
                Map.entry("en:kstem", List.of(140, 140, 139, 0)),
                Map.entry("en:none", List.of(140, 128, 128, 0)),
                Map.entry("kk:suffix", List.of(150, 150, 150, 0)),
                Map.entry("kk:none", List.of(150, 55, 55, 0)),
                Map.entry("ru:snowball", List.of(157, 155, 155, 0)),
                Map.entry("ru:light", List.of(157, 155, 155, 0)),
                Map.entry("ru:none", List.of(157, 63, 63, 0)),
                Map.entry("uk:morfologik", List.of(149, 149, 149, 0)),
                Map.entry("uk:ru-light", List.of(149, 112, 112, 0)),
                Map.entry("uk:none", List.of(149, 64, 64, 0))));

    // No margin is needed: every default is (one of) the best of its language.
    Map<String, AnalysisComparison.Row> best = AnalysisComparison.best(rows);
    assertThat(best.keySet()).containsExactly("en", "kk", "ru", "uk");
    for (AnalysisComparison.Row row : best.values()) {
      assertThat(row.isDefault()).as(row.chain().id()).isTrue();
    }
    assertThat(rows.get(0).score().f1().getAsDouble()).isEqualTo(1.0);
  }
}
