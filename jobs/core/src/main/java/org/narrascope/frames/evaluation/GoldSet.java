package org.narrascope.frames.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.narrascope.NarrascopeException;
import org.narrascope.corpus.DateParser;
import org.narrascope.corpus.Document;
import org.narrascope.corpus.FieldMapping;
import org.narrascope.corpus.JsonLinesRecords;
import org.narrascope.corpus.RecordOutcome;
import org.narrascope.corpus.SourceRegistry;

/**
 * The gold set of the matching-quality evaluation: documents and every frame mention a coder marked
 * in them. Read from a directory with {@code articles.jsonl} (the corpus's JSON Lines format) and
 * {@code mentions.csv} (header {@code doc_id,field,frame,start,end,quoted,surface,speaker,stance});
 * see {@code corpus/gold/README.md}.
 *
 * @param documents the documents in file order, ids unique
 * @param mentions the marked mentions in file order, each inside its document's field
 */
public record GoldSet(List<Document> documents, List<GoldMention> mentions) {
  /** The fields a mention can be in, in the order they are evaluated. */
  public static final List<String> FIELDS = List.of("title", "text");

  private static final List<String> HEADER =
      List.of("doc_id", "field", "frame", "start", "end", "quoted", "surface", "speaker", "stance");

  public GoldSet {
    documents = List.copyOf(documents);
    mentions = List.copyOf(mentions);
  }

  /**
   * Reads {@code dir/articles.jsonl} and {@code dir/mentions.csv}. Sources need not be registered:
   * the gold set is scored per language, not per outlet.
   *
   * @throws NarrascopeException naming the file and line of the first problem: a rejected article,
   *     a duplicate id, a mention of an unknown document or field, a span outside its field, a
   *     surface that differs from the text at the span, a bad number or boolean
   */
  public static GoldSet load(Path dir) {
    Path articles = dir.resolve("articles.jsonl");
    Map<String, Document> documents = readDocuments(articles);
    List<GoldMention> mentions = readMentions(dir.resolve("mentions.csv"), documents);
    return new GoldSet(List.copyOf(documents.values()), mentions);
  }

  /** The document with {@code id}. */
  public Optional<Document> document(String id) {
    return documents.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** The text of {@code field} ({@code title} or {@code text}) of {@code document}. */
  public static String fieldText(Document document, String field) {
    return switch (field) {
      case "title" -> document.title();
      case "text" -> document.text();
      default ->
          throw new NarrascopeException(
              "field '" + field + "': expected one of " + String.join(", ", FIELDS));
    };
  }

  private static Map<String, Document> readDocuments(Path file) {
    Map<String, Document> documents = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonLinesRecords records =
            JsonLinesRecords.open(
                in,
                file.toString(),
                SourceRegistry.of(List.of()),
                FieldMapping.identity(),
                DateParser.standard())) {
      while (records.hasNext()) {
        RecordOutcome outcome = records.next();
        if (outcome instanceof RecordOutcome.Rejected rejected) {
          throw new NarrascopeException(
              file
                  + ": line "
                  + rejected.line()
                  + ": "
                  + rejected.rejection().reason()
                  + ": "
                  + rejected.rejection().detail());
        }
        Document document = ((RecordOutcome.Accepted) outcome).document();
        if (documents.put(document.id(), document) != null) {
          throw new NarrascopeException(
              file
                  + ": line "
                  + outcome.line()
                  + ": duplicate document id '"
                  + document.id()
                  + "'");
        }
      }
    } catch (IOException e) {
      throw new NarrascopeException("cannot read gold articles " + file + ": " + e.getMessage(), e);
    }
    return documents;
  }

  private static List<GoldMention> readMentions(Path file, Map<String, Document> documents) {
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new NarrascopeException("cannot read gold mentions " + file + ": " + e.getMessage(), e);
    }
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();
    List<GoldMention> mentions = new ArrayList<>();
    try (CSVParser parser = format.parse(new StringReader(content))) {
      if (!parser.getHeaderNames().equals(HEADER)) {
        throw new NarrascopeException(
            file
                + ": line 1: expected the header "
                + String.join(",", HEADER)
                + ", found "
                + String.join(",", parser.getHeaderNames()));
      }
      for (CSVRecord record : parser) {
        // A surface may hold a line break, so the record number is not the line number.
        long line = 1 + content.substring(0, (int) record.getCharacterPosition()).lines().count();
        mentions.add(mention(record, documents, file + ": line " + line + ": "));
      }
    } catch (CSVException e) {
      throw new NarrascopeException(file + ": not valid CSV: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new NarrascopeException("cannot read gold mentions " + file + ": " + e.getMessage(), e);
    }
    return mentions;
  }

  private static GoldMention mention(
      CSVRecord record, Map<String, Document> documents, String where) {
    if (!record.isConsistent()) {
      throw new NarrascopeException(
          where + "expected " + HEADER.size() + " cells, found " + record.size());
    }
    String docId = record.get("doc_id");
    Document document = documents.get(docId);
    if (document == null) {
      throw new NarrascopeException(where + "document '" + docId + "' is not in articles.jsonl");
    }
    String field = record.get("field");
    if (!FIELDS.contains(field)) {
      throw new NarrascopeException(
          where + "field '" + field + "': expected one of " + String.join(", ", FIELDS));
    }
    String text = fieldText(document, field);
    int start = integer(record.get("start"), "start", where);
    int end = integer(record.get("end"), "end", where);
    if (start < 0 || end <= start || end > text.length()) {
      throw new NarrascopeException(
          where
              + "span "
              + start
              + "-"
              + end
              + " is not inside the "
              + field
              + " of "
              + docId
              + " (length "
              + text.length()
              + ")");
    }
    String surface = record.get("surface");
    if (!text.substring(start, end).equals(surface)) {
      throw new NarrascopeException(
          where
              + "surface '"
              + surface
              + "' differs from the "
              + field
              + " of "
              + docId
              + " at "
              + start
              + "-"
              + end
              + ": '"
              + text.substring(start, end)
              + "'");
    }
    String quoted = record.get("quoted");
    if (!quoted.equals("true") && !quoted.equals("false")) {
      throw new NarrascopeException(where + "quoted '" + quoted + "': expected true or false");
    }
    String frame = record.get("frame");
    if (frame.isBlank()) {
      throw new NarrascopeException(where + "empty frame");
    }
    return new GoldMention(
        docId,
        field,
        frame,
        start,
        end,
        quoted.equals("true"),
        surface,
        record.get("speaker"),
        record.get("stance"));
  }

  private static int integer(String value, String column, String where) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new NarrascopeException(
          where + column + " '" + value + "': expected a whole number", e);
    }
  }
}
