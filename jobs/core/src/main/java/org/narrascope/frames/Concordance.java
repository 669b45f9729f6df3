package org.narrascope.frames;

import java.util.List;

/**
 * The result of a concordance search.
 *
 * @param entries every entry found, in index order (shards as listed, then document number, title
 *     before text, then offset); sort them with {@link KwicOrder}
 * @param documents the documents with at least one entry
 * @param shards the shards read
 */
public record Concordance(List<ConcordanceEntry> entries, long documents, int shards) {
  public Concordance {
    entries = List.copyOf(entries);
  }
}
