package org.narrascope.spark;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.narrascope.report.Sha256;

/**
 * What a run did, gathered stage by stage for the manifest: inputs with their checksums, the
 * analysis chains, the outputs with their row counts, and the accounting.
 */
public final class RunRecord {
  /** An input file as the manifest lists it. */
  public record Input(String path, long bytes, String sha256) {}

  private final Map<String, Input> inputs = new TreeMap<>();
  private final Map<String, Long> outputs = new TreeMap<>();
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private final Map<String, String> analysis = new TreeMap<>();

  void input(String path, long bytes, String sha256) {
    inputs.put(path, new Input(path, bytes, sha256));
  }

  void input(String path, byte[] content) {
    input(path, content.length, Sha256.hex(new ByteArrayInputStream(content)));
  }

  void output(String name, long rows) {
    outputs.put(name, rows);
  }

  void counts(Map<String, Long> more) {
    new TreeMap<>(more).forEach(counts::put);
  }

  void analysis(Map<String, String> chains) {
    analysis.putAll(chains);
  }

  public Map<String, Input> inputs() {
    return inputs;
  }

  public Map<String, Long> outputs() {
    return outputs;
  }

  public Map<String, Long> counts() {
    return counts;
  }

  public Map<String, String> analysis() {
    return analysis;
  }
}
