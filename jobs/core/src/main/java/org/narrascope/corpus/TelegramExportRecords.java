package org.narrascope.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.narrascope.NarrascopeException;

/**
 * Reads a Telegram channel export, a JSON array of posts such as {@code {"message_id": 65478,
 * "sender_id": -1001003313758, "text": "…", "date": "2024-11-22T18:12:19+00:00", "channel": "…",
 * "category": "…"}}, as a stream of {@link RecordOutcome}s: every array element becomes exactly one
 * outcome, and an outcome's line is the line where the element starts. The array is streamed, one
 * element in memory at a time.
 *
 * <p>Fields are read under the names of the {@link FieldMapping} with the rules of {@link
 * JsonLinesRecords} ({@code id} a string or an integer, the rest strings, {@code null} as absent,
 * other keys such as {@code sender_id} and {@code category} ignored); {@code --map
 * id=message_id,source=channel} is all such an export needs. {@code lang} is usually absent and
 * becomes {@code und}; {@code title} is usually absent and stays empty. The text's Telethon
 * markdown is turned into plain text ({@code [words](url)} becomes {@code words}, {@code **},
 * {@code __}, {@code ~~}, {@code ||} and backquote pairs are dropped); a post that is empty, e.g. a
 * media post without caption, is rejected as {@link RejectReason#EMPTY_TEXT}.
 *
 * <p>Ids: a Telegram message id is a counter per channel ({@code t.me/<channel>/<id>}), so two
 * channels of one corpus share ids (1,769 of the 16,717 posts of {@code telegram-ru-news-2024} do).
 * By default ({@link Ids#PREFIXED_WITH_SOURCE}) a document's id is therefore {@code
 * <source>:<message id>}, e.g. {@code РИА Новости:245301}; {@link Ids#AS_GIVEN} keeps the mapped id
 * alone, for exports whose ids are unique already.
 *
 * <p>Accounting of broken files: a record with a key given twice is rejected as {@link
 * RejectReason#MALFORMED_JSON} and reading goes on. JSON the parser cannot get past (a missing
 * comma, a bad escape) is one {@code MALFORMED_JSON} rejection at the element where it happens,
 * whose raw text is the rest of the file, and reading stops; a file that ends inside the array is
 * the same as {@link RejectReason#TRUNCATED_RECORD}. An empty file holds no records. A file whose
 * top level is valid JSON but no array is not a Telegram export of this shape: {@link #open}
 * throws.
 *
 * <p>Not thread-safe. An I/O error of the underlying stream is thrown as a {@link
 * NarrascopeException}.
 */
public final class TelegramExportRecords extends LookAheadRecords {
  /** How a post's id becomes the document id. */
  public enum Ids {
    /** {@code <source>:<id>}: message ids are only unique within a channel. */
    PREFIXED_WITH_SOURCE,
    /** The mapped id as it is. */
    AS_GIVEN
  }

  /** Between the source and the message id of a {@link Ids#PREFIXED_WITH_SOURCE} id. */
  public static final String ID_SEPARATOR = ":";

  private static final JsonMapper JSON =
      JsonMapper.builder(JsonFields.factory())
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  private final PositionTrackingReader tracked;
  private final JsonParser parser;
  private final DocumentAssembler assembler;
  private final FieldMapping mapping;
  private final Ids ids;
  private long consumed;

  private TelegramExportRecords(
      PositionTrackingReader tracked,
      JsonParser parser,
      DocumentAssembler assembler,
      FieldMapping mapping,
      Ids ids,
      boolean stopped,
      RecordOutcome pending) {
    super(stopped, pending);
    this.tracked = tracked;
    this.parser = parser;
    this.assembler = assembler;
    this.mapping = mapping;
    this.ids = ids;
  }

  /** Starts reading {@code in} with ids {@link Ids#PREFIXED_WITH_SOURCE}. */
  public static TelegramExportRecords open(
      Reader in, String file, SourceRegistry registry, FieldMapping mapping, DateParser dates) {
    return open(in, file, registry, mapping, dates, Ids.PREFIXED_WITH_SOURCE);
  }

