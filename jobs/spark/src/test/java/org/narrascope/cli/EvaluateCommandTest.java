package org.narrascope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code narrascope evaluate} on the shipped gold set: both tables, and figures that hold. */
class EvaluateCommandTest {
  @TempDir Path out;

  @Test
  void writesTheQualityAndErrorTablesForTheGoldSet() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(root.resolve("corpus/gold"))) {
      root = root.getParent();
    }
    int exit =
        Narrascope.execute(
            "evaluate",
            "--gold",
            root.resolve("corpus/gold").toString(),
            "--frames",
            root.resolve("corpus/frames/kazakhstan-2022.yaml").toString(),
            "--sources",
            root.resolve("corpus/sources.csv").toString(),
            "--out",
            out.toString());
    assertThat(exit).isZero();
    List<String> quality =
        Files.readAllLines(out.resolve("matching_quality.csv"), StandardCharsets.UTF_8);
    String overall = quality.get(quality.size() - 1);
    assertThat(overall).startsWith("ALL,ALL,596,");
    String[] cells = overall.split(",");
    assertThat(Double.parseDouble(cells[5])).as("precision").isEqualTo(1.0);
    assertThat(Double.parseDouble(cells[6])).as("recall").isGreaterThanOrEqualTo(0.996);
    // Contexts may hold line breaks: count CSV records, not lines.
    try (org.apache.commons.csv.CSVParser errors =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(
                Files.newBufferedReader(
                    out.resolve("matching_errors.csv"), StandardCharsets.UTF_8))) {
      // The two mentions of the unseen variant kept out of the lexicon, nothing else.
      assertThat(errors.getRecords())
          .extracting(r -> r.get(0) + " " + r.get(1))
          .containsExactly("miss gold-ru-006", "miss gold-ru-015");
    }
    List<String> attribution =
        Files.readAllLines(out.resolve("attribution_quality.csv"), StandardCharsets.UTF_8);
    assertThat(attribution.get(0))
        .startsWith("lang,mentions,stance_correct,stance_accuracy,speaker_marked,");
    assertThat(attribution).hasSize(1 + 4 + 1);
    String[] all = attribution.get(attribution.size() - 1).split(",");
    assertThat(all[0]).isEqualTo("ALL");
    assertThat(Integer.parseInt(all[1])).as("attributed mentions").isEqualTo(594);
    assertThat(Double.parseDouble(all[3])).as("stance accuracy").isGreaterThanOrEqualTo(0.919);
    assertThat(Double.parseDouble(all[6])).as("speaker accuracy").isGreaterThanOrEqualTo(0.912);
    assertThat(Files.exists(out.resolve("attribution_errors.csv"))).isTrue();
  }
}
