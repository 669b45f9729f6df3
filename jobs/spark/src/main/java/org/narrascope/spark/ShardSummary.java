package org.narrascope.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/** What one index task wrote: the shard's name, its documents, and their languages. */
public record ShardSummary(String name, long documents, Map<String, Long> languages)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public ShardSummary {
    languages = new TreeMap<>(languages);
  }
}