  /**
   * Starts reading {@code in}; {@code file} names it in outcomes. {@link #close()} closes {@code
   * in}.
   *
   * @throws NarrascopeException when the file is valid JSON but its top level is not an array
   */
  public static TelegramExportRecords open(
      Reader in,
      String file,
      SourceRegistry registry,
      FieldMapping mapping,
      DateParser dates,
      Ids ids) {
    DocumentAssembler assembler = new DocumentAssembler(file, registry, mapping, dates);
    PositionTrackingReader tracked = new PositionTrackingReader(in);
    JsonParser parser;
    try {
      parser = JSON.createParser(tracked);
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new TelegramExportRecords(tracked, parser, assembler, mapping, ids, true, null);
      }
      if (first != JsonToken.START_ARRAY) {
        String found =
            first == JsonToken.START_OBJECT ? "an object" : "the value " + parser.getText();
        throw new NarrascopeException(
            file
                + ": line "
                + parser.currentTokenLocation().getLineNr()
                + ": expected a JSON array of Telegram posts, found "
                + found
                + " (is this a JSON Lines file, or a Telegram Desktop result.json?)");
      }
    } catch (StreamReadException e) {
      TelegramExportRecords unreadable =
          new TelegramExportRecords(tracked, null, assembler, mapping, ids, true, null);
      unreadable.pending(unreadable.rest(e, 0));
      return unreadable;
    } catch (IOException e) {
      throw new NarrascopeException(file + ": cannot read: " + e.getMessage(), e);
    }
    TelegramExportRecords records =
        new TelegramExportRecords(tracked, parser, assembler, mapping, ids, false, null);
    records.consumed = parser.currentLocation().getCharOffset();
    return records;
  }

  @Override
  String file() {
    return assembler.file();
  }

  @Override
  RecordOutcome readNext() {
    long start = consumed;
    try {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY) {
        stop();
        return afterArray();
      }
      if (token == null) {
        throw new JsonEOFException(parser, null, "the array of posts is not closed");
      }
      JsonLocation location = parser.currentTokenLocation();
      start = location.getCharOffset();
      long line = location.getLineNr();
      JsonNode node;
      try {
        node = JSON.readTree(parser);
      } catch (DatabindException e) {
        // A key given twice: the tokens are fine, so skip to the end of the element and go on.
        while (parser.getParsingContext().getNestingDepth() > 1) {
          parser.nextToken();
        }
        String raw = elementText(start);
        return assembler.reject(
            line,
            RejectReason.MALFORMED_JSON,
            "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""),
            () -> raw);
      }
      String raw = elementText(start);
      return outcome(node, line, raw);
    } catch (StreamReadException e) {
      stop();
      return rest(e, start);
    } catch (IOException e) {
      throw new NarrascopeException(
          assembler.file() + ": read failed after character " + consumed + ": " + e.getMessage(),
          e);
    }
  }

  /** The element's text as written, and forgets everything before its end. */
  private String elementText(long start) {
    long end = parser.currentLocation().getCharOffset();
    String raw = tracked.text(start, end);
    tracked.discardBefore(end);
    consumed = end;
    return raw;
  }

  private RecordOutcome outcome(JsonNode node, long line, String raw) {
    if (!node.isObject()) {
      return assembler.reject(
          line,
          RejectReason.NOT_AN_OBJECT,
          "expected a JSON object (a post), found " + JsonFields.kind(node),
          () -> raw);
    }
    Map<String, String> values = new HashMap<>();
    Optional<RecordOutcome.Rejected> wrongType =
        JsonFields.read(node, mapping, assembler, line, () -> raw, values);
    if (wrongType.isPresent()) {
      return wrongType.get();
    }
    values.computeIfPresent("text", (field, text) -> TelegramMarkdown.toPlainText(text));
    values.computeIfPresent("title", (field, title) -> TelegramMarkdown.toPlainText(title));
    String id = values.getOrDefault("id", "").strip();
    String source = values.getOrDefault("source", "").strip();
    if (ids == Ids.PREFIXED_WITH_SOURCE && !id.isEmpty() && !source.isEmpty()) {
      values.put("id", source + ID_SEPARATOR + id);
    }
    return assembler.assemble(values::get, line, () -> raw);
  }

  /** Anything but whitespace after the closing bracket is a malformed rest. */
  private RecordOutcome afterArray() throws IOException {
    consumed = parser.currentLocation().getCharOffset();
    tracked.discardBefore(consumed);
    try {
      JsonToken trailing = parser.nextToken();
      if (trailing == null) {
        return null;
      }
      JsonLocation at = parser.currentTokenLocation();
      return malformedRest(
          "content after the closing ']' of the array at column " + at.getColumnNr(),
          at.getCharOffset(),
          RejectReason.MALFORMED_JSON);
    } catch (StreamReadException e) {
      return rest(e, consumed);
    }
  }

  /** The parser cannot go on: the rest of the file, from {@code from} on, is one rejection. */
  private RecordOutcome rest(StreamReadException e, long from) {
    String problem = e.getOriginalMessage().lines().findFirst().orElse("");
    JsonLocation at = e.getLocation();
    String where =
        at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    // Jackson reports some ends of input (after a comma in the array) as a plain parse error.
    if (e instanceof JsonEOFException || problem.startsWith("Unexpected end-of-input")) {
      return malformedRest(
          "the file ends inside the array of posts: "
              + problem
              + where
              + "; the file looks cut off",
          from,
          RejectReason.TRUNCATED_RECORD);
    }
    return malformedRest("not valid JSON: " + problem + where, from, RejectReason.MALFORMED_JSON);
  }

  private RecordOutcome malformedRest(String problem, long from, RejectReason reason) {
    return tracked.rejectRest(assembler.file(), skipSeparators(from), reason, problem);
  }

  /** The first position from {@code from} that is no whitespace and no comma between elements. */
  private long skipSeparators(long from) {
    long p = from;
    long end = tracked.position();
    while (p < end) {
      char c = tracked.charAt(p);
      if (c != ',' && !Character.isWhitespace(c)) {
        return p;
      }
      p++;
    }
    return p;
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
