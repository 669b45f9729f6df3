package org.narrascope.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.narrascope.corpus.sample.GeneratorConfig;
import org.narrascope.corpus.sample.SampleCorpusGenerator;
import org.narrascope.frames.FrameMatcher;
import org.narrascope.frames.Lexicon;
import org.narrascope.frames.evaluation.EvaluationResult;
import org.narrascope.frames.evaluation.FrameScore;
import org.narrascope.frames.evaluation.GoldSet;
import org.narrascope.frames.evaluation.MatchingError;
import org.narrascope.frames.evaluation.MatchingEvaluation;
import org.narrascope.frames.evaluation.MatchingQualityTable;
import org.narrascope.spark.Pipeline;
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
          "Count the lexicon's frames on an existing index (never re-indexes): frame_counts.csv,"
              + " concordance.csv.")
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
              + " truth.csv, planted.csv, sources.csv.")
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
              + " matching_quality.csv (precision, recall, F1 per frame and language) and"
              + " matching_errors.csv (every miss and false hit with its context).")
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
        result = MatchingEvaluation.run(set, matcher);
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
      return 0;
    }

    private static String format(java.util.OptionalDouble value) {
      return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : "-";
    }
  }
}
