package org.narrascope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command explains itself; no Spark is started for help. */
class NarrascopeHelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"run", "ingest", "index", "count", "compare", "demo"})
  void everyPipelineCommandListsTheSharedOptions(String command) {
    String help = help(command, "--help");
    assertThat(help)
        .contains("--corpus", "--sources", "--frames", "--out", "--index", "--period")
        .contains("--partitions", "--master", "--baseline-role", "--seed", "--map", "--verbose");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "help"})
  void topLevelHelpListsEveryCommand(String flag) {
    assertThat(help(flag))
        .contains("run", "ingest", "index", "count", "compare", "generate", "demo", "kwic");
  }

  @org.junit.jupiter.api.Test
  void generateHasItsOwnOptions() {
    assertThat(help("generate", "--help")).contains("--docs", "--seed", "--out");
  }

  @org.junit.jupiter.api.Test
  void kwicHasItsOwnOptions() {
    assertThat(help("kwic", "--help"))
        .contains("--frame", "--source", "--lang", "--quoted", "--authorial", "--from", "--to")
        .contains("--width", "--limit", "--sort", "--format", "--index", "--out", "--frames");
  }

  @org.junit.jupiter.api.Test
  void anUnknownPeriodIsAUsageErrorNamingTheChoices() {
    PrintStream err = System.err;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      // Fails while the options are turned into a configuration, before Spark starts.
      assertThat(Narrascope.execute("compare", "--period", "fortnight")).isEqualTo(2);
    } finally {
      System.setErr(err);
    }
  }

  private static String help(String... args) {
    PrintStream out = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      assertThat(Narrascope.execute(args)).isZero();
    } finally {
      System.setOut(out);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
