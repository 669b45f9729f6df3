package org.narrascope.corpus;

/**
 * Why an input record did not become a {@link Document}. The {@link #code()}s are stable: they are
 * written to {@code quarantine/} and {@code ingest_report.csv} and compared across runs.
 */
public enum RejectReason {
  MALFORMED_JSON("malformed_json", "the line is not valid JSON"),
  MALFORMED_CSV(
      "malformed_csv",
      "the CSV record cannot be parsed (e.g. an unbalanced quote) or has the wrong number of"
          + " fields"),
  NOT_AN_OBJECT(
      "not_an_object",
      "the JSON record (a JSON Lines line, an element of a Telegram export array) is valid but not"
          + " an object (an array, a string…)"),
  MISSING_ID("missing_id", "the record has no id, or an empty one"),
  MISSING_SOURCE("missing_source", "the record has no source, or an empty one"),
  MISSING_DATE("missing_date", "the record has no date, or an empty one"),
  UNPARSABLE_DATE(
      "unparsable_date", "the date matches no accepted format, or is not a calendar date"),
  EMPTY_TEXT("empty_text", "both title and text are empty or blank"),
  INVALID_LANG("invalid_lang", "the language is not a 2–3 letter code"),
  INVALID_FIELD_TYPE(
      "invalid_field_type", "a field has the wrong JSON type (e.g. text is an array)"),
  TRUNCATED_RECORD(
      "truncated_record",
      "the file was cut off inside its last record (JSON Lines: the last line has no line break and"
          + " is not valid JSON; Telegram export: the array is not closed; WARC: the file ends"
          + " inside a record)"),
  IMPLAUSIBLE_DATE(
      "implausible_date", "the date is before 1990-01-01 or after the day of the run (plus one)"),
  FIELD_TOO_LONG(
      "field_too_long",
      "the id is longer than 512 characters or the source longer than 256 (index keys are bounded)"),
  INVALID_UTF8(
      "invalid_utf8",
      "the record's bytes are not valid UTF-8 (the byte offset is in the detail); nothing is"
          + " silently replaced"),
  BINARY_FILE(
      "binary_file",
      "the file holds NUL bytes in its first 8 KB: not text; the whole file is one"
          + " rejected record"),
  UNREADABLE_FILE(
      "unreadable_file",
      "the file could not be read to its end (e.g. a gzip file cut short); the records before"
          + " the break are kept, the rest is this one rejected record"),
  /**
   * Decided by the Spark ingest across all files, after reading; the record readers of this package
   * never emit it.
   */
  DUPLICATE_ID("duplicate_id", "another record already has this id (decided by the ingest job)"),
  MALFORMED_WARC(
      "malformed_warc",
      "the WARC record cannot be parsed (bad WARC header or HTTP message); when the WARC framing"
          + " itself is broken, reading stops and the rejection covers the rest of the file"),
  MISSING_TEXT_FILE(
      "missing_text_file",
      "the metadata row of a text folder names a text file that does not exist, cannot be read or"
          + " is not valid UTF-8");

  private final String code;
  private final String description;

  RejectReason(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /** The stable snake_case code, e.g. {@code unparsable_date}. */
  public String code() {
    return code;
  }

  /** A one-line description for reports and {@code --help}. */
  public String description() {
    return description;
  }
}
