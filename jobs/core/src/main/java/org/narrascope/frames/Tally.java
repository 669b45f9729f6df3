package org.narrascope.frames;

import java.io.Serializable;

/**
 * Counts that add up across documents, partitions and shards in any order: deduplicated (a story
 * once per source) and raw (every copy, as readers saw it), and the deduplicated mentions by their
 * stance ({@code endorsed}, {@code reported}, {@code distanced}) with the documents that have at
 * least one mention that is not distanced.
 */
public record Tally(
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
    long mentionsDistanced)
    implements Serializable {
  private static final long serialVersionUID = 3L;

  public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** The denominators one document contributes: itself and its word tokens. */
  public static Tally ofDocument(boolean counted, long tokens) {
    return of(counted, 1, 0, 0, 0, tokens);
  }

  /**
   * The tally of one document's mentions of one frame.
   *
   * @param stances the number of mentions per stance: endorsed, reported, distanced
   */
  public static Tally ofMentions(boolean counted, long mentions, long quoted, long[] stances) {
    Tally t = of(counted, 0, 1, mentions, quoted, 0);
    if (!counted) {
      return t;
    }
    long undistanced = stances[0] + stances[1] > 0 ? 1 : 0;
    return new Tally(
        t.docs,
        t.docsWithFrame,
        t.mentions,
        t.mentionsQuoted,
        t.tokens,
        t.docsRaw,
        t.docsWithFrameRaw,
        t.mentionsRaw,
        t.mentionsQuotedRaw,
        t.tokensRaw,
        undistanced,
        stances[0],
        stances[1],
        stances[2]);
  }

  /** A tally of one document: raw always, deduplicated only when the document counts there. */
  static Tally of(
      boolean counted, long docs, long docsWithFrame, long mentions, long quoted, long tokens) {
    return counted
        ? new Tally(
            docs,
            docsWithFrame,
            mentions,
            quoted,
            tokens,
            docs,
            docsWithFrame,
            mentions,
            quoted,
            tokens,
            0,
            0,
            0,
            0)
        : new Tally(0, 0, 0, 0, 0, docs, docsWithFrame, mentions, quoted, tokens, 0, 0, 0, 0);
  }

  public Tally plus(Tally o) {
    return new Tally(
        docs + o.docs,
        docsWithFrame + o.docsWithFrame,
        mentions + o.mentions,
        mentionsQuoted + o.mentionsQuoted,
        tokens + o.tokens,
        docsRaw + o.docsRaw,
        docsWithFrameRaw + o.docsWithFrameRaw,
        mentionsRaw + o.mentionsRaw,
        mentionsQuotedRaw + o.mentionsQuotedRaw,
        tokensRaw + o.tokensRaw,
        docsWithFrameUndistanced + o.docsWithFrameUndistanced,
        mentionsEndorsed + o.mentionsEndorsed,
        mentionsReported + o.mentionsReported,
        mentionsDistanced + o.mentionsDistanced);
  }
}
