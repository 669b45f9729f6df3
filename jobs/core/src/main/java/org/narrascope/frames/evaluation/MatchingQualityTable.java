package org.narrascope.frames.evaluation;

import static org.narrascope.report.ColumnType.DECIMAL;
import static org.narrascope.report.ColumnType.INTEGER;
import static org.narrascope.report.ColumnType.STRING;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.narrascope.frames.attribution.MentionStance;
import org.narrascope.report.Column;
import org.narrascope.report.CsvTableWriter;
import org.narrascope.report.TableSchema;
import org.narrascope.report.Tables;

/**
 * Writes an {@link EvaluationResult} as four tables: {@code matching_quality.csv} (the scores),
 * {@code matching_errors.csv} (every miss and false hit with its context), and the attribution
 * measures {@link Tables#ATTRIBUTION_QUALITY} and {@link Tables#ATTRIBUTION_ERRORS}.
 */
public final class MatchingQualityTable {
  private static final String SPAN_RULE =
      " A predicted mention is a true positive when a marked mention of the same document, field"
          + " and frame has exactly the same start and end (strict).";

  private static final Column FRAME =
      new Column(
          "frame",
          STRING,
          "",
          "The frame's identifier as written in the frame lexicon; `ALL` on rows that sum over"
              + " every frame.",
          "");

  private static final Column LANG =
      new Column(
          "lang",
          STRING,
          "",
          "The language of the gold documents; `ALL` on the overall row.",
          "The document's `lang` in `articles.jsonl`; its fields are matched with that language's"
              + " variants.");

  /** The scores per frame × language, per language and overall. */
  public static final TableSchema QUALITY =
      new TableSchema(
          "matching_quality.csv",
          "Frame matching quality against the gold set",
          "One row per frame × language of the gold set (every frame of the lexicon or the gold"
              + " set, every language of its documents, including rows whose counts are zero),"
              + " then one row per language with frame `ALL`, then the overall row (`ALL`, `ALL`)."
              + " Titles and texts are matched as the pipeline matches them, after homoglyph"
              + " folding, and scored against the hand-marked mentions."
              + SPAN_RULE
              + " Strict precision and recall are the headline; the lenient ones show how much of"
              + " the rest is a boundary disagreement.",
          "frame × language rows by frame, then lang; then the per-language rows by lang; then"
              + " the overall row",
          List.of(
              FRAME,
              LANG,
              new Column("gold", INTEGER, "mentions", "Hand-marked mentions.", ""),
              new Column(
                  "predicted",
                  INTEGER,
                  "mentions",
                  "Mentions the matcher reported.",
                  "`FrameMatcher.find` on each title and text; mentions of one frame never"
                      + " overlap."),
              new Column(
                  "true_positives",
                  INTEGER,
                  "mentions",
                  "Reported mentions that are marked at exactly the same span.",
                  "Each marked mention matches at most one reported mention."),
              new Column(
                  "precision",
                  DECIMAL,
                  "",
                  "Strict precision: the share of reported mentions that are right.",
                  "true_positives / predicted; empty when predicted is 0."),
              new Column(
                  "recall",
                  DECIMAL,
                  "",
                  "Strict recall: the share of marked mentions that were found.",
                  "true_positives / gold; empty when gold is 0."),
              new Column(
                  "f1",
                  DECIMAL,
                  "",
                  "Harmonic mean of strict precision and recall.",
                  "2 · true_positives / (gold + predicted); empty when gold or predicted is 0."),
              new Column(
                  "lenient_precision",
                  DECIMAL,
                  "",
                  "The share of reported mentions that overlap a marked mention of the same frame.",
                  "Reported mentions overlapping (sharing at least one character with) a marked"
                      + " mention of the same frame in the same field / predicted; empty when"
                      + " predicted is 0."),
              new Column(
                  "lenient_recall",
                  DECIMAL,
                  "",
                  "The share of marked mentions that a reported mention of the same frame"
                      + " overlaps.",
                  "Marked mentions overlapped by a reported mention of the same frame in the same"
                      + " field / gold; empty when gold is 0."),
              new Column(
                  "quoted_accuracy",
                  DECIMAL,
                  "",
                  "The share of strict true positives whose `quoted` flag (inside quotation"
                      + " marks or not) agrees with the gold set.",
                  "Agreements / true_positives; empty when true_positives is 0.")));

