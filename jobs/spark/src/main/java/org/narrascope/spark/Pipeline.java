package org.narrascope.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.narrascope.NarrascopeException;
import org.narrascope.corpus.SourceRegistry;
import org.narrascope.corpus.SourceRole;
import org.narrascope.corpus.dedup.DedupConfig;
import org.narrascope.corpus.dedup.DuplicateClusters;
import org.narrascope.frames.FrameCountRow;
import org.narrascope.frames.FrameCounts;
import org.narrascope.frames.Lexicon;
import org.narrascope.frames.SpeakerTally;
import org.narrascope.frames.attribution.MentionStance;
import org.narrascope.report.CsvTableWriter;
import org.narrascope.report.SchemaDocument;
import org.narrascope.report.TableSchema;
import org.narrascope.report.Tables;
import org.narrascope.stats.BaselineRow;
import org.narrascope.stats.BaselineTables;
import scala.Tuple2;

/**
 * The stages of a run, wired to Spark: each reads what the previous one left in {@code --out} (or
 * the index), so any stage can run alone. Pure logic lives in core; this class only moves data
 * between files, partitions and the driver.
 */
public final class Pipeline {
  static final String DUPLICATE_ID = "duplicate_id";

  private final PipelineConfig config;
  private final SparkSession spark;
  private final JavaSparkContext jsc;
  private final Configuration hadoop;
  private final Progress progress;
  private final OutputFiles out;
  private final RunRecord record;

  public Pipeline(PipelineConfig config, SparkSession spark, Progress progress, RunRecord record) {
    this.config = config;
    this.spark = spark;
    this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    this.hadoop = jsc.hadoopConfiguration();
    this.progress = progress;
    this.out = new OutputFiles(config.out(), hadoop);
    this.record = record;
  }

  // ---------------------------------------------------------------- ingest

  /** Reads the corpus into clean documents, quarantine and the ingest report. */
  public IngestTotals ingest() {
    if (config.corpus() == null) {
      throw new NarrascopeException("--corpus is required to ingest");
    }
    List<InputFiles.InputFile> files = InputFiles.resolve(config.corpus(), config.format(), hadoop);
    String registryCsv = readText(config.sources());
    SourceRegistry.parse(
        new StringReader(registryCsv), config.sources()); // fail early, on the driver
    record.input(config.sources(), registryCsv.getBytes(StandardCharsets.UTF_8));

    FileIngest.Settings settings =
        new FileIngest.Settings(
            registryCsv,
            config.sources(),
            new TreeMap<>(config.mapping().ourFieldToTheirs()),
            config.detectLang(),
            config.format(),
            config.monthFirst(),
            config.today());
    Broadcast<FileIngest.Settings> shared = jsc.broadcast(settings);
    SerializableConfiguration conf = new SerializableConfiguration(hadoop);
    progress.stage("ingest", files.size(), "files");
    JavaRDD<IngestItem> items =
        jsc.parallelize(files, files.size())
            .mapPartitions(part -> new ChainedIngest(part, shared.value(), conf.value()))
            // Read once, used by several passes; on disk only, because a whole input file's
            // documents would otherwise be unrolled in memory and the heap would grow with the
            // size of the files (a 1 GB heap ran out on 80 MB files).
            .persist(StorageLevel.DISK_ONLY());

    progress.phase("reading");
    // Exact duplicate ids: the first occurrence (by file, then line) is kept, the others
    // quarantined.
    JavaPairRDD<String, String> idAt =
        items
            .filter(i -> i.kind() == IngestItem.Kind.DOCUMENT)
            .mapToPair(i -> new Tuple2<>(i.document().id(), location(i)));
    Map<String, String> firstSeen =
        new HashMap<>(
            idAt.mapValues(l -> 1L)
                .reduceByKey(Long::sum)
                .filter(c -> c._2() > 1)
                .join(idAt)
                .mapToPair(t -> new Tuple2<>(t._1(), t._2()._2()))
                .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b)
                .collectAsMap());
    Broadcast<Map<String, String>> keep = jsc.broadcast(firstSeen);
    progress.completed(files.size()); // every file has been read into the on-disk buffer

