package org.narrascope.frames.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.NarrascopeException;
import org.narrascope.frames.FrameMatcher;
import org.narrascope.frames.Lexicon;
import org.narrascope.frames.attribution.MentionStance;

class MatchingEvaluationTest {
  private static final String LEXICON =
      """
      lexicon: tiny
      description: two frames for the evaluation test
      frames:
        - id: coup_attempt
          label: coup attempt
          stance: official
          narrative: A coup was attempted.
          variants:
            en:
              - "coup attempt"
            ru:
              - "попытка переворота"
        - id: gas_prices
          label: gas prices
          stance: skeptic
          narrative: Prices, not plots.
          variants:
            en:
              - "gas prices"
      """;

  private static final String T1 = "Coup attempt foiled";
  private static final String X1 =
      "Officials spoke of a coup attempt. Experts blamed \"gas prices\".";
  private static final String T2 = "“Coup attempt” claims";
  private static final String X2 = "The prices of gas were the trigger, not a failed coup attempt.";
  private static final String X3 =
      "Власти говорят о попытке переворота. Это не первая попытка переворота.";

  @TempDir Path dir;

  private static String article(String id, String lang, String title, String text) {
    return String.format(
        java.util.Locale.ROOT,
        "{\"id\": \"%s\", \"source\": \"tiny_outlet\", \"date\": \"2022-01-06\", \"lang\": \"%s\","
            + " \"title\": \"%s\", \"text\": \"%s\", \"url\": \"\"}\n",
        id,
        lang,
        title.replace("\"", "\\\""),
        text.replace("\"", "\\\""));
  }

  /** A mentions.csv row for the first occurrence of {@code surface} in {@code in}. */
  private static String mention(
      String doc, String field, String frame, String in, String surface, boolean quoted) {
    int start = in.indexOf(surface);
    assertThat(start).as(surface).isNotNegative();
    return String.join(
            ",",
            doc,
            field,
            frame,
            Integer.toString(start),
            Integer.toString(start + surface.length()),
            Boolean.toString(quoted),
            surface,
            "",
            "endorsed")
        + "\r\n";
  }

  private void writeTinyGoldSet() throws IOException {
    Files.writeString(
        dir.resolve("articles.jsonl"),
        article("d1", "en", T1, X1) + article("d2", "en", T2, X2) + article("d3", "ru", "", X3),
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("mentions.csv"),
        "doc_id,field,frame,start,end,quoted,surface,speaker,stance\r\n"
            + mention("d1", "title", "coup_attempt", T1, "Coup attempt", false)
            + mention("d1", "text", "coup_attempt", X1, "coup attempt", false)
            + mention("d1", "text", "gas_prices", X1, "gas prices", true)
            // The coder says "not quoted" where the matcher sees “…”: one quoted disagreement.
            + mention("d2", "title", "coup_attempt", T2, "Coup attempt", false)
            // A reordering the lexicon lacks: a miss.
            + mention("d2", "text", "gas_prices", X2, "prices of gas", true)
            // A wider gold span: strict miss plus false hit, leniently both right.
            + mention("d2", "text", "coup_attempt", X2, "failed coup attempt", false)
            // Only the first of two: the second found one is a false hit.
            + mention("d3", "text", "coup_attempt", X3, "попытке переворота", false),
        StandardCharsets.UTF_8);
  }

  private static FrameMatcher tinyMatcher() {
    return FrameMatcher.compile(Lexicon.parse(LEXICON, "tiny.yaml"));
  }

  @Test
  void loadsTheTinyGoldSet() throws IOException {
    writeTinyGoldSet();
    GoldSet gold = GoldSet.load(dir);
    assertThat(gold.documents()).extracting(d -> d.id()).containsExactly("d1", "d2", "d3");
    assertThat(gold.documents().get(2).title()).isEmpty();
    assertThat(gold.mentions()).hasSize(7);
    assertThat(gold.mentions().get(2))
        .isEqualTo(
            new GoldMention(
                "d1", "text", "gas_prices", 51, 61, true, "gas prices", "", "endorsed"));
  }