  /** Every miss and false hit. */
  public static final TableSchema ERRORS =
      new TableSchema(
          "matching_errors.csv",
          "Frame matching errors against the gold set",
          "One row per marked mention the matcher did not report at the same span (`miss`) and"
              + " per reported mention not marked at its span (`false_hit`)."
              + SPAN_RULE
              + " A boundary disagreement therefore shows as a miss and a false hit at"
              + " overlapping spans.",
          "doc_id, field (title before text), start, end, frame, kind (miss before false_hit)",
          List.of(
              new Column(
                  "kind",
                  STRING,
                  "",
                  "`miss` (marked, not found) or `false_hit` (found, not marked).",
                  ""),
              new Column("doc_id", STRING, "", "The gold document's id.", ""),
              new Column("field", STRING, "", "`title` or `text`.", ""),
              FRAME,
              new Column(
                  "start",
                  INTEGER,
                  "UTF-16 code units",
                  "Index of the span's first character in the field (a Java String index).",
                  ""),
              new Column(
                  "end",
                  INTEGER,
                  "UTF-16 code units",
                  "Index after the span's last character.",
                  ""),
              new Column(
                  "surface", STRING, "", "The span as written in the field (not folded).", ""),
              new Column(
                  "context",
                  STRING,
                  "",
                  "The span with up to 40 characters either side, the span between `[[` and `]]`.",
                  "Cut from the original field text; line breaks are kept.")));

  private MatchingQualityTable() {}

  /**
   * Writes {@link #QUALITY}, {@link #ERRORS}, {@link Tables#ATTRIBUTION_QUALITY} and {@link
   * Tables#ATTRIBUTION_ERRORS} under {@code outputDir}, replacing them.
   */
  public static void write(EvaluationResult result, Path outputDir) {
    try (CsvTableWriter out = CsvTableWriter.open(QUALITY, QUALITY.pathIn(outputDir))) {
      for (FrameScore s : result.scores()) {
        out.write(
            List.of(
                s.frame(),
                s.lang(),
                s.gold(),
                s.predicted(),
                s.truePositives(),
                s.precision(),
                s.recall(),
                s.f1(),
                s.lenientPrecision(),
                s.lenientRecall(),
                s.quotedAccuracy()));
      }
    }
    try (CsvTableWriter out = CsvTableWriter.open(ERRORS, ERRORS.pathIn(outputDir))) {
      for (MatchingError e : result.errors()) {
        out.write(
            List.of(
                e.kind().label(),
                e.docId(),
                e.field(),
                e.frame(),
                e.start(),
                e.end(),
                e.surface(),
                e.context()));
      }
    }
    try (CsvTableWriter out =
        CsvTableWriter.open(
            Tables.ATTRIBUTION_QUALITY, Tables.ATTRIBUTION_QUALITY.pathIn(outputDir))) {
      for (AttributionScore s : result.attribution()) {
        List<Object> row = new ArrayList<>();
        row.add(s.lang());
        row.add(s.mentions());
        row.add(s.stanceCorrect());
        row.add(s.stanceAccuracy());
        row.add(s.speakerMarked());
        row.add(s.speakerExact());
        row.add(s.speakerAccuracy());
        row.add(s.speakerUnmarked());
        row.add(s.speakerInvented());
        row.add(s.inventedRate());
        for (MentionStance gold : MentionStance.values()) {
          for (MentionStance predicted : MentionStance.values()) {
            row.add(s.count(gold, predicted));
          }
        }
        out.write(row);
      }
    }
    try (CsvTableWriter out =
        CsvTableWriter.open(
            Tables.ATTRIBUTION_ERRORS, Tables.ATTRIBUTION_ERRORS.pathIn(outputDir))) {
      for (AttributionError e : result.attributionErrors()) {
        out.write(
            List.of(
                e.docId(),
                e.lang(),
                e.field(),
                e.frame(),
                e.start(),
                e.end(),
                e.surface(),
                e.goldStance(),
                e.predictedStance(),
                e.goldSpeaker(),
                e.predictedSpeaker(),
                e.context()));
      }
    }
  }
}
