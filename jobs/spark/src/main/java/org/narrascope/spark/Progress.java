package org.narrascope.spark;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.JavaSparkStatusTracker;

/**
 * Progress lines on the console for long runs: stage, documents done, rate and time left. Spark
 * reports progress per finished task, so the document count is the stage's share of finished tasks
 * times its documents: exact at the end of every task, an estimate in between.
 */
public final class Progress implements AutoCloseable {
  private final PrintStream out;
  private final JavaSparkStatusTracker tracker;
  private final ScheduledExecutorService timer;
  private ScheduledFuture<?> ticking;
  private String stage = "";
  private String unit = "documents";
  private String phase = "";
  private String printedPhase = "";
  private long done;
  private long total;
  private long startedNanos;

  private Progress(PrintStream out, JavaSparkStatusTracker tracker, boolean enabled) {
    this.out = out;
    this.tracker = tracker;
    this.timer =
        enabled
            ? Executors.newSingleThreadScheduledExecutor(
                r -> {
                  Thread t = new Thread(r, "narrascope-progress");
                  t.setDaemon(true);
                  return t;
                })
            : null;
  }

  /** Progress for a session; {@code enabled=false} prints only the stage summaries. */
  public static Progress on(JavaSparkContext jsc, PrintStream out, boolean enabled) {
    return new Progress(out, jsc.statusTracker(), enabled);
  }

  /** Starts a stage over {@code documents} documents. */
  public void stage(String name, long documents) {
    stage(name, documents, "documents");
  }

  /** Starts a stage over {@code total} units of work ({@code "files"}, {@code "documents"}). */
  public synchronized void stage(String name, long total, String unit) {
    stopTicking();
    this.stage = name;
    this.unit = unit;
    this.total = total;
    this.phase = "";
    this.printedPhase = "";
    this.done = 0;
    startedNanos = System.nanoTime();
    if (timer != null) {
      ticking = timer.scheduleAtFixedRate(this::tick, 2, 2, TimeUnit.SECONDS);
    }
  }

  /** Names the part of the stage that runs now, e.g. "near-duplicates". */
  public synchronized void phase(String name) {
    phase = name;
  }

  /** Says that {@code units} of the stage's work are known to be done. */
  public synchronized void completed(long units) {
    done = Math.max(done, Math.min(units, total));
  }

  /** Ends the current stage with a summary line. */
  public synchronized void done() {
    stopTicking();
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    out.printf(
        Locale.ROOT,
        "[%s] %,d %s in %.1f s (%,.1f %s/s)%n",
        stage,
        total,
        unit,
        seconds,
        seconds > 0 ? total / seconds : 0.0,
        unit);
  }

  private synchronized void tick() {
    int tasks = 0;
    int finished = 0;
    for (int id : tracker.getActiveStageIds()) {
      SparkStageInfo info = tracker.getStageInfo(id);
      if (info != null) {
        tasks += info.numTasks();
        finished += info.numCompletedTasks();
      }
    }
    if (tasks == 0) {
      return;
    }
    // A stage may run several Spark jobs (ingest reads, then looks for duplicates, then writes);
    // the count only moves forward, and a line is printed only when it moved or a phase began.
    long docs = Math.max(done, Math.round((double) finished / tasks * total));
    if (docs == done && printedPhase.equals(phase)) {
      return;
    }
    done = docs;
    printedPhase = phase;
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    double rate = seconds > 0 ? docs / seconds : 0;
    String left =
        rate > 0 ? format(Duration.ofSeconds(Math.round((total - docs) / rate))) : "unknown";
    out.printf(
        Locale.ROOT,
        "[%s%s] %,d/%,d %s (tasks %d/%d), %,.1f %s/s, time left %s%n",
        stage,
        phase.isEmpty() ? "" : ": " + phase,
        docs,
        total,
        unit,
        finished,
        tasks,
        rate,
        unit,
        left);
  }

  private static String format(Duration d) {
    return String.format(
        Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
  }

  private void stopTicking() {
    if (ticking != null) {
      ticking.cancel(false);
      ticking = null;
    }
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