  @Test
  void scoresTheTinyGoldSetExactly() throws IOException {
    writeTinyGoldSet();
    EvaluationResult result;
    try (FrameMatcher matcher = tinyMatcher()) {
      result = MatchingEvaluation.run(GoldSet.load(dir), matcher);
    }
    assertThat(result.scores())
        .containsExactly(
            new FrameScore("coup_attempt", "en", 4, 4, 3, 2, 4, 4),
            new FrameScore("coup_attempt", "ru", 1, 2, 1, 1, 1, 1),
            new FrameScore("gas_prices", "en", 2, 1, 1, 1, 1, 1),
            new FrameScore("gas_prices", "ru", 0, 0, 0, 0, 0, 0),
            new FrameScore("ALL", "en", 6, 5, 4, 3, 5, 5),
            new FrameScore("ALL", "ru", 1, 2, 1, 1, 1, 1),
            new FrameScore("ALL", "ALL", 7, 7, 5, 4, 6, 6));

    FrameScore en = result.score("ALL", "en").orElseThrow();
    assertThat(en.precision()).isEqualTo(OptionalDouble.of(0.8));
    assertThat(en.recall()).isEqualTo(OptionalDouble.of(4.0 / 6));
    assertThat(en.f1()).isEqualTo(OptionalDouble.of(8.0 / 11));
    assertThat(en.lenientRecall()).isEqualTo(OptionalDouble.of(5.0 / 6));
    assertThat(en.quotedAccuracy()).isEqualTo(OptionalDouble.of(0.75));
    FrameScore none = result.score("gas_prices", "ru").orElseThrow();
    assertThat(none.precision()).isEmpty();
    assertThat(none.recall()).isEmpty();
    assertThat(none.f1()).isEmpty();
    FrameScore overall = result.overall();
    assertThat(overall.precision()).isEqualTo(OptionalDouble.of(5.0 / 7));
    assertThat(overall.recall()).isEqualTo(OptionalDouble.of(5.0 / 7));
    assertThat(overall.falsePositives()).isEqualTo(2);
    assertThat(overall.falseNegatives()).isEqualTo(2);

    assertThat(result.errors())
        .containsExactly(
            new MatchingError(
                MatchingError.Kind.MISS,
                "d2",
                "en",
                "text",
                "gas_prices",
                4,
                17,
                "prices of gas",
                "The [[prices of gas]] were the trigger, not a failed coup att"),
            new MatchingError(
                MatchingError.Kind.MISS,
                "d2",
                "en",
                "text",
                "coup_attempt",
                42,
                61,
                "failed coup attempt",
                "e prices of gas were the trigger, not a [[failed coup attempt]]."),
            new MatchingError(
                MatchingError.Kind.FALSE_HIT,
                "d2",
                "en",
                "text",
                "coup_attempt",
                49,
                61,
                "coup attempt",
                "s of gas were the trigger, not a failed [[coup attempt]]."),
            new MatchingError(
                MatchingError.Kind.FALSE_HIT,
                "d3",
                "ru",
                "text",
                "coup_attempt",
                51,
                69,
                "попытка переворота",
                "рят о попытке переворота. Это не первая [[попытка переворота]]."));
  }

