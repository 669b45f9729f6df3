package org.narrascope.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.narrascope.analysis.AnalysisChain;
import org.narrascope.report.RunManifest;

/**
 * Writes {@code manifest.json} for a command: what ran, on what, with which versions, and what came
 * out.
 */
public final class RunManifests {
  public static final String FILE = "manifest.json";

  private RunManifests() {}

  /** Writes the manifest of a command into {@code config.out()}. */
  public static void write(
      PipelineConfig config,
      List<String> argv,
      RunRecord record,
      Instant started,
      Instant finished,
      boolean succeeded,
      String sparkVersion,
      Configuration hadoop) {
    RunManifest.Builder b =
        RunManifest.builder()
            .command(prepend("narrascope", argv))
            .config(config.asMap())
            .versions(RunManifest.coreVersions())
            .version("spark", sparkVersion)
            .version("scala", scala.util.Properties.versionNumberString())
            .seed(config.seed())
            .started(started)
            .finished(finished)
            .count("succeeded", succeeded ? 1 : 0);
    record
        .inputs()
        .values()
        .forEach(i -> b.input(new RunManifest.Input(i.path(), i.bytes(), i.sha256())));
    record.outputs().forEach(b::output);
    record.counts().forEach(b::count);
    record
        .analysis()
        .forEach(
            (lang, recorded) -> {
              // index.json holds the chain's id; an index built before ids holds its description.
              Optional<AnalysisChain> chain = AnalysisChain.recorded(lang, recorded);
              b.analysis(
                  lang,
                  chain.map(AnalysisChain::id).orElse("unknown"),
                  chain.map(AnalysisChain::description).orElse(recorded));
            });
    try (Writer w = new OutputFiles(config.out(), hadoop).writer(FILE)) {
      w.write(b.build().toJson());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the manifest in " + config.out(), e);
    }
  }

  private static List<String> prepend(String program, List<String> argv) {
    java.util.ArrayList<String> all = new java.util.ArrayList<>();
    all.add(program);
    all.addAll(argv);
    return all;
  }
}
