package org.narrascope.report;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.narrascope.NarrascopeException;

/**
 * The one definition of an output table: where it is written, what it holds, how its rows are
 * sorted and its columns in order. The CSV header, the row checks and the table's section of {@code
 * results/SCHEMA.md} are all derived from it, so they cannot drift apart.
 *
 * @param fileName the path of the CSV file relative to the output directory, with '/' separators
 *     (e.g. {@code frame_counts.csv}, {@code quarantine/quarantine.csv})
 * @param title a short human title
 * @param description what one row is and which rows exist
 * @param sortOrder how the rows are ordered, in words
 * @param columns the columns, in file order
 */
public record TableSchema(
    String fileName, String title, String description, String sortOrder, List<Column> columns) {

  public TableSchema {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(sortOrder, "sortOrder");
    columns = List.copyOf(columns);
    if (!fileName.endsWith(".csv") || fileName.startsWith("/") || fileName.contains("\\")) {
      throw new NarrascopeException(
          "table file name '" + fileName + "': expected a relative path ending in .csv with '/'");
    }
    if (columns.isEmpty()) {
      throw new NarrascopeException("table " + fileName + ": expected at least one column");
    }
    Set<String> seen = new HashSet<>();
    for (Column column : columns) {
      if (!seen.add(column.name())) {
        throw new NarrascopeException(
            "table " + fileName + ": column '" + column.name() + "' is defined twice");
      }
    }
  }

  /** The column names in file order: the CSV header. */
  public List<String> header() {
    return columns.stream().map(Column::name).toList();
  }

  /** Where this table lives under the output directory {@code outputDir}. */
  public Path pathIn(Path outputDir) {
    return outputDir.resolve(fileName);
  }
}
