package org.narrascope.corpus;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The checks every reader applies once it has the field values of a record, whatever the format.
 * The first failing check decides the reason, in document field order: id, source, date, lang, then
 * title and text together.
 */
final class DocumentAssembler {
  private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");

  private final String file;
  private final SourceRegistry registry;
  private final FieldMapping mapping;
  private final DateParser dates;

  DocumentAssembler(String file, SourceRegistry registry, FieldMapping mapping, DateParser dates) {
    this.file = file;
    this.registry = registry;
    this.mapping = mapping;
    this.dates = dates;
  }

  String file() {
    return file;
  }

  /**
   * @param field our field name to its value in the record, null when absent
   * @param raw the record text, only asked for when the record is rejected
   */
  RecordOutcome assemble(Function<String, String> field, long line, Supplier<String> raw) {
    String id = strip(field.apply("id"));
    if (id.isEmpty()) {
      return reject(line, RejectReason.MISSING_ID, missing("id", field), raw);
    }
    String source = strip(field.apply("source"));
    if (source.isEmpty()) {
      return reject(line, RejectReason.MISSING_SOURCE, missing("source", field), raw);
    }
    String dateValue = strip(field.apply("date"));
    if (dateValue.isEmpty()) {
      return reject(line, RejectReason.MISSING_DATE, missing("date", field), raw);
    }
    Optional<LocalDate> date = dates.parse(dateValue, registry.zoneOf(source));
    if (date.isEmpty()) {
      return reject(
          line,
          RejectReason.UNPARSABLE_DATE,
          "date '"
              + dateValue
              + "' matches no accepted format or is no calendar date ("
              + dates.acceptedFormats()
              + ")",
          raw);
    }
    String lang = strip(field.apply("lang")).toLowerCase(Locale.ROOT);
    if (lang.isEmpty()) {
      lang = Document.UNDETERMINED;
    } else if (!LANG.matcher(lang).matches()) {
      return reject(
          line,
          RejectReason.INVALID_LANG,
          "lang '"
              + strip(field.apply("lang"))
              + "' is not a 2–3 letter language code (e.g. ru, uk, kk, en; empty for unknown)",
          raw);
    }
    String title = orEmpty(field.apply("title"));
    String text = orEmpty(field.apply("text"));
    if (title.isBlank() && text.isBlank()) {
      return reject(
          line,
          RejectReason.EMPTY_TEXT,
          "both " + name("title") + " and " + name("text") + " are empty or absent",
          raw);
    }
    Document document =
        new Document(id, source, date.get(), lang, title, text, strip(field.apply("url")));
    return new RecordOutcome.Accepted(document, file, line);
  }

  RecordOutcome.Rejected reject(
      long line, RejectReason reason, String detail, Supplier<String> raw) {
    return new RecordOutcome.Rejected(Rejection.of(file, line, reason, detail, raw.get()));
  }

  private String missing(String ours, Function<String, String> field) {
    return (field.apply(ours) == null ? "no field " : "empty field ") + name(ours);
  }

  /** How the input names one of our fields, for messages: {@code 'body' (text)} when mapped. */
  String name(String ours) {
    String theirs = mapping.theirs(ours);
    return theirs.equals(ours) ? "'" + ours + "'" : "'" + theirs + "' (mapped to " + ours + ")";
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
