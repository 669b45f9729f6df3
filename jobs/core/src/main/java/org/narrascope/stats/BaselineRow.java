package org.narrascope.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One row of {@code frame_vs_baseline.csv} (with {@code period} empty) or of {@code
 * frame_vs_baseline_by_period.csv}: the comparison counting every mention, and the same comparison
 * counting only documents with a mention that is not distanced (endorsed or reported).
 *
 * @param comparison documents with any mention of the frame
 * @param qValue Benjamini–Hochberg q of {@code comparison} within its table
 * @param note notes of {@code comparison}, and the leave-one-out note of a baseline source
 * @param undistanced documents with at least one endorsed or reported mention of the frame
 * @param undistancedQValue Benjamini–Hochberg q of {@code undistanced}, a family of its own
 * @param undistancedNote notes of {@code undistanced}, and the leave-one-out note
 */
public record BaselineRow(
    String frame,
    String source,
    String period,
    BaselineComparison comparison,
    OptionalDouble qValue,
    String note,
    BaselineComparison undistanced,
    OptionalDouble undistancedQValue,
    String undistancedNote) {

  /** The cells in the column order of the table; {@code withPeriod} for the by-period table. */
  public List<Object> cells(boolean withPeriod) {
    List<Object> cells = new ArrayList<>();
    cells.add(frame);
    cells.add(source);
    if (withPeriod) {
      cells.add(period);
    }
    BaselineComparison c = comparison;
    cells.add(c.docsWithFrame());
    cells.add(c.docs());
    cells.add(c.ratePer1k());
    cells.add(c.baselineDocsWithFrame());
    cells.add(c.baselineDocs());
    cells.add(c.baselineRatePer1k());
    cells.add(c.rateRatio());
    cells.add(c.ciLow());
    cells.add(c.ciHigh());
    cells.add(c.pValue());
    cells.add(qValue);
    cells.add(note);
    BaselineComparison u = undistanced;
    cells.add(u.docsWithFrame());
    cells.add(u.ratePer1k());
    cells.add(u.baselineDocsWithFrame());
    cells.add(u.baselineRatePer1k());
    cells.add(u.rateRatio());
    cells.add(u.ciLow());
    cells.add(u.ciHigh());
    cells.add(u.pValue());
    cells.add(undistancedQValue);
    cells.add(undistancedNote);
    return cells;
  }
}
