package org.narrascope.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the date strings that news exports contain into the publication day in the source's time
 * zone. A value with an offset (or {@code Z}, or {@code GMT}) is an instant and is converted to the
 * source's zone, so that an article published at 01:30 in Almaty counts for that Almaty day; a
 * value without offset is taken as the source's local time.
 *
 * <p>Accepted formats (see {@link #acceptedFormats()}):
 *
 * <ul>
 *   <li>ISO-8601 date {@code 2022-01-05}
 *   <li>ISO-8601 date-time with offset, {@code Z} or {@code [zone]} ({@code 2022-01-05T20:30:00Z},
 *       {@code 2022-01-05T20:30+06:00}, {@code +0600}), or without (local time); a space instead of
 *       {@code T} is accepted
 *   <li>RFC 1123 {@code Wed, 05 Jan 2022 10:00:00 GMT} (the weekday must match)
 *   <li>{@code dd.MM.yyyy} and {@code dd.MM.yyyy HH:mm[:ss]} (one-digit day and month too)
 *   <li>English {@code January 5, 2022}, {@code Jan 5, 2022}, {@code 5 January 2022}
 *   <li>Russian {@code 5 января 2022} (optionally followed by {@code г.} or {@code года}) and
 *       Ukrainian {@code 5 січня 2022} (optionally {@code р.} or {@code року}), genitive month
 *       names
 *   <li>{@code MM/dd/yyyy} and {@code MM/dd/yy} only after {@link #withMonthFirstSlashes()}: a
 *       slash date is ambiguous, so the researcher must declare which order their export uses
 * </ul>
 *
 * A month-name date may be followed by a time of day ({@code 5 января 2022 г., 10:35}), which is
 * ignored. Epoch numbers are not accepted. Parsing never depends on the default locale or zone.
 *
 * <p>Immutable and thread-safe.
 */
public final class DateParser {
  private static final DateTimeFormatter DOTTED =
      DateTimeFormatter.ofPattern("d.M.uuuu[ H:mm[:ss]]", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter MONTH_FIRST_SLASHES =
      new DateTimeFormatterBuilder()
          .appendPattern("M/d/")
          .appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 4, 2000)
          .optionalStart()
          .appendPattern(" H:mm[:ss]")
          .optionalEnd()
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter RFC_1123 =
      DateTimeFormatter.RFC_1123_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter ISO_DATE_TIME =
      DateTimeFormatter.ISO_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter ISO_DATE_TIME_COMPACT_OFFSET =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .appendOffset("+HHMM", "Z")
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private static final Pattern ISO_SPACE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) (\\d.*)");
  private static final String TRAILING_TIME =
      "(?:,?\\s+(?:в\\s+|о\\s+|at\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?)?";
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?:\\p{L}+,\\s*)?(\\d{1,2})\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})"
              + "(?:\\s*(?:г\\.?|года|р\\.?|року))?"
              + TRAILING_TIME,
          Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?:\\p{L}+,\\s*)?(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})" + TRAILING_TIME,
          Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> MONTHS = monthNames();

  private static final LocalDate EARLIEST_PLAUSIBLE = LocalDate.of(1990, 1, 1);

  private final boolean monthFirstSlashes;

  private DateParser(boolean monthFirstSlashes) {
    this.monthFirstSlashes = monthFirstSlashes;
  }

  /** The parser for every format listed above except month-first slash dates. */
  public static DateParser standard() {
    return new DateParser(false);
  }

  /** A parser that also accepts {@code MM/dd/yyyy} and {@code MM/dd/yy} (years 2000–2099). */
  public DateParser withMonthFirstSlashes() {
    return new DateParser(true);
  }

  /**
   * Returns the publication day of {@code value} in {@code sourceZone}, or empty when the value
   * matches no accepted format or is not a calendar date (e.g. {@code 31.02.2022}).
   */
  public Optional<LocalDate> parse(String value, ZoneId sourceZone) {
    String v = value.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(parseOrNull(v, sourceZone));
    } catch (DateTimeException e) {
      // Matched a format's shape but is no calendar date (Feb 31, a wrong RFC 1123 weekday).
      return Optional.empty();
    }
  }

  private LocalDate parseOrNull(String v, ZoneId zone) {
    char first = v.charAt(0);
    if (first >= '0' && first <= '9') {
      if (v.length() == 10 && v.charAt(4) == '-') {
        return LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE);
      }
      if (v.length() > 10 && v.charAt(4) == '-') {
        Matcher space = ISO_SPACE.matcher(v);
        return isoDateTime(space.matches() ? space.group(1) + 'T' + space.group(2) : v, zone);
      }
      if (v.indexOf('.') > 0 && v.indexOf('.') <= 2) {
        return LocalDate.from(DOTTED.parse(v));
      }
      if (monthFirstSlashes && v.indexOf('/') > 0) {
        return LocalDate.from(MONTH_FIRST_SLASHES.parse(v));
      }
      return monthName(DAY_MONTH_YEAR.matcher(v), 2, 1);
    }
    if (v.length() > 4 && v.charAt(3) == ',') {
      try {
        return ZonedDateTime.parse(v, RFC_1123).withZoneSameInstant(zone).toLocalDate();
      } catch (DateTimeParseException e) {
        // Not RFC 1123 after all ("Wed, January 5, 2022" has a weekday too): try month names.
      }
    }
    LocalDate named = monthName(MONTH_DAY_YEAR.matcher(v), 1, 2);
    return named != null ? named : monthName(DAY_MONTH_YEAR.matcher(v), 2, 1);
  }

  private static LocalDate isoDateTime(String v, ZoneId zone) {
    TemporalAccessor parsed;
    try {
      parsed = ISO_DATE_TIME.parseBest(v, ZonedDateTime::from, LocalDateTime::from);
    } catch (DateTimeParseException e) {
      parsed = ISO_DATE_TIME_COMPACT_OFFSET.parse(v, ZonedDateTime::from);
    }
    if (parsed instanceof ZonedDateTime zoned) {
      return zoned.withZoneSameInstant(zone).toLocalDate();
    }
    return ((LocalDateTime) parsed).toLocalDate();
  }

  /** Returns the date, null when the text has no month-name shape, or throws for a non-date. */
  private static LocalDate monthName(Matcher m, int monthGroup, int dayGroup) {
    if (!m.matches()) {
      return null;
    }
    Integer month = MONTHS.get(m.group(monthGroup).toLowerCase(Locale.ROOT));
    if (month == null) {
      return null;
    }
    return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(dayGroup)));
  }

  /** The formats this parser accepts, for rejection messages. */
  public String acceptedFormats() {
    return "ISO-8601 (2022-01-05, 2022-01-05T20:30:00Z, 2022-01-05T20:30:00), RFC 1123"
        + " (Wed, 05 Jan 2022 10:00:00 GMT), dd.MM.yyyy [HH:mm], January 5, 2022, Jan 5, 2022,"
        + " 5 January 2022, 5 января 2022 [г.], 5 січня 2022"
        + (monthFirstSlashes ? ", MM/dd/yyyy, MM/dd/yy" : "");
  }

  /**
   * Whether a parsed date can be a real publication date of a news corpus: not before 1990 and not
   * after {@code today} plus one day (a source east of the caller may already be on tomorrow). The
   * ingest decides what to do with implausible dates; the parser does not.
   */
  public static boolean plausible(LocalDate date, LocalDate today) {
    return !date.isBefore(EARLIEST_PLAUSIBLE) && !date.isAfter(today.plusDays(1));
  }

  private static Map<String, Integer> monthNames() {
    String[][] byMonth = {
      {"january", "jan", "января", "січня"},
      {"february", "feb", "февраля", "лютого"},
      {"march", "mar", "марта", "березня"},
      {"april", "apr", "апреля", "квітня"},
      {"may", "мая", "травня"},
      {"june", "jun", "июня", "червня"},
      {"july", "jul", "июля", "липня"},
      {"august", "aug", "августа", "серпня"},
      {"september", "sep", "sept", "сентября", "вересня"},
      {"october", "oct", "октября", "жовтня"},
      {"november", "nov", "ноября", "листопада"},
      {"december", "dec", "декабря", "грудня"},
    };
    Map<String, Integer> months = new HashMap<>();
    for (int i = 0; i < byMonth.length; i++) {
      for (String name : byMonth[i]) {
        months.put(name, i + 1);
      }
    }
    return Map.copyOf(months);
  }
}
