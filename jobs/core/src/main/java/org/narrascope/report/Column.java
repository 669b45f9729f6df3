package org.narrascope.report;

import java.util.Objects;
import java.util.regex.Pattern;
import org.narrascope.NarrascopeException;

/**
 * One column of an output table, with what a reader needs to interpret it.
 *
 * @param name the CSV header name: lower-case snake_case
 * @param type the value type, which {@link CsvTableWriter} enforces
 * @param unit what one unit of the value is ("documents", "UTF-16 code units"), or "" when none
 * @param meaning what the value is, in words a reviewer reads
 * @param method how it is computed, or "" when it is copied from the input as is
 */
public record Column(String name, ColumnType type, String unit, String meaning, String method) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(method, "method");
    if (!NAME.matcher(name).matches()) {
      throw new NarrascopeException(
          "column name '" + name + "': expected lower-case snake_case ([a-z][a-z0-9_]*)");
    }
    if (meaning.isBlank()) {
      throw new NarrascopeException("column '" + name + "': its meaning must be stated");
    }
  }
}
