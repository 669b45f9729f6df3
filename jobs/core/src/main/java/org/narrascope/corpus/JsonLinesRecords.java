package org.narrascope.corpus;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.narrascope.NarrascopeException;

/**
 * Reads a JSON Lines file (one JSON object per line) as a stream of {@link RecordOutcome}s: every
 * non-blank line becomes exactly one outcome, nothing is dropped. Blank lines are not records and
 * are skipped; line numbers are 1-based and count them.
 *
 * <p>Fields, read under the names of the {@link FieldMapping}: {@code id} (string or integer),
 * {@code source}, {@code date}, {@code lang} (absent or empty means {@code und}), {@code title}
 * (optional), {@code text}, {@code url} (optional); all but {@code id} must be strings, JSON {@code
 * null} counts as absent, other keys are ignored. A key given twice is malformed JSON, because
 * which value is meant is unknowable.
 *
 * <p>Not thread-safe; reads lazily and holds one line at a time. An I/O error of the underlying
 * stream (e.g. a corrupt gzip) is not a record problem and is thrown as a {@link
 * NarrascopeException}.
 */
public final class JsonLinesRecords extends LookAheadRecords {
  private static final ObjectReader JSON =
      JsonMapper.builder(JsonFields.factory())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build()
          .reader();

  private final LineSource lines;
  private final DocumentAssembler assembler;
  private final FieldMapping mapping;

  private JsonLinesRecords(BufferedReader in, DocumentAssembler assembler, FieldMapping mapping) {
    super(false, null);
    this.lines = new LineSource(in);
    this.assembler = assembler;
    this.mapping = mapping;
  }

  /**
   * Starts reading {@code in}; {@code file} names it in outcomes. {@link #close()} closes {@code
   * in}.
   */
  public static JsonLinesRecords open(
      BufferedReader in,
      String file,
      SourceRegistry registry,
      FieldMapping mapping,
      DateParser dates) {
    return new JsonLinesRecords(in, new DocumentAssembler(file, registry, mapping, dates), mapping);
  }

  @Override
  String file() {
    return assembler.file();
  }

  @Override
  RecordOutcome readNext() {
    String line;
    try {
      do {
        line = lines.next();
        if (line == null) {
          stop();
          return null;
        }
      } while (line.isBlank());
    } catch (IOException e) {
      throw new NarrascopeException(
          assembler.file() + ": read failed after line " + lines.number() + ": " + e.getMessage(),
          e);
    }
    return outcome(line, lines.number(), !lines.lastHadLineBreak());
  }

  private RecordOutcome outcome(String raw, long number, boolean unterminated) {
    JsonNode node;
    try {
      node = JSON.readTree(raw);
    } catch (JacksonException e) {
      String problem = e.getOriginalMessage().lines().findFirst().orElse("") + at(e.getLocation());
      if (unterminated) {
        return assembler.reject(
            number,
            RejectReason.TRUNCATED_RECORD,
            "the last line has no line break and is not valid JSON ("
                + problem
                + "): the file looks cut off",
            () -> raw);
      }
      return assembler.reject(
          number, RejectReason.MALFORMED_JSON, "not valid JSON: " + problem, () -> raw);
    }
    if (!node.isObject()) {
      return assembler.reject(
          number,
          RejectReason.NOT_AN_OBJECT,
          "expected a JSON object, found " + JsonFields.kind(node),
          () -> raw);
    }
    Map<String, String> values = new HashMap<>();
    Optional<RecordOutcome.Rejected> wrongType =
        JsonFields.read(node, mapping, assembler, number, () -> raw, values);
    if (wrongType.isPresent()) {
      return wrongType.get();
    }
    return assembler.assemble(values::get, number, () -> raw);
  }

  private static String at(JsonLocation location) {
    return location == null || location.getColumnNr() < 0
        ? ""
        : " at column " + location.getColumnNr();
  }

  /** Closes the underlying reader. */
  @Override
  public void close() {
    try {
      lines.close();
    } catch (IOException e) {
      throw new NarrascopeException(assembler.file() + ": cannot close: " + e.getMessage(), e);
    }
  }

  /**
   * Lines split at {@code \n} (a preceding {@code \r} is dropped), remembering whether the last
   * line read ended with a line break: {@link java.io.BufferedReader#readLine} cannot tell, and an
   * unterminated bad last line is the sign of a truncated file.
   */
  private static final class LineSource {
    private final BufferedReader in;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int pos;
    private int end;
    private long number;
    private boolean lastHadLineBreak;

    LineSource(BufferedReader in) {
      this.in = in;
    }

    /** The next line, or null at the end of the stream. */
    String next() throws IOException {
      line.setLength(0);
      while (true) {
        if (pos == end) {
          end = in.read(buffer, 0, buffer.length);
          pos = 0;
          if (end <= 0) {
            end = 0;
            if (line.length() == 0) {
              return null;
            }
            lastHadLineBreak = false;
            return finish();
          }
        }
        int start = pos;
        while (pos < end && buffer[pos] != '\n') {
          pos++;
        }
        line.append(buffer, start, pos - start);
        if (pos < end) {
          pos++;
          lastHadLineBreak = true;
          return finish();
        }
      }
    }

    private String finish() {
      number++;
      int length = line.length();
      if (length > 0 && line.charAt(length - 1) == '\r') {
        line.setLength(length - 1);
      }
      if (number == 1 && line.length() > 0 && line.charAt(0) == '\uFEFF') {
        line.deleteCharAt(0);
      }
      return line.toString();
    }

    long number() {
      return number;
    }

    boolean lastHadLineBreak() {
      return lastHadLineBreak;
    }

    void close() throws IOException {
      in.close();
    }
  }
}