    JavaRDD<IngestItem> documents =
        items.filter(
            i ->
                i.kind() == IngestItem.Kind.DOCUMENT
                    && location(i)
                        .equals(keep.value().getOrDefault(i.document().id(), location(i))));
    JavaRDD<IngestItem> repeatedIds =
        items
            .filter(
                i ->
                    i.kind() == IngestItem.Kind.DOCUMENT
                        && !location(i)
                            .equals(keep.value().getOrDefault(i.document().id(), location(i))))
            .map(
                i ->
                    IngestItem.rejected(
                        i.file(),
                        i.line(),
                        DUPLICATE_ID,
                        "id '"
                            + i.document().id()
                            + "' was first seen at "
                            + describe(keep.value().get(i.document().id())),
                        "id=" + i.document().id() + " title=" + i.document().title()));

    // Near-duplicates stay in the index (raw counts) and are flagged for the deduplicated ones.
    progress.phase("near-duplicates");
    List<DuplicateClusters.Cluster> clusters = nearDuplicates(documents);
    progress.phase("writing documents and reports");
    Map<String, String> canonicalOf = new HashMap<>();
    for (DuplicateClusters.Cluster c : clusters) {
      c.memberIds().forEach(id -> canonicalOf.put(id, c.canonicalId()));
    }
    Broadcast<Map<String, String>> canonical = jsc.broadcast(canonicalOf);
    Broadcast<Set<String>> uncounted =
        jsc.broadcast(new HashSet<>(DuplicateClusters.uncountedIds(clusters)));
    spark
        .createDataFrame(
            documents.map(
                i ->
                    DocumentRows.toRow(
                        i.document(),
                        canonical.value().getOrDefault(i.document().id(), ""),
                        !uncounted.value().contains(i.document().id()))),
            DocumentRows.SCHEMA)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(config.out() + "/documents");
    Map<String, Long> nearDuplicatesPerFile =
        new TreeMap<>(
            documents
                .filter(i -> uncounted.value().contains(i.document().id()))
                .mapToPair(i -> new Tuple2<>(i.file(), 1L))
                .reduceByKey(Long::sum)
                .collectAsMap());
    writeDuplicates(clusters);
    long written =
        spark.read().schema(DocumentRows.SCHEMA).parquet(config.out() + "/documents").count();

    long quarantined =
        writeSorted(
            Tables.QUARANTINE,
            Tables.QUARANTINE.fileName(),
            items.filter(i -> i.kind() == IngestItem.Kind.REJECTED).union(repeatedIds),
            i -> String.format(Locale.ROOT, "%s\u0000%015d", i.file(), i.line()),
            i -> List.of(i.file(), i.line(), i.reason(), i.detail(), i.raw()));

    Map<String, Long> repeatedIdsPerFile =
        new TreeMap<>(
            repeatedIds
                .mapToPair(i -> new Tuple2<>(i.file(), 1L))
                .reduceByKey(Long::sum)
                .collectAsMap());
    List<IngestItem.FileSummary> summaries = new ArrayList<>();
    items
        .filter(i -> i.kind() == IngestItem.Kind.SUMMARY)
        .collect()
        .forEach(i -> summaries.add(i.summary()));
    summaries.sort((a, b) -> a.file().compareTo(b.file()));
    items.unpersist();

