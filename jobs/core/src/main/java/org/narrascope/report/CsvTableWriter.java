package org.narrascope.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.narrascope.NarrascopeException;

/**
 * Writes one output table as RFC 4180 CSV (UTF-8, CRLF after every record, a field quoted only when
 * it needs to be), header first, checking every row against the table's {@link TableSchema}: a row
 * of the wrong length or a cell of the wrong Java type is a bug in the job that made it, and it
 * fails loudly instead of shifting columns in a file a researcher will trust.
 *
 * <p>Accepted cell values by column type:
 *
 * <ul>
 *   <li>{@code STRING}: {@link String};
 *   <li>{@code INTEGER}: {@link Integer}, {@link Long}, or {@link OptionalInt}/{@link OptionalLong}
 *       (empty → empty cell);
 *   <li>{@code DECIMAL}: {@link Double}, {@link BigDecimal} or {@link OptionalDouble} (empty →
 *       empty cell); NaN and infinities are rejected, never written;
 *   <li>{@code DATE}: {@link LocalDate}, written yyyy-MM-dd;
 *   <li>{@code BOOLEAN}: {@link Boolean}, written {@code true}/{@code false}.
 * </ul>
 *
 * <p>{@code null} is never accepted: "no value" must be said with an empty Optional or "".
 *
 * <p>Note on quoting (commons-csv's minimal rule): a field is quoted when it contains a comma, a
 * quote, CR or LF, ends in a space, or starts with a character up to {@code #} (space, {@code !},
 * {@code "}, {@code #} or a control character); an empty first field of a record is written as
 * {@code ""} so the record is never an empty line. All of this reads back as the same values.
 *
 * <p>Not thread-safe.
 */
