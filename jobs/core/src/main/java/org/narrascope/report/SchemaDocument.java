package org.narrascope.report;

import java.util.List;

/**
 * Renders table definitions as the Markdown of {@code results/SCHEMA.md}: the intro, a legend of
 * the column types, then per table its title, file, description, sort order and a table of its
 * columns. The output depends only on its arguments (no dates, no locale), so the file changes
 * exactly when a definition does and a diff of it is a diff of the methods.
 */
public final class SchemaDocument {
  private SchemaDocument() {}

  /** Returns the Markdown document; lines end in {@code \n}, and so does the document. */
  public static String render(List<TableSchema> tables, String intro) {
    StringBuilder md = new StringBuilder();
    String opening = intro.strip();
    if (!opening.isEmpty()) {
      md.append(opening).append("\n\n");
    }
    md.append("## Column types\n\n");
    md.append("| type | how it is written |\n");
    md.append("| --- | --- |\n");
    for (ColumnType type : ColumnType.values()) {
      row(md, type.name(), type.description());
    }
    md.append("\n## Tables\n\n");
    for (TableSchema table : tables) {
      md.append("- [`")
          .append(table.fileName())
          .append("`](#")
          .append(anchor(table.fileName()))
          .append(") — ")
          .append(cell(table.title()))
          .append('\n');
    }
    for (TableSchema table : tables) {
      md.append('\n');
      md.append("## ").append(table.fileName()).append("\n\n");
      md.append("**").append(cell(table.title())).append("**\n\n");
      md.append(table.description().strip()).append("\n\n");
      md.append("Sorted by: ").append(table.sortOrder().strip()).append(".\n\n");
      md.append("| column | type | unit | meaning | method |\n");
      md.append("| --- | --- | --- | --- | --- |\n");
      for (Column column : table.columns()) {
        row(
            md,
            "`" + column.name() + "`",
            column.type().name(),
            column.unit(),
            column.meaning(),
            column.method());
      }
    }
    return md.toString();
  }

  private static void row(StringBuilder md, String... cells) {
    md.append('|');
    for (String cell : cells) {
      md.append(' ').append(cell(cell)).append(" |");
    }
    md.append('\n');
  }

  /** A Markdown table cell holds one line and no unescaped pipe. */
  private static String cell(String text) {
    return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ").replace("|", "\\|");
  }

  /** GitHub's heading anchor: lower case, punctuation other than '-' and '_' dropped. */
  private static String anchor(String heading) {
    StringBuilder out = new StringBuilder();
    heading
        .codePoints()
        .forEach(
            c -> {
              if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                out.appendCodePoint(Character.toLowerCase(c));
              } else if (c == ' ') {
                out.append('-');
              }
            });
    return out.toString();
  }
}
