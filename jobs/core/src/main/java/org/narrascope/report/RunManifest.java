package org.narrascope.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.util.Version;
import org.narrascope.NarrascopeException;

/**
 * What one run was: the command line, the effective configuration, the exact input bytes (by
 * SHA-256), the library versions, the seed, when it ran, what it wrote and how much it read. With
 * it a result table can be traced back to, and reproduced from, the run that made it.
 *
 * <p>The JSON is pretty-printed with two-space indents and {@code \n} line ends, UTF-8, with the
 * keys always in this order: {@code command, config, inputs, versions, seed, started, finished,
 * outputs, analysis, counts}. Map entries are sorted by key and inputs by path, so two runs of the
 * same job on the same data differ only in their times.
 *
 * <p>Built with {@link #builder()}; {@code command}, {@code seed}, {@code started} and {@code
 * finished} are required.
 */
public final class RunManifest {
  /** The manifest's keys, in the order they are written. */
  public static final List<String> KEYS =
      List.of(
          "command",
          "config",
          "inputs",
          "versions",
          "seed",
          "started",
          "finished",
          "outputs",
          "analysis",
          "counts");

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String UNKNOWN = "unknown";

  /**
   * One input file of the run.
   *
   * @param path the path as given to the run
   * @param bytes its size in bytes
   * @param sha256 its SHA-256, 64 lower-case hex digits
   */
  public record Input(String path, long bytes, String sha256) {
    public Input {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(sha256, "sha256");
      if (bytes < 0) {
        throw new NarrascopeException("input " + path + ": size " + bytes + " is negative");
      }
      if (!sha256.matches("[0-9a-f]{64}")) {
        throw new NarrascopeException(
            "input " + path + ": expected 64 lower-case hex digits of SHA-256, got " + sha256);
      }
    }

    /** Measures and hashes {@code file}, recording it under {@code file.toString()}. */
    public static Input of(Path file) {
      try {
        return new Input(file.toString(), Files.size(file), Sha256.hex(file));
      } catch (IOException e) {
        throw new NarrascopeException("cannot read the size of input " + file, e);
      }
    }
  }

  /**
   * The analysis chain a language's texts went through, in the index and in the frame matcher.
   *
   * @param chain the chain's id, {@code lang:name} (e.g. {@code ru:snowball}), or {@code unknown}
   *     when an index recorded a chain this version does not know
   * @param description the chain's steps in one line
   */
  public record Analysis(String chain, String description) {
    public Analysis {
      Objects.requireNonNull(chain, "chain");
      Objects.requireNonNull(description, "description");
    }
  }

  private final List<String> command;
  private final SortedMap<String, String> config;
  private final List<Input> inputs;
  private final SortedMap<String, String> versions;
  private final long seed;
  private final Instant started;
  private final Instant finished;
  private final SortedMap<String, Long> outputs;
  private final SortedMap<String, Analysis> analysis;
  private final SortedMap<String, Long> counts;

  private RunManifest(Builder b) {
    this.command = List.copyOf(require(b.command, "command"));
    this.config = unmodifiable(b.config);
    List<Input> sorted = new ArrayList<>(b.inputs);
    sorted.sort(Comparator.comparing(Input::path));
    this.inputs = List.copyOf(sorted);
    this.versions = unmodifiable(b.versions);
    this.seed = require(b.seed, "seed");
    this.started = require(b.started, "started");
    this.finished = require(b.finished, "finished");
    if (finished.isBefore(started)) {
      throw new NarrascopeException(
          "run manifest: finished " + finished + " is before started " + started);
    }
    this.outputs = unmodifiable(b.outputs);
    this.analysis = unmodifiable(b.analysis);
    this.counts = unmodifiable(b.counts);
  }

  /** Starts an empty manifest. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The versions core knows at run time: {@code narrascope} (core's jar), {@code lucene}, {@code
   * smile} and {@code java}. A version that cannot be read (e.g. classes run from a directory, not
   * a jar) is {@code unknown}. Spark and Scala are added by the Spark module.
   */
  public static Map<String, String> coreVersions() {
    Map<String, String> versions = new TreeMap<>();
    versions.put("narrascope", narrascopeVersion());
    versions.put("lucene", Version.LATEST.toString());
    versions.put("smile", implementationVersion(smile.association.ARM.class).orElse(UNKNOWN));
    versions.put("java", Runtime.version().toString());
    return versions;
  }

  private static String narrascopeVersion() {
    return implementationVersion(RunManifest.class)
        .or(RunManifest::versionFromPomProperties)
        .orElse(UNKNOWN);
  }

  private static Optional<String> implementationVersion(Class<?> type) {
    Package p = type.getPackage();
    return Optional.ofNullable(p == null ? null : p.getImplementationVersion());
  }

