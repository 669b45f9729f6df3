package org.narrascope.spark;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.narrascope.corpus.DocumentCleaner;
import org.narrascope.corpus.FieldMapping;
import org.narrascope.corpus.SourceRole;
import org.narrascope.stats.Period;

/** Everything a pipeline run is configured with; written to the manifest as it is. */
public record PipelineConfig(
    String corpus,
    String sources,
    String frames,
    String out,
    String index,
    Period period,
    int partitions,
    String master,
    SourceRole baselineRole,
    long seed,
    FieldMapping mapping,
    DocumentCleaner.LanguageDetection detectLang,
    InputFormat format,
    boolean monthFirst,
    double maxQuarantined,
    boolean dedup,
    double dedupThreshold,
    LocalDate today,
    boolean verbose) {

  public PipelineConfig {
    if (maxQuarantined < 0 || maxQuarantined > 1) {
      throw new org.narrascope.NarrascopeException(
          "--max-quarantined must be a share between 0 and 1, not " + maxQuarantined);
    }
    if (partitions < 1) {
      throw new org.narrascope.NarrascopeException(
          "--partitions must be at least 1, not " + partitions);
    }
  }

  /** The same configuration with the master Spark actually runs on. */
  public PipelineConfig withMaster(String actual) {
    return new PipelineConfig(
        corpus,
        sources,
        frames,
        out,
        index,
        period,
        partitions,
        actual,
        baselineRole,
        seed,
        mapping,
        detectLang,
        format,
        monthFirst,
        maxQuarantined,
        dedup,
        dedupThreshold,
        today,
        verbose);
  }

  /** The configuration as the manifest shows it, keys in a fixed order. */
  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("corpus", corpus == null ? "" : corpus);
    m.put("sources", sources);
    m.put("frames", frames);
    m.put("out", out);
    m.put("index", index);
    m.put("period", period.code());
    m.put("partitions", Integer.toString(partitions));
    m.put("master", master);
    m.put("baseline_role", baselineRole.code());
    m.put("seed", Long.toString(seed));
    m.put("map", mapping.spec());
    m.put("detect_lang", detectLang.code());
    m.put("format", format.code());
    m.put("month_first", Boolean.toString(monthFirst));
    m.put("max_quarantined", Double.toString(maxQuarantined));
    m.put("dedup", Boolean.toString(dedup));
    m.put("dedup_threshold", Double.toString(dedupThreshold));
    m.put("today", today.toString());
    return m;
  }
}
