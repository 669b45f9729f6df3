package org.narrascope.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.narrascope.NarrascopeException;

/**
 * Reads a CSV (RFC 4180) or TSV file with a header row as a stream of {@link RecordOutcome}s: every
 * record becomes exactly one outcome. Quoted fields may hold delimiters, doubled quotes and line
 * breaks; a record's line is the line where it starts. Empty lines are not records.
 *
 * <p>Columns are found by the header names of the {@link FieldMapping}; the header must have the
 * columns for {@code id}, {@code source}, {@code date} and at least one of {@code title} and {@code
 * text}, or {@link #open} throws, because then no record could be read and the mapping, not the
 * data, is wrong. A record with a different number of fields than the header is rejected as {@link
 * RejectReason#MALFORMED_CSV} and reading goes on; a record the parser cannot get past (an
 * unbalanced quote) is rejected as {@code MALFORMED_CSV} with the rest of the file as its raw text,
 * and reading stops there.
 *
 * <p>Not thread-safe. An I/O error of the underlying stream is thrown as a {@link
 * NarrascopeException}.
 */
public final class CsvRecords extends LookAheadRecords {
  private final PositionTrackingReader tracked;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final DocumentAssembler assembler;
  private final Assembly assembly;
  private final Map<String, Integer> columnOfOurField;
  private final int columns;
  private long linesConsumed;

  private CsvRecords(
      PositionTrackingReader tracked,
      CSVParser parser,
      DocumentAssembler assembler,
      Assembly assembly,
      Map<String, Integer> columnOfOurField,
      boolean stopped,
      RecordOutcome pending) {
    super(stopped, pending);
    this.tracked = tracked;
    this.parser = parser;
    this.records = parser == null ? null : parser.iterator();
    this.assembler = assembler;
    this.assembly = assembly;
    this.columnOfOurField = columnOfOurField;
    this.columns = parser == null ? 0 : parser.getHeaderNames().size();
    this.linesConsumed = parser == null ? 0 : parser.getCurrentLineNumber();
  }

  /**
   * Starts reading {@code in} with the given field delimiter ({@code ','} for CSV, {@code '\t'} for
   * TSV); {@code file} names it in outcomes and errors. {@link #close()} closes {@code in}.
   *
   * @throws NarrascopeException when the header lacks a needed column or names one twice
   */
  public static CsvRecords open(
      Reader in,
      String file,
      char delimiter,
      SourceRegistry registry,
      FieldMapping mapping,
      DateParser dates) {
    DocumentAssembler assembler = new DocumentAssembler(file, registry, mapping, dates);
    return open(in, file, delimiter, assembler, mapping, assembler::assemble);
  }

  /**
   * Turns the field values of a well-formed record into its outcome; {@link #open(Reader, String,
   * char, SourceRegistry, FieldMapping, DateParser)} hands them to the assembler, a text folder
   * first replaces the file name by the file's text.
   */
  interface Assembly {
    RecordOutcome assemble(Function<String, String> field, long line, Supplier<String> raw);
  }

  static CsvRecords open(
      Reader in,
      String file,
      char delimiter,
      DocumentAssembler assembler,
      FieldMapping mapping,
      Assembly assembly) {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(true)
            .get();
    PositionTrackingReader tracked = new PositionTrackingReader(in);
    CSVParser parser;
    try {
      parser = format.parse(tracked);
    } catch (CSVException e) {
      // The header itself cannot be parsed: one rejection covers the whole file.
      PositionTrackingReader.Rest all;
      try {
        all = tracked.drainFrom(0, Rejection.MAX_RAW_CHARS + 1);
      } catch (IOException readFailure) {
        throw new NarrascopeException(file + ": cannot read: " + readFailure.getMessage(), e);
      }
      RecordOutcome rest =
          new RecordOutcome.Rejected(
              Rejection.of(
                  file,
                  1,
                  RejectReason.MALFORMED_CSV,
                  "the header row is not valid CSV (" + e.getMessage() + "); the file was not read",
                  all.head(),
                  all.length()));
      return new CsvRecords(tracked, null, assembler, assembly, Map.of(), true, rest);
    } catch (IOException e) {
      throw new NarrascopeException(file + ": cannot read: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new NarrascopeException(file + ": line 1: bad CSV header: " + e.getMessage(), e);
    }
    if (parser.getHeaderNames().isEmpty() && tracked.position() == 0) {
      // An empty file holds no records.
      return new CsvRecords(tracked, parser, assembler, assembly, Map.of(), true, null);
    }
    return new CsvRecords(
        tracked,
        parser,
        assembler,
        assembly,
        columns(parser.getHeaderNames(), mapping, file),
        false,
        null);
  }

  private static Map<String, Integer> columns(
      List<String> header, FieldMapping mapping, String file) {
    Map<String, Integer> columnOf = new java.util.HashMap<>();
    for (String ours : FieldMapping.FIELDS) {
      int index = header.indexOf(mapping.theirs(ours));
      if (index >= 0) {
        columnOf.put(ours, index);
      }
    }
    List<String> missing = new ArrayList<>();
    for (String required : List.of("id", "source", "date")) {
      if (!columnOf.containsKey(required)) {
        missing.add(mapping.theirs(required));
      }
    }
    if (!columnOf.containsKey("title") && !columnOf.containsKey("text")) {
      missing.add(mapping.theirs("text"));
    }
    if (!missing.isEmpty()) {
      throw new NarrascopeException(
          file
              + ": line 1: the header has no column "
              + String.join(", ", missing)
              + " (found: "
              + String.join(", ", header)
              + "; is the delimiter or the field mapping wrong?)");
    }
    return Map.copyOf(columnOf);
  }

  @Override
  String file() {
    return assembler.file();
  }

  @Override
  RecordOutcome readNext() {
    CSVRecord record;
    try {
      if (!records.hasNext()) {
        stop();
        return null;
      }
      record = records.next();
    } catch (UncheckedIOException e) {
      if (!(e.getCause() instanceof CSVException)) {
        throw new NarrascopeException(
            assembler.file() + ": read failed after line " + linesConsumed + ": " + e.getMessage(),
            e);
      }
      stop();
      return malformedRest(e.getCause().getMessage());
    }
    long start = tracked.skipEmptyAndCommentLines(record.getCharacterPosition(), (char) 0);
    long line = tracked.lineOf(start);
    linesConsumed = parser.getCurrentLineNumber();
    long end = tracked.startOfLine(linesConsumed + 1);
    String raw = tracked.text(start, end);
    tracked.discardBefore(end);
    if (record.size() != columns) {
      return assembler.reject(
          line,
          RejectReason.MALFORMED_CSV,
          "the record has " + record.size() + " fields, the header has " + columns,
          () -> raw);
    }
    return assembly.assemble(
        ours -> {
          Integer column = columnOfOurField.get(ours);
          return column == null ? null : record.get(column);
        },
        line,
        () -> raw);
  }

  /** The parser cannot go on: the rest of the file, from the failed record on, is one rejection. */
  private RecordOutcome malformedRest(String problem) {
    long start = tracked.skipEmptyAndCommentLines(tracked.startOfLine(linesConsumed + 1), (char) 0);
    return tracked.rejectRest(
        assembler.file(), start, RejectReason.MALFORMED_CSV, "not valid CSV (" + problem + ")");
  }

  /** Closes the parser and the underlying reader. */
  @Override
  public void close() {
    try {
      if (parser != null) {
        parser.close();
      }
      tracked.close();
    } catch (IOException e) {
      throw new NarrascopeException(assembler.file() + ": cannot close: " + e.getMessage(), e);
    }
  }
}