  @Test
  void writesBothTablesAsCsv() throws IOException {
    writeTinyGoldSet();
    EvaluationResult result;
    try (FrameMatcher matcher = tinyMatcher()) {
      result = MatchingEvaluation.run(GoldSet.load(dir), matcher);
    }
    Path out = dir.resolve("out");
    MatchingQualityTable.write(result, out);
    assertThat(Files.readString(out.resolve("matching_quality.csv"), StandardCharsets.UTF_8))
        .isEqualTo(
            "frame,lang,gold,predicted,true_positives,precision,recall,f1,lenient_precision,"
                + "lenient_recall,quoted_accuracy\r\n"
                + "coup_attempt,en,4,4,3,0.75,0.75,0.75,1,1,0.666667\r\n"
                + "coup_attempt,ru,1,2,1,0.5,1,0.666667,0.5,1,1\r\n"
                + "gas_prices,en,2,1,1,1,0.5,0.666667,1,0.5,1\r\n"
                + "gas_prices,ru,0,0,0,,,,,,\r\n"
                + "ALL,en,6,5,4,0.8,0.666667,0.727273,1,0.833333,0.75\r\n"
                + "ALL,ru,1,2,1,0.5,1,0.666667,0.5,1,1\r\n"
                + "ALL,ALL,7,7,5,0.714286,0.714286,0.714286,0.857143,0.857143,0.8\r\n");
    List<String> errors =
        Files.readString(out.resolve("matching_errors.csv"), StandardCharsets.UTF_8)
            .lines()
            .toList();
    assertThat(errors)
        .containsExactly(
            "kind,doc_id,field,frame,start,end,surface,context",
            "miss,d2,text,gas_prices,4,17,prices of gas,"
                + "\"The [[prices of gas]] were the trigger, not a failed coup att\"",
            "miss,d2,text,coup_attempt,42,61,failed coup attempt,"
                + "\"e prices of gas were the trigger, not a [[failed coup attempt]].\"",
            "false_hit,d2,text,coup_attempt,49,61,coup attempt,"
                + "\"s of gas were the trigger, not a failed [[coup attempt]].\"",
            "false_hit,d3,text,coup_attempt,51,69,попытка переворота,"
                + "рят о попытке переворота. Это не первая [[попытка переворота]].");
  }

