package org.narrascope.frames.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * The figures of an {@link EvaluationResult} a reader looks for first, as a Markdown table: one row
 * per language and one overall, matching and attribution side by side. The README carries this
 * table verbatim and a test re-computes it, so the published figures cannot drift from the code.
 */
public final class QualitySummary {
  private QualitySummary() {}

  /** The frame × language cells held to the per-cell bar: those with this many gold mentions. */
  public static final int CELL_MIN_GOLD = 10;

  /** The summary table, rows sorted by language, then the overall row. */
  public static String markdown(EvaluationResult result) {
    StringBuilder out = new StringBuilder();
    out.append(
        "| lang | gold | found | exact | precision | recall | F1 | quoted accuracy | stance"
            + " accuracy | speaker exact | invented speakers |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    TreeSet<String> langs = new TreeSet<>();
    result.scores().forEach(s -> langs.add(s.lang()));
    langs.remove(FrameScore.ALL);
    List<String> order = new ArrayList<>(langs);
    order.add(FrameScore.ALL);
    for (String lang : order) {
      FrameScore s = result.score(FrameScore.ALL, lang).orElseThrow();
      out.append("| ")
          .append(lang.equals(FrameScore.ALL) ? "all" : lang)
          .append(" | ")
          .append(s.gold())
          .append(" | ")
          .append(s.predicted())
          .append(" | ")
          .append(s.truePositives())
          .append(" | ")
          .append(three(s.precision()))
          .append(" | ")
          .append(three(s.recall()))
          .append(" | ")
          .append(three(s.f1()))
          .append(" | ")
          .append(three(s.quotedAccuracy()))
          .append(" | ");
      result
          .attribution(lang)
          .ifPresentOrElse(
              a ->
                  out.append(three(a.stanceAccuracy()))
                      .append(" | ")
                      .append(three(a.speakerAccuracy()))
                      .append(" (")
                      .append(a.speakerExact())
                      .append("/")
                      .append(a.speakerMarked())
                      .append(") | ")
                      .append(three(a.inventedRate()))
                      .append(" (")
                      .append(a.speakerInvented())
                      .append("/")
                      .append(a.speakerUnmarked())
                      .append(") |\n"),
              () -> out.append(" |  |  |\n"));
    }
    return out.toString();
  }

  /**
   * The frame × language cells with at least {@link #CELL_MIN_GOLD} gold mentions whose precision
   * or recall is below {@code bar}, as {@code frame/lang P=… R=…}, sorted.
   */
  public static List<String> cellsBelow(EvaluationResult result, double bar) {
    List<String> below = new ArrayList<>();
    for (FrameScore s : result.scores()) {
      if (s.frame().equals(FrameScore.ALL)
          || s.lang().equals(FrameScore.ALL)
          || s.gold() < CELL_MIN_GOLD) {
        continue;
      }
      double p = s.precision().orElse(0);
      double r = s.recall().orElse(0);
      if (p < bar || r < bar) {
        below.add(
            s.frame() + "/" + s.lang() + " P=" + three(s.precision()) + " R=" + three(s.recall()));
      }
    }
    below.sort(null);
    return below;
  }

  private static String three(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "";
  }
}
