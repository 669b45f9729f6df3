package org.narrascope.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.cli.Narrascope;

/**
 * The hand-written articles through the whole pipeline: every mention a human coder marked is in
 * the concordance with its exact offsets and quoted flag, and nothing else is.
 */
class HandwrittenArticlesIT {
  @TempDir Path out;

  @Test
  void everyHandMarkedMentionIsFoundAndNothingElse() throws IOException {
    Path dir = Repository.root().resolve("corpus/sample/handwritten");
    int exit =
        Narrascope.execute(
            "run",
            "--corpus",
            dir.resolve("articles.jsonl").toString(),
            "--sources",
            Repository.sources().toString(),
            "--frames",
            Repository.lexicon().toString(),
            "--out",
            out.toString(),
            "--partitions",
            "2",
            "--master",
            "local[2]");
    assertThat(exit).isZero();

    Set<String> marked = new TreeSet<>();
    for (Map<String, String> m : CsvFiles.read(dir.resolve("mentions.csv"))) {
      marked.add(key(m));
    }
    Set<String> found = new TreeSet<>();
    for (Map<String, String> c : CsvFiles.read(out.resolve("concordance.csv"))) {
      found.add(key(c));
    }
    assertThat(marked).hasSizeGreaterThanOrEqualTo(80);
    assertThat(found).containsExactlyElementsOf(marked);
  }

  private static String key(Map<String, String> row) {
    return String.join(
        "|",
        row.get("doc_id"),
        row.get("field"),
        row.get("frame"),
        row.get("start"),
        row.get("end"),
        row.get("quoted"));
  }
}
