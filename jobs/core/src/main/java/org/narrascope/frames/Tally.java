package org.narrascope.frames;

import java.io.Serializable;

/** Counts that add up across documents, partitions and shards in any order. */
public record Tally(long docs, long docsWithFrame, long mentions, long mentionsQuoted, long tokens)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final Tally ZERO = new Tally(0, 0, 0, 0, 0);

  public Tally plus(Tally o) {
    return new Tally(
        docs + o.docs,
        docsWithFrame + o.docsWithFrame,
        mentions + o.mentions,
        mentionsQuoted + o.mentionsQuoted,
        tokens + o.tokens);
  }
}