    IngestTotals totals = writeIngestReport(summaries, repeatedIdsPerFile, nearDuplicatesPerFile);
    for (IngestItem.FileSummary s : summaries) {
      record.input(s.file(), s.bytes(), s.sha256());
    }
    if (totals.indexed() + totals.duplicates() != written || totals.quarantined() != quarantined) {
      throw new NarrascopeException(
          String.format(
              Locale.ROOT,
              "ingest accounting failed: the report says %d indexed, %d duplicates and %d"
                  + " quarantined, but %d documents and %d quarantine rows were written",
              totals.indexed(),
              totals.duplicates(),
              totals.quarantined(),
              written,
              quarantined));
    }
    record.counts(totals.asMap());
    progress.done();
    if (totals.quarantined() > config.maxQuarantined() * totals.read()) {
      throw new NarrascopeException(
          String.format(
              Locale.ROOT,
              "%d of %d records (%.1f%%) were quarantined, more than --max-quarantined %.1f%%: see"
                  + " %s and %s",
              totals.quarantined(),
              totals.read(),
              100.0 * totals.quarantined() / Math.max(1, totals.read()),
              100.0 * config.maxQuarantined(),
              out.path(Tables.INGEST_REPORT.fileName()),
              out.path(Tables.QUARANTINE.fileName())));
    }
    return totals;
  }

  private List<DuplicateClusters.Cluster> nearDuplicates(JavaRDD<IngestItem> documents) {
    if (!config.dedup()) {
      return List.of();
    }
    DedupConfig dedup = DedupConfig.defaults(config.seed()).withThreshold(config.dedupThreshold());
    NearDuplicateJob.Result result =
        NearDuplicateJob.run(jsc, documents.map(IngestItem::document), dedup);
    record.counts(Map.of("near_duplicate_oversized_buckets", result.oversizedBuckets()));
    return result.clusters();
  }

  private void writeDuplicates(List<DuplicateClusters.Cluster> clusters) {
    Set<String> uncounted = DuplicateClusters.uncountedIds(clusters);
    try (CsvTableWriter w =
        CsvTableWriter.open(Tables.DUPLICATES, out.writer(Tables.DUPLICATES.fileName()))) {
      for (DuplicateClusters.Cluster c : clusters) {
        long left = c.memberIds().stream().filter(uncounted::contains).count();
        w.write(
            List.of(
                c.canonicalId(),
                String.join(" ", c.copyIds()),
                String.join(" ", c.sources()),
                (long) c.memberIds().size(),
                left,
                c.minSimilarity()));
      }
      record.output(Tables.DUPLICATES.fileName(), w.rowsWritten());
    }
  }

  /** A location key as a reader would say it: {@code file line N}. */
  private static String describe(String location) {
    int cut = location.indexOf('\u0000');
    return location.substring(0, cut) + " line " + Long.parseLong(location.substring(cut + 1));
  }

  private static String location(IngestItem i) {
    return String.format(Locale.ROOT, "%s\u0000%015d", i.file(), i.line());
  }

  private IngestTotals writeIngestReport(
      List<IngestItem.FileSummary> summaries,
      Map<String, Long> repeatedIdsPerFile,
      Map<String, Long> nearDuplicatesPerFile) {
    long read = 0;
    long indexed = 0;
    long quarantined = 0;
    long unknown = 0;
    long nearDuplicates = 0;
    long detected = 0;
    long repaired = 0;
    try (CsvTableWriter w =
        CsvTableWriter.open(Tables.INGEST_REPORT, out.writer(Tables.INGEST_REPORT.fileName()))) {
      for (IngestItem.FileSummary s : summaries) {
        Map<String, Long> reasons = new TreeMap<>(s.rejectedByReason());
        long dups = repeatedIdsPerFile.getOrDefault(s.file(), 0L);
        long near = nearDuplicatesPerFile.getOrDefault(s.file(), 0L);
        if (dups > 0) {
          reasons.merge(DUPLICATE_ID, dups, Long::sum);
        }
        long q = reasons.values().stream().mapToLong(Long::longValue).sum();
        long ix = s.accepted() - dups - near;
        if (s.read() != ix + near + q) {
          throw new NarrascopeException(
              "ingest accounting failed for "
                  + s.file()
                  + ": read "
                  + s.read()
                  + " != indexed "
                  + ix
                  + " + duplicates "
                  + near
                  + " + quarantined "
                  + q);
        }
        w.write(
            List.of(
                s.file(),
                s.read(),
                ix,
                q,
                s.unknownSource(),
                near,
                s.languageDetected(),
                s.mojibakeRepaired(),
                "",
                OptionalLong.empty()));
        for (Map.Entry<String, Long> r : reasons.entrySet()) {
          OptionalLong none = OptionalLong.empty();
          w.write(
              List.of(
                  s.file(), none, none, none, none, none, none, none, r.getKey(), r.getValue()));
        }
        read += s.read();
        indexed += ix;
        nearDuplicates += near;
        quarantined += q;
        unknown += s.unknownSource();
        detected += s.languageDetected();
        repaired += s.mojibakeRepaired();
      }
      record.output(Tables.INGEST_REPORT.fileName(), w.rowsWritten());
    }
    return new IngestTotals(
        summaries.size(), read, indexed, nearDuplicates, quarantined, unknown, detected, repaired);
  }

  /** The ingest's accounting over all files. */
  public record IngestTotals(
      long files,
      long read,
      long indexed,
      long duplicates,
      long quarantined,
      long unknownSource,
      long languageDetected,
      long mojibakeRepaired) {
    Map<String, Long> asMap() {
      Map<String, Long> m = new LinkedHashMap<>();
      m.put("input_files", files);
      m.put("records_read", read);
      m.put("indexed", indexed);
      m.put("near_duplicates", duplicates);
      m.put("quarantined", quarantined);
      m.put("unknown_source_documents", unknownSource);
      m.put("language_detected", languageDetected);
      m.put("mojibake_repaired", mojibakeRepaired);
      return m;
    }
  }

  // ---------------------------------------------------------------- index

  /** Builds the shards from the ingested documents. */
  public IndexLayout index() {
    if (!out.exists("documents")) {
      throw new NarrascopeException(
          "no ingested documents in " + out.path("documents") + ": run `ingest` (or `run`) first");
    }
    IndexLayout layout =
        IndexJob.run(spark, out.path("documents"), config.index(), config.partitions(), progress);
    record.analysis(layout.analysis());
    record.counts(
        Map.of(
            "index_documents", layout.documents(), "index_shards", (long) layout.shards().size()));
    return layout;
  }

  // ---------------------------------------------------------------- count

  /** Counts the lexicon's frames on the existing index. */
  public List<FrameCountRow> count() {
    String yaml = readText(config.frames());
    record.input(config.frames(), yaml.getBytes(StandardCharsets.UTF_8));
    Lexicon lexicon = Lexicon.parse(yaml, config.frames());
    // An institution's own publications speak in its own voice ("The Ministry confirms ...").
    String registryCsv = readText(config.sources());
    record.input(config.sources(), registryCsv.getBytes(StandardCharsets.UTF_8));
    SourceRegistry registry = SourceRegistry.parse(new StringReader(registryCsv), config.sources());
    CountJob.Result result =
        CountJob.run(
            spark,
            config.index(),
            yaml,
            config.frames(),
            config.period(),
            registry.namesWithRole(SourceRole.OFFICIAL),
            progress);
    record.analysis(result.layout().analysis());
    List<FrameCountRow> rows =
        FrameCounts.rows(result.tallies(), lexicon.frames().stream().map(f -> f.id()).toList());
    try (CsvTableWriter w =
        CsvTableWriter.open(Tables.FRAME_COUNTS, out.writer(Tables.FRAME_COUNTS.fileName()))) {
      for (FrameCountRow r : rows) {
        w.write(r.cells());
      }
      record.output(Tables.FRAME_COUNTS.fileName(), w.rowsWritten());
    }
    writeSorted(
        Tables.CONCORDANCE,
        Tables.CONCORDANCE.fileName(),
        result.concordance(),
        ConcordanceRow::sortKey,
        ConcordanceRow::cells);
    writeSpeakers(result.concordance());
    result.concordance().unpersist();
    return rows;
  }

  private void writeSpeakers(JavaRDD<ConcordanceRow> concordance) {
    Map<SpeakerTally.Key, SpeakerTally> tallies =
        concordance
            .filter(r -> r.counted() && !r.speaker().isEmpty())
            .mapToPair(
                r ->
                    new scala.Tuple2<>(
                        new SpeakerTally.Key(r.frame(), r.speaker(), r.lang()),
                        SpeakerTally.of(
                            MentionStance.parse(r.stance()),
                            r.docId(),
                            r.source(),
                            java.time.LocalDate.parse(r.date()))))
            .reduceByKey(SpeakerTally::plus)
            .collectAsMap();
    try (CsvTableWriter w =
        CsvTableWriter.open(Tables.FRAME_SPEAKERS, out.writer(Tables.FRAME_SPEAKERS.fileName()))) {
      for (List<Object> row : SpeakerTally.rows(tallies)) {
        w.write(row);
      }
      record.output(Tables.FRAME_SPEAKERS.fileName(), w.rowsWritten());
    }
  }

  // ---------------------------------------------------------------- compare

  /** Compares every source's frame rates with the baseline, from {@code frame_counts.csv}. */
  public void compare() {
    String registryCsv = readText(config.sources());
    record.input(config.sources(), registryCsv.getBytes(StandardCharsets.UTF_8));
    SourceRegistry registry = SourceRegistry.parse(new StringReader(registryCsv), config.sources());
    List<FrameCountRow> counts = readFrameCounts();
    boolean anyBaseline =
        counts.stream().anyMatch(r -> registry.roleOf(r.source()) == config.baselineRole());
    if (!anyBaseline) {
      // Not fatal: the tables still show every source's rate, each row noted
      // no_baseline_documents; but a researcher should know at once.
      System.err.println(
          "narrascope: warning: no source with role '"
              + config.baselineRole().code()
              + "' has documents, so there is no baseline to compare with (see --baseline-role"
              + " and "
              + config.sources()
              + ")");
    }
    java.util.function.Predicate<String> isBaseline =
        source -> registry.roleOf(source) == config.baselineRole();
    writeBaseline(Tables.FRAME_VS_BASELINE, BaselineTables.wholeSpan(counts, isBaseline), false);
    writeBaseline(
        Tables.FRAME_VS_BASELINE_BY_PERIOD, BaselineTables.byPeriod(counts, isBaseline), true);
  }

  private void writeBaseline(TableSchema table, List<BaselineRow> rows, boolean withPeriod) {
    try (CsvTableWriter w = CsvTableWriter.open(table, out.writer(table.fileName()))) {
      for (BaselineRow r : rows) {
        w.write(r.cells(withPeriod));
      }
      record.output(table.fileName(), w.rowsWritten());
    }
  }

  private List<FrameCountRow> readFrameCounts() {
    String name = Tables.FRAME_COUNTS.fileName();
    if (!out.exists(name)) {
      throw new NarrascopeException("no " + out.path(name) + ": run `count` (or `run`) first");
    }
    List<FrameCountRow> rows = new ArrayList<>();
    try (InputStream in = out.open(name);
        CSVParser csv =
            CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      if (!csv.getHeaderNames().equals(Tables.FRAME_COUNTS.header())) {
        throw new NarrascopeException(
            out.path(name)
                + " has columns "
                + csv.getHeaderNames()
                + ", expected "
                + Tables.FRAME_COUNTS.header());
      }
      for (CSVRecord r : csv) {
        rows.add(
            new FrameCountRow(
                r.get(0),
                r.get(1),
                r.get(2),
                Long.parseLong(r.get(3)),
                Long.parseLong(r.get(4)),
                Long.parseLong(r.get(5)),
                Long.parseLong(r.get(6)),
                Long.parseLong(r.get(7)),
                Long.parseLong(r.get(8)),
                Long.parseLong(r.get(9)),
                Long.parseLong(r.get(10)),
                Long.parseLong(r.get(11)),
                Long.parseLong(r.get(12)),
                Long.parseLong(r.get(13)),
                Long.parseLong(r.get(14)),
                Long.parseLong(r.get(15)),
                Long.parseLong(r.get(16))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + out.path(name), e);
    } catch (NumberFormatException e) {
      throw new NarrascopeException(
          out.path(name) + " has a count that is not a whole number: " + e.getMessage(), e);
    }
    return rows;
  }

  // ---------------------------------------------------------------- discover

  /** The file of lexicon suggestions that {@link #discover} writes beside its tables. */
  public static final String LEXICON_SUGGESTIONS = "lexicon_suggestions.yaml";

  /**
   * Discovers framing phrases on the existing index: phrase_candidates.csv, phrase_clusters.csv and
   * lexicon_suggestions.yaml.
   */
  public void discover(org.narrascope.discovery.DiscoveryConfig discovery) {
    String yaml = readText(config.frames());
    record.input(config.frames(), yaml.getBytes(StandardCharsets.UTF_8));
    String registryCsv = readText(config.sources());
    record.input(config.sources(), registryCsv.getBytes(StandardCharsets.UTF_8));
    Lexicon lexicon = Lexicon.parse(yaml, config.frames());
    DiscoverJob.Result result =
        DiscoverJob.run(
            spark,
            config.index(),
            yaml,
            config.frames(),
            registryCsv,
            config.sources(),
            discovery,
            progress);
    record.analysis(result.layout().analysis());
    try (CsvTableWriter w =
        CsvTableWriter.open(
            Tables.PHRASE_CANDIDATES, out.writer(Tables.PHRASE_CANDIDATES.fileName()))) {
      for (org.narrascope.discovery.CandidateRanking.Ranked r : result.ranked()) {
        for (org.narrascope.discovery.PhraseCandidate c : r.candidates()) {
          w.write(org.narrascope.discovery.ClusteredPhrase.candidateCells(c));
        }
      }
      record.output(Tables.PHRASE_CANDIDATES.fileName(), w.rowsWritten());
    }
    try (CsvTableWriter w =
        CsvTableWriter.open(
            Tables.PHRASE_CLUSTERS, out.writer(Tables.PHRASE_CLUSTERS.fileName()))) {
      for (org.narrascope.discovery.ClusteredPhrase c : result.clusters()) {
        w.write(c.cells());
      }
      record.output(Tables.PHRASE_CLUSTERS.fileName(), w.rowsWritten());
    }
    String suggestions =
        org.narrascope.discovery.LexiconSuggestions.yaml(lexicon, result.clusters())
            .orElse(
                "# `narrascope discover` found nothing to suggest for the lexicon "
                    + lexicon.name()
                    + ".\n");
    try (java.io.Writer w = out.writer(LEXICON_SUGGESTIONS)) {
      w.write(suggestions);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out.path(LEXICON_SUGGESTIONS), e);
    }
    record.output(LEXICON_SUGGESTIONS, result.clusters().size());
  }

  /** Writes SCHEMA.md, the documentation of every table, beside the tables. */
  public void writeSchema() {
    try (java.io.Writer w = out.writer(SCHEMA_FILE)) {
      w.write(SchemaDocument.render(Tables.all(), SCHEMA_INTRO));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out.path(SCHEMA_FILE), e);
    }
  }

  static final String SCHEMA_FILE = "SCHEMA.md";
  static final String SCHEMA_INTRO =
      "Every table Narrascope writes, generated from the one definition in code that also writes"
          + " the tables (org.narrascope.report.Tables). All files are UTF-8 CSV (RFC 4180, CRLF"
          + " line ends, a header row), sorted as stated, byte-identical for the same input and"
          + " configuration whatever the number of partitions or cores.";

  // ---------------------------------------------------------------- helpers

  /**
   * Sorts an RDD by a string key and streams it to one CSV on the driver, a partition at a time, so
   * the driver never holds the whole table.
   */
  private <T> long writeSorted(
      TableSchema table,
      String relative,
      JavaRDD<T> rows,
      org.apache.spark.api.java.function.Function<T, String> key,
      java.util.function.Function<T, List<Object>> cells) {
    try (CsvTableWriter w = CsvTableWriter.open(table, out.writer(relative))) {
      Iterator<T> it =
          rows.sortBy(key, true, Math.max(1, rows.getNumPartitions())).toLocalIterator();
      while (it.hasNext()) {
        w.write(cells.apply(it.next()));
      }
      record.output(relative, w.rowsWritten());
      return w.rowsWritten();
    }
  }

  /** A small text input (registry, lexicon), from any file system. */
  String readText(String location) {
    Path path = new Path(location);
    try (FSDataInputStream in = path.getFileSystem(hadoop).open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.FileNotFoundException e) {
      throw new NarrascopeException("file not found: " + location, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + location, e);
    }
  }
}
