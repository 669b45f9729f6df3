package org.narrascope.cli;

import picocli.CommandLine.Option;

/** The options every pipeline command shares; picocli mixes them into each command. */
public final class PipelineOptions {
  @Option(
      names = "--corpus",
      paramLabel = "PATH",
      description =
          "Input documents: a file, a folder (searched for *.jsonl, *.ndjson, *.csv, *.tsv, plain"
              + " or .gz/.bz2) or a glob; local or any Hadoop file system URI (hdfs://, s3a://, ...).")
  String corpus;

  @Option(
      names = "--sources",
      paramLabel = "CSV",
      defaultValue = "corpus/sources.csv",
      description = "Source registry: source,role,country,lang[,tz]. Default: ${DEFAULT-VALUE}.")
  String sources;

  @Option(
      names = "--frames",
      paramLabel = "YAML",
      defaultValue = "corpus/frames/kazakhstan-2022.yaml",
      description = "Frame lexicon. Default: ${DEFAULT-VALUE}.")
  String frames;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "out",
      description = "Output folder for tables, quarantine and manifest. Default: ${DEFAULT-VALUE}.")
  String out;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder, any Hadoop file system path. Default: OUT/index.")
  String index;

  @Option(
      names = "--period",
      paramLabel = "day|week|month",
      defaultValue = "day",
      description = "Time grain of the tables. Default: ${DEFAULT-VALUE}.")
  String period;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      defaultValue = "4",
      description =
          "Index shards (one per Spark partition). The tables do not depend on it. Default:"
              + " ${DEFAULT-VALUE}.")
  int partitions;

  @Option(
      names = "--master",
      paramLabel = "URL",
      defaultValue = "local[*]",
      description =
          "Spark master for embedded runs. Ignored under spark-submit, which sets its own."
              + " Default: ${DEFAULT-VALUE}.")
  String master;

  @Option(
      names = "--baseline-role",
      paramLabel = "ROLE",
      defaultValue = "expert_skeptic",
      description =
          "Role whose sources form the baseline (state_media, official, independent,"
              + " expert_skeptic, other). Default: ${DEFAULT-VALUE}.")
  String baselineRole;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "20220105",
      description =
          "Seed of every random choice of the run, recorded in the manifest. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--map",
      paramLabel = "OURS=THEIRS,...",
      description =
          "Read fields under other names, e.g. text=body,date=published_at,source=channel (our"
              + " fields: id, source, date, lang, title, text, url).")
  String map;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description =
          "Input format: auto (by extension: .jsonl/.ndjson, .csv, .tsv, .json = Telegram export,"
              + " .warc/.wet, .parquet), jsonl, csv, tsv, telegram, warc, parquet, or txt (folders"
              + " of .txt files with a metadata.csv). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(
      names = "--month-first",
      description =
          "Read slashed dates as MM/dd/yy or MM/dd/yyyy (American); without it a slashed date is"
              + " unparsable, since 05/01/2022 is ambiguous.")
  boolean monthFirst;

  @Option(
      names = "--detect-lang",
      paramLabel = "missing|always|never",
      defaultValue = "missing",
      description =
          "Detect each document's language: only where it has none (missing), for every document"
              + " (always), or never. Default: ${DEFAULT-VALUE}.")
  String detectLang;

  @Option(
      names = "--max-quarantined",
      paramLabel = "SHARE",
      defaultValue = "0.10",
      description =
          "Fail the run (after writing the reports) when more than this share of the records read"
              + " is quarantined. Default: ${DEFAULT-VALUE}.")
  double maxQuarantined;

  @Option(
      names = "--no-dedup",
      negatable = false,
      description =
          "Do not look for near-duplicate documents (the deduplicated counts then equal the raw"
              + " ones).")
  boolean noDedup;

  @Option(
      names = "--dedup-threshold",
      paramLabel = "J",
      defaultValue = "0.5",
      description =
          "Jaccard index of 5-word shingles above which two documents are copies of one story."
              + " Default: ${DEFAULT-VALUE}.")
  double dedupThreshold;

  @Option(
      names = "--min-count",
      paramLabel = "N",
      defaultValue = "10",
      description =
          "discover: an n-gram needs at least N occurrences in its language to be a candidate."
              + " Default: ${DEFAULT-VALUE}.")
  int minCount;

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "100",
      description =
          "discover: candidates kept (and clustered) per language, in rank order. Default:"
              + " ${DEFAULT-VALUE}.")
  int top;

  @Option(
      names = "--stop-phrases",
      paramLabel = "FILE",
      description =
          "discover: phrases never to suggest, one a line as LANG<TAB>phrase (any inflected form;"
              + " '#' starts a comment).")
  java.nio.file.Path stopPhrases;

  @Option(names = "--verbose", description = "Show Spark's own log lines.")
  boolean verbose;

  /** The index folder: {@code --index}, or {@code OUT/index}. */
  String indexDir() {
    return index != null ? index : out + "/index";
  }

  /** Where ingest leaves the clean documents for the index stage. */
  String documentsDir() {
    return out + "/documents";
  }

  /** The discovery settings: the documented defaults with the options given. */
  org.narrascope.discovery.DiscoveryConfig discovery() {
    java.util.List<String> lines = java.util.List.of();
    if (stopPhrases != null) {
      try {
        lines =
            java.nio.file.Files.readAllLines(stopPhrases, java.nio.charset.StandardCharsets.UTF_8)
                .stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
      } catch (java.io.IOException e) {
        throw new org.narrascope.NarrascopeException(
            "cannot read --stop-phrases " + stopPhrases + ": " + e.getMessage(), e);
      }
    }
    return org.narrascope.discovery.DiscoveryConfig.defaults(seed)
        .withCounts(minCount, top)
        .withStopPhrases(lines);
  }
}
