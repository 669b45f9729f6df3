package org.narrascope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.discovery.DiscoveryConfig;
import picocli.CommandLine;

/** The discover command's options, without Spark. */
class DiscoverCommandTest {
  @Test
  void helpListsTheDiscoveryAndTheSharedOptions() {
    PrintStream out = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      assertThat(Narrascope.execute("discover", "--help")).isZero();
    } finally {
      System.setOut(out);
    }
    assertThat(buffer.toString(StandardCharsets.UTF_8))
        .contains("phrase_candidates.csv", "phrase_clusters.csv", "lexicon_suggestions.yaml")
        .contains("--min-count", "--top", "--stop-phrases", "--index", "--out", "--frames")
        .contains("--sources", "--seed", "--partitions", "--master");
  }

  @Test
  void optionsBecomeTheDiscoveryConfig(@TempDir Path tmp) throws Exception {
    Path stop = tmp.resolve("stop.tsv");
    Files.writeString(
        stop, "# never\nru\tединый центр\n\nen\tsingle centre\n", StandardCharsets.UTF_8);
    Commands.Discover command = new Commands.Discover();
    new CommandLine(command)
        .parseArgs(
            "--min-count", "7", "--top", "50", "--seed", "3", "--stop-phrases", stop.toString());
    DiscoveryConfig config = command.effective().discovery();
    assertThat(config.minMentions()).isEqualTo(7);
    assertThat(config.topPerLanguage()).isEqualTo(50);
    assertThat(config.seed()).isEqualTo(3);
    assertThat(config.stopPhrases()).containsExactly("ru\tединый центр", "en\tsingle centre");
    assertThat(DiscoveryConfig.defaults(3).withCounts(10, 100))
        .isEqualTo(DiscoveryConfig.defaults(3));
    assertThat(List.of(config.minN(), config.maxN(), config.window())).containsExactly(2, 4, 5);
  }
}
