package org.narrascope.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.narrascope.NarrascopeException;
import org.narrascope.corpus.SourceRegistry;
import org.narrascope.corpus.SourceRole;
import org.narrascope.corpus.sample.GeneratorConfig;
import org.narrascope.corpus.sample.SampleCorpusGenerator;
import org.narrascope.frames.Concordance;
import org.narrascope.frames.ConcordanceEntry;
import org.narrascope.frames.ConcordanceQuery;
import org.narrascope.frames.Concordancer;
import org.narrascope.frames.FrameMatcher;
import org.narrascope.frames.KwicFormatter;
import org.narrascope.frames.KwicOrder;
import org.narrascope.frames.Lexicon;
import org.narrascope.frames.attribution.MentionAttributor;
import org.narrascope.frames.attribution.MentionStance;
import org.narrascope.frames.evaluation.EvaluationResult;
import org.narrascope.frames.evaluation.FrameScore;
import org.narrascope.frames.evaluation.GoldSet;
import org.narrascope.frames.evaluation.MatchingError;
import org.narrascope.frames.evaluation.MatchingEvaluation;
import org.narrascope.frames.evaluation.MatchingQualityTable;
import org.narrascope.index.IndexManifest;
import org.narrascope.spark.Pipeline;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The commands of {@code narrascope}: the whole run, each stage alone, the generator, the demo. */
final class Commands {
  private Commands() {}

  /** Runs the given stages in one Spark session. */
  abstract static class StageCommand implements Callable<Integer> {
    @Mixin PipelineOptions options;
    @Spec CommandSpec spec;

    abstract void stages(Pipeline p);

    PipelineOptions effective() {
      return options;
    }