  @Test
  void aSurfaceThatDiffersFromTheTextNamesFileAndLine() throws IOException {
    writeTinyGoldSet();
    Path mentions = dir.resolve("mentions.csv");
    Files.writeString(
        mentions,
        Files.readString(mentions, StandardCharsets.UTF_8)
            + "d1,text,gas_prices,51,61,true,\"gas\nprice\",,endorsed\r\n"
            + "d9,text,gas_prices,0,3,false,Off,,endorsed\r\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GoldSet.load(dir))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageStartingWith(mentions + ": line 9: surface 'gas\nprice' differs from the text");
    Files.writeString(
        mentions,
        Files.readString(mentions, StandardCharsets.UTF_8).replace("\"gas\nprice\"", "gas prices"),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GoldSet.load(dir))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage(mentions + ": line 10: document 'd9' is not in articles.jsonl");
  }

  @Test
  void aRejectedArticleNamesFileAndLine() throws IOException {
    writeTinyGoldSet();
    Path articles = dir.resolve("articles.jsonl");
    Files.writeString(
        articles,
        Files.readString(articles, StandardCharsets.UTF_8) + "{\"id\": \"d4\"}\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GoldSet.load(dir))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageStartingWith(articles + ": line 4: MISSING_SOURCE");
  }

  @Test
  void attributesTheFoundMentionsOfTheTinyGoldSet() throws IOException {
    writeTinyGoldSet();
    EvaluationResult result;
    try (FrameMatcher matcher = tinyMatcher()) {
      result = MatchingEvaluation.run(GoldSet.load(dir), matcher);
    }
    // The tiny set codes every mention endorsed without speaker; the five strict true positives
    // are d1's title (endorsed), "Officials spoke of a coup attempt" (reported, Officials),
    // "Experts blamed "gas prices"" (reported, Experts), d2's title in scare quotes (distanced)
    // and d3's "Власти говорят о попытке переворота" (reported, власти).
    AttributionScore en = result.attribution("en").orElseThrow();
    assertThat(en.mentions()).isEqualTo(4);
    assertThat(en.count(MentionStance.ENDORSED, MentionStance.ENDORSED)).isEqualTo(1);
    assertThat(en.count(MentionStance.ENDORSED, MentionStance.REPORTED)).isEqualTo(2);
    assertThat(en.count(MentionStance.ENDORSED, MentionStance.DISTANCED)).isEqualTo(1);
    assertThat(en.speakerUnmarked()).isEqualTo(4);
    assertThat(en.speakerInvented()).isEqualTo(2);
    assertThat(en.stanceAccuracy().orElseThrow()).isEqualTo(0.25);
    assertThat(en.speakerAccuracy()).isEmpty();
    AttributionScore all = result.attribution(FrameScore.ALL).orElseThrow();
    assertThat(all.mentions()).isEqualTo(5);
    assertThat(all.stanceCorrect()).isEqualTo(1);
    assertThat(result.attributionErrors())
        .extracting(AttributionError::docId, AttributionError::predictedSpeaker)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("d1", "Officials"),
            org.assertj.core.groups.Tuple.tuple("d1", "Experts"),
            org.assertj.core.groups.Tuple.tuple("d2", ""),
            org.assertj.core.groups.Tuple.tuple("d3", "власти"));

    Path out = dir.resolve("attribution");
    MatchingQualityTable.write(result, out);
    List<String> quality =
        Files.readAllLines(out.resolve("attribution_quality.csv"), StandardCharsets.UTF_8);
    assertThat(quality)
        .containsExactly(
            "lang,mentions,stance_correct,stance_accuracy,speaker_marked,speaker_exact,"
                + "speaker_accuracy,speaker_unmarked,speaker_invented,invented_rate,"
                + "endorsed_as_endorsed,endorsed_as_reported,endorsed_as_distanced,"
                + "reported_as_endorsed,reported_as_reported,reported_as_distanced,"
                + "distanced_as_endorsed,distanced_as_reported,distanced_as_distanced",
            "en,4,1,0.25,0,0,,4,2,0.5,1,2,1,0,0,0,0,0,0",
            "ru,1,0,0,0,0,,1,1,1,0,1,0,0,0,0,0,0,0",
            "ALL,5,1,0.2,0,0,,5,3,0.6,1,3,1,0,0,0,0,0,0");
    String errors = Files.readString(out.resolve("attribution_errors.csv"), StandardCharsets.UTF_8);
    assertThat(errors)
        .startsWith(
            "doc_id,lang,field,frame,start,end,surface,gold_stance,predicted_stance,gold_speaker,"
                + "predicted_speaker,context\r\n"
                + "d1,en,text,coup_attempt,21,33,coup attempt,endorsed,reported,,Officials,");
  }

  @Test
  void theShippedLexiconOnTheRealGoldSetKeepsItsMeasuredQuality() throws IOException {
    GoldSet gold;
    EvaluationResult result;
    try (FrameMatcher matcher =
        FrameMatcher.compile(Lexicon.load(Path.of("../../corpus/frames/kazakhstan-2022.yaml")))) {
      gold = GoldSet.load(Path.of("../../corpus/gold"));
      result = MatchingEvaluation.run(gold, matcher);
    }
    Path out = dir.resolve("real");
    MatchingQualityTable.write(result, out);
    System.out.println(
        Files.readString(out.resolve("matching_quality.csv"), StandardCharsets.UTF_8));
    System.out.println(
        Files.readString(out.resolve("matching_errors.csv"), StandardCharsets.UTF_8));
    FrameScore overall = result.overall();
    // Every marked mention is scored (the set grows; its size is guarded by GoldSetTest).
    assertThat(overall.gold()).isEqualTo(gold.mentions().size());
    // Measured on the 66-document gold set (342 mentions) with the shipped lexicon: 339
    // predicted, 336 strict true positives; precision 0.991150, recall 0.982456, F1 0.986784
    // (first measured at 0.983819 / 0.888889, before verb forms, wider slop for inserted words
    // and soft hyphens in the Russian and English chains). The floors are these minus 0.005,
    // rounded down, so the quality cannot silently regress; raise them when it improves.
    assertThat(overall.predicted()).isGreaterThan(0);
    assertThat(overall.precision().orElseThrow()).isGreaterThanOrEqualTo(0.986);
    assertThat(overall.recall().orElseThrow()).isGreaterThanOrEqualTo(0.977);
  }
}
