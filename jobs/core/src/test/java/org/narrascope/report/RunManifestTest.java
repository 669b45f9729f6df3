package org.narrascope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.NarrascopeException;

class RunManifestTest {
  private static final String ABC_SHA =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  private static RunManifest sample() {
    return RunManifest.builder()
        .command(List.of("count", "--period", "week", "--lexicon", "corpus/frames.yaml"))
        .config(Map.of("period", "week", "baseline-role", "expert_skeptic"))
        .config("lexicon", "corpus/frames.yaml")
        .input(new RunManifest.Input("corpus/z.jsonl", 10, ABC_SHA))
        .input(new RunManifest.Input("corpus/a.jsonl", 3, ABC_SHA))
        .versions(Map.of("lucene", "9.12.3", "java", "17.0.12"))
        .version("spark", "3.5.6")
        .seed(20220105L)
        .started(Instant.parse("2022-01-05T10:00:00Z"))
        .finished(Instant.parse("2022-01-05T10:03:20.5Z"))
        .output("frame_counts.csv", 42)
        .output("concordance.csv", 1234)
        .analysis("ru", "ru:snowball", "StandardTokenizer > LowerCase > SnowballRussian")
        .analysis("kk", "kk:suffix", "StandardTokenizer > LowerCase > KazakhStem")
        .count("records_read", 13)
        .count("indexed", 12)
        .count("quarantined", 1)
        .build();
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void roundTripsThroughJacksonWithKeysInTheFixedOrder() throws IOException {
    JsonNode json = new ObjectMapper().readTree(sample().toJson());
    assertThat(keys(json)).isEqualTo(RunManifest.KEYS);
    assertThat(keys(json))
        .containsExactly(
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
    assertThat(json.get("command"))
        .extracting(JsonNode::asText)
        .containsExactly("count", "--period", "week", "--lexicon", "corpus/frames.yaml");
    assertThat(keys(json.get("config"))).containsExactly("baseline-role", "lexicon", "period");
    assertThat(json.get("config").get("period").asText()).isEqualTo("week");
    assertThat(json.get("inputs")).hasSize(2);
    assertThat(json.get("inputs").get(0).get("path").asText()).isEqualTo("corpus/a.jsonl");
    assertThat(keys(json.get("inputs").get(0))).containsExactly("path", "bytes", "sha256");
    assertThat(json.get("inputs").get(1).get("bytes").asLong()).isEqualTo(10);
    assertThat(keys(json.get("versions"))).containsExactly("java", "lucene", "spark");
    assertThat(json.get("seed").asLong()).isEqualTo(20220105L);
    assertThat(json.get("started").asText()).isEqualTo("2022-01-05T10:00:00Z");
    assertThat(json.get("finished").asText()).isEqualTo("2022-01-05T10:03:20.500Z");
    assertThat(keys(json.get("outputs"))).containsExactly("concordance.csv", "frame_counts.csv");
    assertThat(json.get("outputs").get("concordance.csv").asLong()).isEqualTo(1234);
    assertThat(keys(json.get("analysis"))).containsExactly("kk", "ru");
    assertThat(keys(json.get("analysis").get("ru"))).containsExactly("chain", "description");
    assertThat(json.get("analysis").get("ru").get("chain").asText()).isEqualTo("ru:snowball");
    assertThat(json.get("analysis").get("kk").get("description").asText())
        .isEqualTo("StandardTokenizer > LowerCase > KazakhStem");
    assertThat(keys(json.get("counts"))).containsExactly("indexed", "quarantined", "records_read");
    assertThat(json.get("counts").get("quarantined").asLong()).isEqualTo(1);
  }

  @Test
  void printsTwoSpaceIndentsAndLfLineEnds() {
    String json = sample().toJson();
    assertThat(json).startsWith("{\n  \"command\": [\n    \"count\",\n").endsWith("}\n");
    assertThat(json).doesNotContain("\r").contains("\n  \"seed\": 20220105,\n");
  }

  @Test
  void writesUtf8ToAFileCreatingDirectories(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("run").resolve("manifest.json");
    RunManifest manifest =
        RunManifest.builder()
            .command(List.of("count", "--source", "Қазақстан"))
            .seed(1)
            .started(Instant.parse("2022-01-05T00:00:00Z"))
            .finished(Instant.parse("2022-01-05T00:00:01Z"))
            .build();
    manifest.writeTo(file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(manifest.toJson());
    assertThat(manifest.toJson()).contains("\"Қазақстан\"").contains("\"inputs\": [ ]");
  }

  @Test
  void anInputIsMeasuredAndHashed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("abc.txt");
    Files.writeString(file, "abc", StandardCharsets.UTF_8);
    assertThat(RunManifest.Input.of(file))
        .isEqualTo(new RunManifest.Input(file.toString(), 3, ABC_SHA));
  }

  @Test
  void aMissingRequiredKeyIsNamed() {
    assertThatThrownBy(
            () ->
                RunManifest.builder()
                    .command(List.of("count"))
                    .started(Instant.parse("2022-01-05T00:00:00Z"))
                    .finished(Instant.parse("2022-01-05T00:00:01Z"))
                    .build())
        .isInstanceOf(NarrascopeException.class)
        .hasMessage("run manifest: 'seed' was never set");
  }

  @Test
  void coreVersionsAreReadAtRunTime() {
    Map<String, String> versions = RunManifest.coreVersions();
    assertThat(versions).containsOnlyKeys("narrascope", "lucene", "smile", "java");
    assertThat(versions.get("lucene")).isEqualTo("9.12.3");
    assertThat(versions.get("smile")).isEqualTo("3.1.1");
    assertThat(versions.get("java")).isEqualTo(Runtime.version().toString());
    // Tests run from target/classes, where no jar manifest or pom.properties exists yet.
    assertThat(versions.get("narrascope")).isIn("unknown", "0.1.0-SNAPSHOT");
  }
}
