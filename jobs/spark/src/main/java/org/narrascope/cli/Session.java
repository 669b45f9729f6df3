package org.narrascope.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.narrascope.corpus.DocumentCleaner;
import org.narrascope.corpus.FieldMapping;
import org.narrascope.corpus.SourceRole;
import org.narrascope.spark.Pipeline;
import org.narrascope.spark.PipelineConfig;
import org.narrascope.spark.Progress;
import org.narrascope.spark.RunManifests;
import org.narrascope.spark.RunRecord;
import org.narrascope.stats.Period;

/**
 * One command's Spark session, pipeline and manifest: started from the options, and closed by
 * writing the manifest and stopping Spark, whatever happened in between.
 */
final class Session implements AutoCloseable {
  private final String command;
  private final List<String> argv;
  private final PipelineConfig config;
  private final SparkSession spark;
  private final Progress progress;
  private final RunRecord record = new RunRecord();
  private final Pipeline pipeline;
  private final Clock clock;
  private final Instant started;
  private boolean succeeded;

  private Session(
      String command, List<String> argv, PipelineConfig config, Clock clock, PrintStream console) {
    this.command = command;
    this.argv = argv;
    this.clock = clock;
    this.started = clock.instant();
    this.spark =
        org.narrascope.spark.SparkSessions.start(
            "narrascope " + command, config.master(), config.verbose());
    // Under spark-submit the cluster's master wins over --master; the manifest records the real
    // one.
    this.config = config.withMaster(spark.sparkContext().master());
    this.progress =
        Progress.on(JavaSparkContext.fromSparkContext(spark.sparkContext()), console, true);
    this.pipeline = new Pipeline(this.config, spark, progress, record);
  }

  static Session start(String command, List<String> argv, PipelineOptions o, PrintStream console) {
    PipelineConfig config =
        new PipelineConfig(
            o.corpus,
            o.sources,
            o.frames,
            o.out,
            o.indexDir(),
            Period.parse(o.period),
            o.partitions,
            o.master,
            SourceRole.parse(o.baselineRole),
            o.seed,
            o.map == null ? FieldMapping.identity() : FieldMapping.parse(o.map),
            DocumentCleaner.LanguageDetection.parse(o.detectLang),
            org.narrascope.spark.InputFormat.parse(o.format),
            o.monthFirst,
            o.maxQuarantined,
            !o.noDedup,
            o.dedupThreshold,
            LocalDate.now(Clock.systemUTC()),
            o.verbose);
    return new Session(command, argv, config, Clock.systemUTC(), console);
  }

  Pipeline pipeline() {
    return pipeline;
  }

  PipelineConfig config() {
    return config;
  }

  /** Marks the command as finished, so the manifest says so. */
  void succeeded() {
    succeeded = true;
  }

  @Override
  public void close() {
    try {
      RunManifests.write(
          config,
          argv,
          record,
          started,
          clock.instant(),
          succeeded,
          spark.version(),
          spark.sparkContext().hadoopConfiguration());
    } finally {
      progress.close();
      spark.stop();
    }
  }
}
