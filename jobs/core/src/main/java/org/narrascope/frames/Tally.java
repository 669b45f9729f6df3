package org.narrascope.frames;

import java.io.Serializable;

/**
 * Counts that add up across documents, partitions and shards in any order: deduplicated (a story
 * once per source) and raw (every copy, as readers saw it).
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
    long tokensRaw)
    implements Serializable {
  private static final long serialVersionUID = 2L;

  public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** A tally of one document: raw always, deduplicated only when the document counts there. */
  public static Tally of(
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
            tokens)
        : new Tally(0, 0, 0, 0, 0, docs, docsWithFrame, mentions, quoted, tokens);
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
        tokensRaw + o.tokensRaw);
  }
}
