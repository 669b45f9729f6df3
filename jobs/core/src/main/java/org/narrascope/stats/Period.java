package org.narrascope.stats;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.narrascope.NarrascopeException;

/**
 * The time grain of the tables. Labels sort in time order as plain strings, which is what keeps the
 * CSV sort order and the time order the same.
 */
public enum Period {
  /** {@code 2022-01-05}. */
  DAY,
  /** ISO-8601 week of the ISO week-based year, {@code 2022-W01} (weeks start on Monday). */
  WEEK,
  /** {@code 2022-01}. */
  MONTH;

  /** The label of the period that contains {@code date}. */
  public String label(LocalDate date) {
    return switch (this) {
      case DAY -> date.toString();
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%04d-W%02d",
              date.get(IsoFields.WEEK_BASED_YEAR),
              date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
    };
  }

  /** The lower-case name used on the command line and in manifests. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code day}, {@code week} or {@code month}. */
  public static Period parse(String code) {
    for (Period p : values()) {
      if (p.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new NarrascopeException(
        "unknown period '"
            + code
            + "': expected one of "
            + Arrays.stream(values()).map(Period::code).collect(Collectors.joining(", ")));
  }
}