public final class CsvTableWriter implements AutoCloseable {
  /** RFC 4180 with CRLF record separators and minimal quoting; never skips empty lines. */
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private static final int SIGNIFICANT_DIGITS = 6;
  private static final MathContext SIGNIFICANT =
      new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);
  private static final BigDecimal PLAIN_MIN = new BigDecimal("1E-4");
  private static final BigDecimal PLAIN_LIMIT = new BigDecimal("1E15");

  private final TableSchema schema;
  private final CSVPrinter printer;
  private long rows;

  private CsvTableWriter(TableSchema schema, CSVPrinter printer) {
    this.schema = schema;
    this.printer = printer;
  }

  /** Starts the table on {@code out} by writing its header. The writer owns {@code out}. */
  public static CsvTableWriter open(TableSchema schema, Writer out) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(out, "out");
    try {
      CSVPrinter printer = new CSVPrinter(out, FORMAT);
      printer.printRecord(schema.header());
      return new CsvTableWriter(schema, printer);
    } catch (IOException e) {
      throw new NarrascopeException("cannot write the header of " + schema.fileName(), e);
    }
  }

  /**
   * Creates (or replaces) {@code file} as UTF-8, creating its parent directories, and writes the
   * header.
   */
  public static CsvTableWriter open(TableSchema schema, Path file) {
    Objects.requireNonNull(file, "file");
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return open(schema, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new NarrascopeException("cannot create " + file + " for table " + schema.fileName(), e);
    }
  }

  /**
   * Checks one row against the schema and writes it.
   *
   * @throws NarrascopeException naming the table, row, column and value when the row has the wrong
   *     number of cells or a cell has the wrong type or a non-finite value; nothing of that row is
   *     written then
   */
  public void write(List<?> cells) {
    Objects.requireNonNull(cells, "cells");
    List<Column> columns = schema.columns();
    if (cells.size() != columns.size()) {
      throw new NarrascopeException(
          "table "
              + schema.fileName()
              + ", row "
              + (rows + 1)
              + ": expected "
              + columns.size()
              + " cells "
              + schema.header()
              + ", got "
              + cells.size()
              + ": "
              + cells);
    }
    List<String> formatted = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      formatted.add(format(columns.get(i), cells.get(i)));
    }
    try {
      printer.printRecord(formatted);
    } catch (IOException e) {
      throw new NarrascopeException(
          "cannot write row " + (rows + 1) + " of table " + schema.fileName(), e);
    }
    rows++;
  }

  /** The number of data rows written so far (the header not included). */
  public long rowsWritten() {
    return rows;
  }

  /** The schema this writer checks rows against. */
  public TableSchema schema() {
    return schema;
  }

  /** Flushes and closes the underlying writer. */
  @Override
  public void close() {
    try {
      printer.close(true);
    } catch (IOException e) {
      throw new NarrascopeException("cannot finish writing table " + schema.fileName(), e);
    }
  }

  private String format(Column column, Object value) {
    switch (column.type()) {
      case STRING:
        if (value instanceof String s) {
          return s;
        }
        break;
      case INTEGER:
        if (value instanceof Integer || value instanceof Long) {
          return value.toString();
        }
        if (value instanceof OptionalLong o) {
          return o.isPresent() ? Long.toString(o.getAsLong()) : "";
        }
        if (value instanceof OptionalInt o) {
          return o.isPresent() ? Integer.toString(o.getAsInt()) : "";
        }
        break;
      case DECIMAL:
        if (value instanceof Double d) {
          return decimal(column, d);
        }
        if (value instanceof OptionalDouble o) {
          return o.isPresent() ? decimal(column, o.getAsDouble()) : "";
        }
        if (value instanceof BigDecimal b) {
          return formatDecimal(b);
        }
        break;
      case DATE:
        if (value instanceof LocalDate date) {
          return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        break;
      case BOOLEAN:
        if (value instanceof Boolean b) {
          return b.toString();
        }
        break;
    }
    throw new NarrascopeException(
        where(column)
            + ": expected "
            + accepted(column.type())
            + ", got "
            + (value == null ? "null" : value.getClass().getSimpleName() + " '" + value + "'"));
  }

  private String decimal(Column column, double value) {
    if (!Double.isFinite(value)) {
      throw new NarrascopeException(
          where(column)
              + ": expected a finite number, got "
              + value
              + " (an undefined value is written as an empty OptionalDouble)");
    }
    return formatDecimal(value);
  }

  private String where(Column column) {
    return "table "
        + schema.fileName()
        + ", row "
        + (rows + 1)
        + ", column '"
        + column.name()
        + "' ("
        + column.type()
        + ")";
  }

  private static String accepted(ColumnType type) {
    return switch (type) {
      case STRING -> "String";
      case INTEGER -> "Integer, Long, OptionalInt or OptionalLong";
      case DECIMAL -> "Double, OptionalDouble or BigDecimal";
      case DATE -> "LocalDate";
      case BOOLEAN -> "Boolean";
    };
  }

  /**
   * Formats a finite number the one way every table writes decimals, independent of locale and
   * platform:
   *
   * <ol>
   *   <li>the exact binary value of {@code x} is rounded, half to even, to 6 significant digits —
   *       or to a whole number when its integer part has more than 6 digits (integer parts below
   *       1e15 are never rounded away, since doubles hold them exactly);
   *   <li>if the rounded magnitude is in [1e-4, 1e15) it is written in plain notation, otherwise as
   *       mantissa 'E' exponent, the mantissa having one digit before the point and the exponent no
   *       '+' sign ({@code 1.23457E-12}, {@code 1E20});
   *   <li>trailing zeros after the point, and a point left with nothing after it, are dropped;
   *       {@code -0.0} and {@code 0.0} are written {@code 0}; '.' is the decimal point, there is no
   *       digit grouping.
   * </ol>
   *
   * <p>Examples: 1/3 → {@code 0.333333}; 0.5 → {@code 0.5}; 123456789.123 → {@code 123456789};
   * 2/3·1e-7 → {@code 6.66667E-8}; 1e20 → {@code 1E20}.
   *
   * @throws NarrascopeException for NaN or an infinity
   */
  public static String formatDecimal(double x) {
    if (!Double.isFinite(x)) {
      throw new NarrascopeException(
          "cannot write " + x + " as a decimal: expected a finite number");
    }
    return formatDecimal(new BigDecimal(x));
  }

  private static String formatDecimal(BigDecimal x) {
    if (x.signum() == 0) {
      return "0";
    }
    // floor(log10 |x|): the position of the leading digit.
    int magnitude = x.precision() - x.scale() - 1;
    BigDecimal rounded =
        magnitude >= SIGNIFICANT_DIGITS && magnitude < 15
            ? x.setScale(0, RoundingMode.HALF_EVEN)
            : x.round(SIGNIFICANT);
    rounded = rounded.stripTrailingZeros();
    BigDecimal abs = rounded.abs();
    if (abs.compareTo(PLAIN_MIN) >= 0 && abs.compareTo(PLAIN_LIMIT) < 0) {
      return rounded.toPlainString();
    }
    String digits = rounded.unscaledValue().abs().toString();
    int exponent = rounded.precision() - rounded.scale() - 1;
    StringBuilder out = new StringBuilder();
    if (rounded.signum() < 0) {
      out.append('-');
    }
    out.append(digits.charAt(0));
    if (digits.length() > 1) {
      out.append('.').append(digits, 1, digits.length());
    }
    return out.append('E').append(exponent).toString();
  }
}
