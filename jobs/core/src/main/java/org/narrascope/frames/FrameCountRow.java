package org.narrascope.frames;

import java.util.List;

/**
 * One row of {@code frame_counts.csv}: deduplicated counts first (what rates are computed from),
 * then the raw counts of every copy, then the deduplicated mentions by stance.
 */
public record FrameCountRow(
    String frame,
    String source,
    String period,
    long docs,
    long docsWithFrame,
    long mentions,
    long mentionsQuoted,
    long tokens,
    long docsRaw,
    long docsWithFrameRaw,
    long mentionsRaw,
    long mentionsQuotedRaw,
    long tokensRaw,
    long docsWithFrameUndistanced,
    long mentionsEndorsed,
    long mentionsReported,
    long mentionsDistanced) {

  /** The cells in the table's column order. */
  public List<Object> cells() {
    return List.of(
        frame,
        source,
        period,
        docs,
        docsWithFrame,
        mentions,
        mentionsQuoted,
        tokens,
        docsRaw,
        docsWithFrameRaw,
        mentionsRaw,
        mentionsQuotedRaw,
        tokensRaw,
        docsWithFrameUndistanced,
        mentionsEndorsed,
        mentionsReported,
        mentionsDistanced);
  }
}
