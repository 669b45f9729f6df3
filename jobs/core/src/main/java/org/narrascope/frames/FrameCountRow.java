package org.narrascope.frames;

import java.util.List;

/** One row of {@code frame_counts.csv}. */
public record FrameCountRow(
    String frame,
    String source,
    String period,
    long docs,
    long docsWithFrame,
    long mentions,
    long mentionsQuoted,
    long tokens) {

  /** The cells in the table's column order. */
  public List<Object> cells() {
    return List.of(frame, source, period, docs, docsWithFrame, mentions, mentionsQuoted, tokens);
  }
}
