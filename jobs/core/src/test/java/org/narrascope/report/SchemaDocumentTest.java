package org.narrascope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDocumentTest {
  @Test
  void containsEveryColumnOfEveryTableAsATableRow() {
    String md = Tables.schemaMarkdown();
    for (TableSchema table : Tables.all()) {
      assertThat(md).contains("## " + table.fileName() + "\n");
      assertThat(md).contains("Sorted by: " + table.sortOrder() + ".\n");
      for (Column column : table.columns()) {
        assertThat(md).contains("| `" + column.name() + "` | " + column.type().name() + " |");
      }
    }
  }

  @Test
  void rendersAColumnRowWithAllFiveCellsAndEscapesPipes() {
    TableSchema table =
        new TableSchema(
            "t.csv",
            "T",
            "One row per thing.",
            "a",
            List.of(
                new Column("a", ColumnType.DECIMAL, "documents", "a|b\nline two", "1000 · a / n")));
    String md = SchemaDocument.render(List.of(table), "# Intro\n");
    assertThat(md)
        .startsWith("# Intro\n\n## Column types\n\n| type | how it is written |\n| --- | --- |\n")
        .endsWith(
            "\n## t.csv\n\n**T**\n\nOne row per thing.\n\nSorted by: a.\n\n"
                + "| column | type | unit | meaning | method |\n"
                + "| --- | --- | --- | --- | --- |\n"
                + "| `a` | DECIMAL | documents | a\\|b line two | 1000 · a / n |\n")
        .contains("- [`t.csv`](#tcsv) — T\n");
  }

  @Test
  void isDeterministic() {
    assertThat(Tables.schemaMarkdown()).isEqualTo(Tables.schemaMarkdown());
    assertThat(Tables.schemaMarkdown()).startsWith(Tables.INTRO + "\n\n").doesNotContain("\r");
  }
}
