package org.narrascope.report;

/**
 * The value type of an output column: it decides which Java values a row may carry in that column
 * and how they are written, so that every table reads back the same way in R, pandas or a
 * spreadsheet.
 */
public enum ColumnType {
  /** Text, written as is (quoted by the CSV rules when needed). */
  STRING("text, written as is; an empty cell is the empty string"),
  /** A whole number. */
  INTEGER("whole number in decimal digits, no grouping; an empty cell means not applicable"),
  /** A real number, formatted by {@link CsvTableWriter#formatDecimal(double)}. */
  DECIMAL(
      "real number: at most 6 significant digits (all digits of the integer part when it has more),"
          + " plain notation for 1e-4 ≤ |x| < 1e15, otherwise like 1.23457E-12; no trailing"
          + " zeros, '.' as decimal point; an empty cell means not defined (never NaN or Infinity)"),
  /** A calendar day. */
  DATE("calendar day, ISO-8601 yyyy-MM-dd"),
  /** A truth value. */
  BOOLEAN("true or false");

  private final String description;

  ColumnType(String description) {
    this.description = description;
  }

  /** How values of this type are written, for the schema document. */
  public String description() {
    return description;
  }
}
