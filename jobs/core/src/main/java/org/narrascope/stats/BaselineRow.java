package org.narrascope.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One row of {@code frame_vs_baseline.csv} (with {@code period} empty) or of {@code
 * frame_vs_baseline_by_period.csv}.
 */
public record BaselineRow(
    String frame,
    String source,
    String period,
    BaselineComparison comparison,
    OptionalDouble qValue,
    String note) {

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
    return cells;
  }
}