  /** Maven puts this file into every jar it builds, manifest entries or not. */
  private static Optional<String> versionFromPomProperties() {
    try (InputStream in =
        RunManifest.class.getResourceAsStream(
            "/META-INF/maven/org.narrascope/narrascope-core/pom.properties")) {
      if (in == null) {
        return Optional.empty();
      }
      Properties properties = new Properties();
      properties.load(in);
      return Optional.ofNullable(properties.getProperty("version"));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  public List<String> command() {
    return command;
  }

  public SortedMap<String, String> config() {
    return config;
  }

  public List<Input> inputs() {
    return inputs;
  }

  public SortedMap<String, String> versions() {
    return versions;
  }

  public long seed() {
    return seed;
  }

  public Instant started() {
    return started;
  }

  public Instant finished() {
    return finished;
  }

  public SortedMap<String, Long> outputs() {
    return outputs;
  }

  /** lang → the analysis chain of that language's texts. */
  public SortedMap<String, Analysis> analysis() {
    return analysis;
  }

  public SortedMap<String, Long> counts() {
    return counts;
  }

  /** The manifest as pretty-printed JSON, ending in a newline. */
  public String toJson() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    ArrayNode argv = root.putArray("command");
    command.forEach(argv::add);
    ObjectNode configNode = root.putObject("config");
    config.forEach(configNode::put);
    ArrayNode inputsNode = root.putArray("inputs");
    for (Input input : inputs) {
      ObjectNode node = inputsNode.addObject();
      node.put("path", input.path());
      node.put("bytes", input.bytes());
      node.put("sha256", input.sha256());
    }
    ObjectNode versionsNode = root.putObject("versions");
    versions.forEach(versionsNode::put);
    root.put("seed", seed);
    root.put("started", DateTimeFormatter.ISO_INSTANT.format(started));
    root.put("finished", DateTimeFormatter.ISO_INSTANT.format(finished));
    ObjectNode outputsNode = root.putObject("outputs");
    outputs.forEach(outputsNode::put);
    ObjectNode analysisNode = root.putObject("analysis");
    analysis.forEach(
        (lang, a) -> {
          ObjectNode node = analysisNode.putObject(lang);
          node.put("chain", a.chain());
          node.put("description", a.description());
        });
    ObjectNode countsNode = root.putObject("counts");
    counts.forEach(countsNode::put);

    // Jackson's default pretty printer uses the platform's line separator; a manifest must be the
    // same bytes on every machine.
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    try {
      return MAPPER.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serialises", e);
    }
  }

  /** Writes {@link #toJson()} to {@code file} as UTF-8, creating parent directories. */
  public void writeTo(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new NarrascopeException("cannot write the run manifest to " + file, e);
    }
  }

  private static <T> T require(T value, String key) {
    if (value == null) {
      throw new NarrascopeException("run manifest: '" + key + "' was never set");
    }
    return value;
  }

  private static <V> SortedMap<String, V> unmodifiable(Map<String, V> map) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }

  /**
   * Collects a manifest during a run. Setters for maps add entries (a later value for the same key
   * replaces the earlier one); not thread-safe.
   */
  public static final class Builder {
    private List<String> command;
    private final Map<String, String> config = new LinkedHashMap<>();
    private final List<Input> inputs = new ArrayList<>();
    private final Map<String, String> versions = new LinkedHashMap<>();
    private Long seed;
    private Instant started;
    private Instant finished;
    private final Map<String, Long> outputs = new LinkedHashMap<>();
    private final Map<String, Analysis> analysis = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    private Builder() {}

    /** The command line, program arguments as given (argv). */
    public Builder command(List<String> argv) {
      this.command = List.copyOf(argv);
      return this;
    }

    /** Adds effective configuration values (defaults included), by option name. */
    public Builder config(Map<String, String> values) {
      values.forEach(this::config);
      return this;
    }

    /** Adds one effective configuration value. */
    public Builder config(String key, String value) {
      config.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, key));
      return this;
    }

    /** Adds an input file. */
    public Builder input(Input input) {
      inputs.add(Objects.requireNonNull(input, "input"));
      return this;
    }

    /** Adds input files. */
    public Builder inputs(List<Input> files) {
      files.forEach(this::input);
      return this;
    }

    /** Adds library versions, e.g. {@link RunManifest#coreVersions()}. */
    public Builder versions(Map<String, String> values) {
      values.forEach(this::version);
      return this;
    }

    /** Adds one library version (e.g. {@code spark}, {@code scala}). */
    public Builder version(String name, String version) {
      versions.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(version, name));
      return this;
    }

    /** The seed of every random choice of the run. */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** When the run started. */
    public Builder started(Instant when) {
      this.started = Objects.requireNonNull(when, "started");
      return this;
    }

    /** When the run finished. */
    public Builder finished(Instant when) {
      this.finished = Objects.requireNonNull(when, "finished");
      return this;
    }

    /** Records an output table's file name and its number of data rows. */
    public Builder output(String fileName, long rows) {
      if (rows < 0) {
        throw new NarrascopeException("output " + fileName + ": " + rows + " rows is negative");
      }
      outputs.put(Objects.requireNonNull(fileName, "fileName"), rows);
      return this;
    }

    /** Records a finished table writer's file name and rows. */
    public Builder output(CsvTableWriter writer) {
      return output(writer.schema().fileName(), writer.rowsWritten());
    }

    /**
     * Records the analysis chain of a language (ISO 639-1 code): its id ({@code ru:snowball}) and
     * its steps in one line.
     */
    public Builder analysis(String lang, String chainId, String description) {
      analysis.put(Objects.requireNonNull(lang, "lang"), new Analysis(chainId, description));
      return this;
    }

    /** Sets a count, e.g. {@code records_read}, {@code indexed}, {@code quarantined}. */
    public Builder count(String name, long value) {
      counts.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /** The manifest; fails naming the first required key that is missing. */
    public RunManifest build() {
      return new RunManifest(this);
    }
  }
}
