package org.narrascope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code narrascope kwic}'s answers to bad input, before any index is read (no Spark). */
class KwicCommandTest {
  @TempDir Path out;

  @Test
  void anUnknownFrameIsAnErrorListingTheKnownOnes() {
    assertThat(kwic("--frame", "maidan"))
        .isEqualTo(
            "2 narrascope: unknown frame 'maidan'; the frames of lexicon kazakhstan-2022 are:"
                + " maidan_technologies, foreign_fighters, terrorist_gangs, coup_attempt,"
                + " color_revolution, elite_power_struggle, gas_prices");
  }

  @Test
  void aMissingIndexIsAnErrorNamingThePath() {
    assertThat(kwic("--frame", "gas_prices"))
        .isEqualTo(
            "2 narrascope: no complete index at "
                + out
                + "/index (its index.json is missing): run `index` or `run` first");
    assertThat(kwic("--frame", "gas_prices", "--index", "file://" + out + "/elsewhere"))
        .isEqualTo(
            "2 narrascope: no complete index at file://"
                + out
                + "/elsewhere (its index.json is missing): run `index` or `run` first");
  }

  @Test
  void badOrderFormatDateOrWidthAreErrorsSayingWhatIsExpected() {
    assertThat(kwic("--frame", "gas_prices", "--sort", "freq"))
        .isEqualTo(
            "2 narrascope: unknown sort order 'freq'; expected one of doc, left, right, source,"
                + " date");
    assertThat(kwic("--frame", "gas_prices", "--format", "xml"))
        .isEqualTo("2 narrascope: unknown format 'xml'; expected text, csv or tsv");
    assertThat(kwic("--frame", "gas_prices", "--from", "05.01.2022"))
        .isEqualTo("2 narrascope: --from 05.01.2022 is not a date (yyyy-MM-dd)");
    assertThat(kwic("--frame", "gas_prices", "--from", "2022-01-10", "--to", "2022-01-05"))
        .isEqualTo(
            "2 narrascope: the date range 2022-01-10 to 2022-01-05 is empty: the first day is after"
                + " the last");
    assertThat(kwic("--frame", "gas_prices", "--limit", "-1"))
        .isEqualTo("2 narrascope: --limit must be 0 (every line) or more, not -1");
    assertThat(kwic("--frame", "gas_prices", "--width", "2147483647"))
        .isEqualTo("2 narrascope: --width must be between 0 and 10000 characters, not 2147483647");
    assertThat(kwic("--frame", "gas_prices", "--quoted", "--authorial"))
        .startsWith("2 Error: --quoted, --authorial are mutually exclusive");
  }

  /** The exit code and the first line of standard error. */
  private String kwic(String... args) {
    Path root = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(root.resolve("corpus/frames"))) {
      root = root.getParent();
    }
    List<String> argv = new ArrayList<>(List.of("kwic", "--out", out.toString()));
    argv.addAll(List.of("--frames", root.resolve("corpus/frames/kazakhstan-2022.yaml").toString()));
    argv.addAll(List.of(args));
    PrintStream err = System.err;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      int exit = Narrascope.execute(argv.toArray(String[]::new));
      return exit + " " + buffer.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
    } finally {
      System.setErr(err);
    }
  }
}
