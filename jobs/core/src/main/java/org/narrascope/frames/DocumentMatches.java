package org.narrascope.frames;

import java.util.List;
import org.narrascope.index.IndexedDocument;

/** A document of a shard and every frame mention found in it (empty for most documents). */
public record DocumentMatches(IndexedDocument document, List<Mention> mentions) {
  public DocumentMatches {
    mentions = List.copyOf(mentions);
  }
}