    @Override
    public Integer call() {
      PrintStream console = System.out;
      List<String> argv = spec.commandLine().getParseResult().originalArgs();
      try (Session session = Session.start(spec.name(), argv, effective(), console)) {
        stages(session.pipeline());
        session.pipeline().writeSchema();
        session.succeeded();
      }
      System.out.printf(Locale.ROOT, "Tables written to %s%n", effective().out);
      return 0;
    }
  }

  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = "Run every stage: ingest, index, count, compare, discover.")
  static class Run extends StageCommand {
    @Override
    void stages(Pipeline p) {
      p.ingest();
      p.index();
      p.count();
      p.compare();
      p.discover(effective().discovery());
    }
  }

  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description =
          "Read --corpus into clean documents (OUT/documents), quarantine/ and ingest_report.csv.")
  static final class Ingest extends StageCommand {
    @Override
    void stages(Pipeline p) {
      p.ingest();
    }
  }

  @Command(
      name = "index",
      mixinStandardHelpOptions = true,
      description =
          "Build the Lucene shards (--index) from the ingested documents in OUT/documents.")
  static final class Index extends StageCommand {
    @Override
    void stages(Pipeline p) {
      p.index();
    }
  }

  @Command(
      name = "count",
      mixinStandardHelpOptions = true,
      description =
          "Count the lexicon's frames on an existing index (never re-indexes), with the stance"
              + " and speaker of every mention: frame_counts.csv, concordance.csv,"
              + " frame_speakers.csv.")
  static final class Count extends StageCommand {
    @Override
    void stages(Pipeline p) {
      p.count();
    }
  }

  @Command(
      name = "compare",
      mixinStandardHelpOptions = true,
      description =
          "Compare each source with the baseline from OUT/frame_counts.csv:"
              + " frame_vs_baseline.csv, frame_vs_baseline_by_period.csv.")
  static final class Compare extends StageCommand {
    @Override
    void stages(Pipeline p) {
      p.compare();
    }
  }

  @Command(
      name = "discover",
      mixinStandardHelpOptions = true,
      description =
          "Discover framing phrases on an existing index (never re-indexes): candidate n-grams"
              + " scored by NPMI, G², keyness (official+state media vs expert_skeptic) and"
              + " nearness to lexicon mentions, clustered by their contexts into families of the"
              + " lexicon's frames or new frames: phrase_candidates.csv, phrase_clusters.csv,"
              + " lexicon_suggestions.yaml. Options: --min-count, --top, --stop-phrases, --seed.")
  static final class Discover extends StageCommand {
    @Override
    void stages(Pipeline p) {
      p.discover(effective().discovery());
    }
  }

  @Command(
      name = "demo",
      mixinStandardHelpOptions = true,
      description =
          "`run` on the sample corpus (corpus/sample/*/*.jsonl) into results/, the reference run.")
  static final class Demo extends Run {
    static final String SAMPLE = "corpus/sample/*/*.jsonl";

    @Override
    PipelineOptions effective() {
      if (options.corpus == null) {
        options.corpus = SAMPLE;
      }
      if ("out".equals(options.out)) {
        options.out = "results";
      }
      return options;
    }
  }

  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description =
          "Write a synthetic corpus with planted frames at known counts: documents.jsonl,"
              + " truth.csv, planted.csv, sources.csv, discovery_truth.csv,"
              + " discovery_planted.csv.")
  static final class Generate implements Callable<Integer> {
    @Option(
        names = "--docs",
        paramLabel = "N",
        defaultValue = "2000",
        description = "Documents. Default: ${DEFAULT-VALUE}.")
    int docs;

    @Option(
        names = "--seed",
        paramLabel = "S",
        defaultValue = "20220105",
        description = "Seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
    Path out;

    @Override
    public Integer call() {
      var summary =
          SampleCorpusGenerator.generate(
              new GeneratorConfig(docs, seed, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 31)),
              out);
      System.out.printf(Locale.ROOT, "Generated %s into %s%n", summary, out);
      return 0;
    }
  }

  @Command(
      name = "evaluate",
      mixinStandardHelpOptions = true,
      description =
          "Measure the lexicon's matching against a hand-marked gold set (no Spark):"
              + " matching_quality.csv (precision, recall, F1 per frame and language),"
              + " matching_errors.csv (every miss and false hit with its context),"
              + " attribution_quality.csv (stance accuracy, speaker exact match) and"
              + " attribution_errors.csv.")
  static final class Evaluate implements Callable<Integer> {
    @Option(
        names = "--gold",
        paramLabel = "DIR",
        defaultValue = "corpus/gold",
        description = "Gold set: articles.jsonl and mentions.csv. Default: ${DEFAULT-VALUE}.")
    Path gold;

    @Option(
        names = "--frames",
        paramLabel = "YAML",
        defaultValue = "corpus/frames/kazakhstan-2022.yaml",
        description = "Frame lexicon. Default: ${DEFAULT-VALUE}.")
    Path frames;

    @Option(
        names = "--sources",
        paramLabel = "CSV",
        description =
            "Source registry (source,role,country,lang[,tz]): documents of a source with role"
                + " official are an institution's own publications, so its present-tense"
                + " statements are its own voice. Default: corpus/sources.csv when it exists.")
    Path registry;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        defaultValue = "out",
        description = "Output folder. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Override
    public Integer call() {
      GoldSet set = GoldSet.load(gold);
      EvaluationResult result;
      try (FrameMatcher matcher = FrameMatcher.compile(Lexicon.load(frames))) {
        result =
            MatchingEvaluation.run(
                set, matcher, MentionAttributor.builtIn(), institutionalSources(registry));
      }
      MatchingQualityTable.write(result, out);
      FrameScore all = result.overall();
      System.out.printf(
          Locale.ROOT,
          "%d gold mentions, %d found, %d exact: precision %s, recall %s, F1 %s; %d misses and %d"
              + " false hits in %s%n",
          all.gold(),
          all.predicted(),
          all.truePositives(),
          format(all.precision()),
          format(all.recall()),
          format(all.f1()),
          result.errors(MatchingError.Kind.MISS).size(),
          result.errors(MatchingError.Kind.FALSE_HIT).size(),
          out.resolve("matching_errors.csv"));
      result
          .attribution(FrameScore.ALL)
          .ifPresent(
              a ->
                  System.out.printf(
                      Locale.ROOT,
                      "attribution of %d found mentions: stance accuracy %s, speaker exact match %s"
                          + " (%d marked), invented speakers %s; %d errors in %s%n",
                      a.mentions(),
                      format(a.stanceAccuracy()),
                      format(a.speakerAccuracy()),
                      a.speakerMarked(),
                      format(a.inventedRate()),
                      result.attributionErrors().size(),
                      out.resolve("attribution_errors.csv")));
      return 0;
    }

    private static String format(java.util.OptionalDouble value) {
      return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : "-";
    }
  }

  @Command(
      name = "kwic",
      mixinStandardHelpOptions = true,
      description =
          "Print keyword-in-context lines of one frame from an existing index (no Spark, never"
              + " re-indexes): document, date, source, language, field, quoted mark, stance,"
              + " speaker, then the match in its context; a footer counts matches, documents,"
              + " shards and seconds.")
  static final class Kwic implements Callable<Integer> {
    @Option(
        names = "--sources",
        paramLabel = "CSV",
        description =
            "Source registry (source,role,country,lang[,tz]): documents of a source with role"
                + " official are an institution's own publications, so its present-tense"
                + " statements are its own voice. Default: corpus/sources.csv when it exists.")
    Path registry;

    @Option(
        names = "--frame",
        paramLabel = "F",
        required = true,
        description = "The frame id, e.g. coup_attempt.")
    String frame;

    @Option(
        names = "--source",
        paramLabel = "S",
        description = "Only this source; repeat for several. Default: every source.")
    List<String> sources = List.of();

    @Option(
        names = "--lang",
        paramLabel = "L",
        description = "Only documents in this language; repeat for several. Default: every one.")
    List<String> langs = List.of();

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Voice voice;

    @Option(
        names = "--stance",
        paramLabel = "STANCE",
        description =
            "Only mentions of this stance: endorsed (the outlet's own voice), reported"
                + " (attributed or quoted without distance) or distanced (so-called, denied,"
                + " scare quotes). Repeat for several.")
    List<String> stances = List.of();

    @Option(
        names = "--speaker",
        paramLabel = "NAME",
        description =
            "Only mentions attributed to this speaker, as written in the speaker column"
                + " (case-sensitive). Repeat for several.")
    List<String> speakers = List.of();

    /** Quoted or authorial use, not both. */
    static final class Voice {
      @Option(
          names = "--quoted",
          required = true,
          description = "Only mentions in quotation marks.")
      boolean quoted;

      @Option(
          names = "--authorial",
          required = true,
          description = "Only mentions outside quotation marks.")
      boolean authorial;
    }

    @Option(
        names = "--from",
        paramLabel = "DATE",
        description = "First day (yyyy-MM-dd), included.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (yyyy-MM-dd), included.")
    String to;

    @Option(
        names = "--width",
        paramLabel = "N",
        defaultValue = "50",
        description = "Characters of context each side. Default: ${DEFAULT-VALUE}.")
    int width;

    @Option(
        names = "--limit",
        paramLabel = "N",
        defaultValue = "100",
        description = "Lines printed, 0 for all. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(
        names = "--sort",
        paramLabel = "doc|left|right|source|date",
        defaultValue = "doc",
        description =
            "Order: document, the words left (L1, L2, ...) or right (R1, R2, ...) of the match,"
                + " source, date. Default: ${DEFAULT-VALUE}.")
    String sort;

    @Option(
        names = "--format",
        paramLabel = "text|csv|tsv",
        defaultValue = "text",
        description =
            "Aligned text, or CSV/TSV with a header (the footer then goes to standard error)."
                + " Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(
        names = "--index",
        paramLabel = "DIR",
        description = "Index folder, any Hadoop file system path. Default: OUT/index.")
    String index;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        defaultValue = "out",
        description = "Output folder of the run that built the index. Default: ${DEFAULT-VALUE}.")
    String out;

    @Option(
        names = "--frames",
        paramLabel = "YAML",
        defaultValue = "corpus/frames/kazakhstan-2022.yaml",
        description = "Frame lexicon. Default: ${DEFAULT-VALUE}.")
    Path frames;

    /** More context than a screen holds is a typo (and must not overflow an offset). */
    private static final int MAX_WIDTH = 10_000;

    /** Shards read at once: a small pool, since each thread holds a shard and a matcher. */
    private static final int THREADS =
        Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    @Override
    public Integer call() throws IOException {
      long started = System.nanoTime();
      if (width < 0 || width > MAX_WIDTH) {
        throw new NarrascopeException(
            "--width must be between 0 and " + MAX_WIDTH + " characters, not " + width);
      }
      if (limit < 0) {
        throw new NarrascopeException("--limit must be 0 (every line) or more, not " + limit);
      }
      KwicOrder order = KwicOrder.parse(sort);
      KwicFormatter.Format form = KwicFormatter.Format.parse(format);
      ConcordanceQuery query =
          ConcordanceQuery.of(frame)
              .withSources(sources)
              .withLanguages(langs)
              .between(day("--from", from), day("--to", to))
              .withContext(width);
      if (voice != null) {
        boolean quoted = voice.quoted;
        query = query.where(e -> e.quoted() == quoted);
      }
      if (!stances.isEmpty()) {
        Set<MentionStance> wanted = EnumSet.noneOf(MentionStance.class);
        stances.forEach(code -> wanted.add(MentionStance.parse(code)));
        query = query.where(e -> wanted.contains(e.stance()));
      }
      if (!speakers.isEmpty()) {
        Set<String> wanted = Set.copyOf(speakers);
        query = query.where(e -> wanted.contains(e.speaker()));
      }
      // The frame is checked before the index is touched: a typo costs nothing.
      Concordancer concordancer =
          Concordancer.of(Lexicon.load(frames), query, THREADS)
              .withInstitutionalSources(institutionalSources(registry));
      Concordance found;
      try (IndexShards shards = IndexShards.open(index != null ? index : out + "/index")) {
        found = concordancer.search(shards.names(), shards::local);
      }
      List<ConcordanceEntry> sorted = order.sort(found.entries());
      List<ConcordanceEntry> shown =
          limit == 0 || sorted.size() <= limit ? sorted : sorted.subList(0, limit);
      boolean terminal = System.console() != null && System.getenv("NO_COLOR") == null;
      Writer stdout =
          new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
      KwicFormatter.of(
              form,
              width,
              terminal && form == KwicFormatter.Format.TEXT
                  ? KwicFormatter.Highlight.ANSI_BOLD
                  : KwicFormatter.Highlight.GUILLEMETS)
          .write(shown, stdout);
      String footer =
          KwicFormatter.footer(
              shown.size(),
              found.entries().size(),
              found.documents(),
              found.shards(),
              (System.nanoTime() - started) / 1e9);
      if (form == KwicFormatter.Format.TEXT) {
        stdout.write(footer + "\n");
        stdout.flush();
      } else {
        // A table on standard output stays a table; the summary goes beside it.
        stdout.flush();
        System.err.println(footer);
      }
      return 0;
    }

    private static Optional<LocalDate> day(String flag, String value) {
      if (value == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(value));
      } catch (DateTimeParseException e) {
        throw new NarrascopeException(flag + " " + value + " is not a date (yyyy-MM-dd)", e);
      }
    }
  }

  /**
   * The shards of an existing index as local folders Lucene can open: the folders themselves on a
   * local file system, otherwise copies in a scratch folder removed on close.
   */
  private interface IndexShards extends AutoCloseable {
    java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");

    List<String> names();

    Path local(String shard);

    @Override
    void close();

    /**
     * Opens the index at {@code dir}: a local folder (a plain path or a {@code file:} URI) without
     * loading Hadoop, any other URI through Hadoop's file systems. A plain path missing locally is
     * looked up on Hadoop's default file system too, as the pipeline would resolve it.
     */
    static IndexShards open(String dir) {
      java.util.regex.Matcher scheme = SCHEME.matcher(dir);
      // One letter before the colon is a Windows drive, not a scheme.
      boolean plain = !scheme.lookingAt() || scheme.group(1).length() == 1;
      if (plain || scheme.group(1).equalsIgnoreCase("file")) {
        Path local = plain ? Path.of(dir) : Path.of(URI.create(dir));
        Path manifest = local.resolve(IndexManifest.FILE);
        if (Files.isRegularFile(manifest)) {
          try (InputStream in = Files.newInputStream(manifest)) {
            List<String> names = IndexManifest.read(in, manifest.toString()).shards();
            return new LocalShards(names, local);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manifest, e);
          }
        }
        if (!plain) {
          throw HadoopShards.missing(dir);
        }
      }
      return HadoopShards.open(dir);
    }
  }

  private record LocalShards(List<String> names, Path dir) implements IndexShards {
    @Override
    public Path local(String shard) {
      return dir.resolve(shard);
    }

    @Override
    public void close() {}
  }

  /** Kept apart so that Hadoop's classes load only for an index that is not on local disk. */
  private static final class HadoopShards implements IndexShards {
    private final org.apache.hadoop.fs.FileSystem fs;
    private final String dir;
    private final List<String> names;
    private final Path scratch;

    private HadoopShards(
        org.apache.hadoop.fs.FileSystem fs, String dir, List<String> names, Path scratch) {
      this.fs = fs;
      this.dir = dir;
      this.names = names;
      this.scratch = scratch;
    }

    static NarrascopeException missing(String dir) {
      return new NarrascopeException(
          "no complete index at "
              + dir
              + " (its "
              + IndexManifest.FILE
              + " is missing): run `index` or `run` first");
    }

    static IndexShards open(String dir) {
      org.apache.hadoop.fs.Path manifest = new org.apache.hadoop.fs.Path(dir, IndexManifest.FILE);
      try {
        org.apache.hadoop.fs.FileSystem fs =
            manifest.getFileSystem(new org.apache.hadoop.conf.Configuration());
        if (fs instanceof org.apache.hadoop.fs.LocalFileSystem || !fs.exists(manifest)) {
          throw missing(dir);
        }
        List<String> names;
        try (InputStream in = fs.open(manifest)) {
          names = IndexManifest.read(in, manifest.toString()).shards();
        }
        return new HadoopShards(fs, dir, names, Files.createTempDirectory("narrascope-kwic-"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + manifest, e);
      }
    }

    @Override
    public List<String> names() {
      return names;
    }

    @Override
    public Path local(String shard) {
      // Lucene needs random access: the shard is copied to local disk first.
      Path copy = scratch.resolve(shard);
      try {
        fs.copyToLocalFile(
            false,
            new org.apache.hadoop.fs.Path(dir, shard),
            new org.apache.hadoop.fs.Path(copy.toUri()),
            true);
        return copy;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot fetch shard " + shard + " from " + dir, e);
      }
    }

    @Override
    public void close() {
      try (Stream<Path> all = Files.walk(scratch)) {
        for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete scratch folder " + scratch, e);
      }
    }
  }

  /**
   * The official sources of {@code registry}; without one, those of {@code corpus/sources.csv} when
   * it exists, else none.
   */
  static Set<String> institutionalSources(Path registry) {
    Path file = registry;
    if (file == null) {
      file = Path.of("corpus/sources.csv");
      if (!Files.isRegularFile(file)) {
        return Set.of();
      }
    }
    return SourceRegistry.load(file).namesWithRole(SourceRole.OFFICIAL);
  }
}
