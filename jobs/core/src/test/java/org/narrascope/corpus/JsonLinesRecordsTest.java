package org.narrascope.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class JsonLinesRecordsTest {
  private static final SourceRegistry REGISTRY =
      SourceRegistry.load(Path.of("src/test/resources/corpus/sources.csv"));

  private static List<RecordOutcome> read(String jsonl, FieldMapping mapping) {
    List<RecordOutcome> outcomes = new ArrayList<>();
    try (JsonLinesRecords records =
        JsonLinesRecords.open(
            new BufferedReader(new StringReader(jsonl)),
            "in.jsonl",
            REGISTRY,
            mapping,
            DateParser.standard())) {
      records.forEachRemaining(outcomes::add);
    }
    return outcomes;
  }

  private static List<RecordOutcome> read(String jsonl) {
    return read(jsonl, FieldMapping.identity());
  }

  private static Rejection onlyRejection(String jsonl) {
    List<RecordOutcome> outcomes = read(jsonl);
    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0)).isInstanceOf(RecordOutcome.Rejected.class);
    return ((RecordOutcome.Rejected) outcomes.get(0)).rejection();
  }

  private static Document onlyDocument(String jsonl) {
    List<RecordOutcome> outcomes = read(jsonl);
    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0)).isInstanceOf(RecordOutcome.Accepted.class);
    return ((RecordOutcome.Accepted) outcomes.get(0)).document();
  }

  @Test
  void tenLinesFourBadGiveSixDocumentsAndFourRejectionsAtTheirLines() throws IOException {
    List<RecordOutcome> outcomes = new ArrayList<>();
    Path file = Path.of("src/test/resources/corpus/ten-lines.jsonl");
    try (JsonLinesRecords records =
        JsonLinesRecords.open(
            Files.newBufferedReader(file, StandardCharsets.UTF_8),
            "ten-lines.jsonl",
            REGISTRY,
            FieldMapping.identity(),
            DateParser.standard())) {
      records.forEachRemaining(outcomes::add);
    }
    assertThat(outcomes)
        .extracting(RecordOutcome::line)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(outcomes).extracting(RecordOutcome::file).containsOnly("ten-lines.jsonl");
    List<Document> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    for (RecordOutcome outcome : outcomes) {
      if (outcome instanceof RecordOutcome.Accepted a) {
        accepted.add(a.document());
      } else if (outcome instanceof RecordOutcome.Rejected r) {
        rejected.add(r.rejection());
      }
    }
    assertThat(accepted)
        .containsExactly(
            new Document(
                "st-1",
                "severny_telegraf",
                LocalDate.of(2022, 1, 5),
                "ru",
                "Майданные технологии",
                "Эксперты увидели руку Запада.",
                "https://example.org/st-1"),
            new Document(
                "1002", "dala_tv", LocalDate.of(2022, 1, 5), "kk", "", "Алматыда толқулар.", ""),
            new Document(
                "kz-4",
                "kz_presidential_press",
                LocalDate.of(2022, 1, 6),
                "ru",
                "Обращение",
                "Террористические банды.",
                ""),
            new Document(
                "ea-6", "almaty_analytica", LocalDate.of(2022, 1, 6), "ru", "", "Борьба элит.", ""),
            new Document(
                "ky-8",
                "kyiv_observer",
                LocalDate.of(2022, 1, 7),
                "uk",
                "",
                "Кольорова революція.",
                ""),
            new Document(
                "ep-10",
                "eurasia_policy_review",
                LocalDate.of(2022, 1, 8),
                "en",
                "",
                "Gas prices.",
                ""));
    assertThat(rejected)
        .extracting(Rejection::line, Rejection::reason)
        .containsExactly(
            tuple(3L, RejectReason.MALFORMED_JSON),
            tuple(5L, RejectReason.MISSING_SOURCE),
            tuple(7L, RejectReason.UNPARSABLE_DATE),
            tuple(9L, RejectReason.EMPTY_TEXT));
    assertThat(rejected.get(2).detail())
        .startsWith(
            "date '31.02.2022' matches no accepted format or is no calendar date (ISO-8601");
    assertThat(rejected.get(1).raw())
        .isEqualTo("{\"id\":\"x-5\",\"date\":\"2022-01-05\",\"text\":\"no source here\"}");
  }

  @Test
  void malformedJsonSaysWhereAndKeepsTheLine() {
    Rejection r = onlyRejection("{\"id\": 1, \"source\": }\n");
    assertThat(r.file()).isEqualTo("in.jsonl");
    assertThat(r.line()).isEqualTo(1);
    assertThat(r.reason()).isEqualTo(RejectReason.MALFORMED_JSON);
    assertThat(r.detail())
        .startsWith("not valid JSON: Unexpected character ('}'")
        .endsWith(" at column 21");
    assertThat(r.raw()).isEqualTo("{\"id\": 1, \"source\": }");
  }

  @Test
  void trailingGarbageAndDuplicateKeysAreMalformed() {
    List<RecordOutcome> outcomes =
        read(
            "{\"id\":\"a\",\"source\":\"dala_tv\",\"date\":\"2022-01-05\",\"text\":\"t\"} x\n"
                + "{\"id\":\"a\",\"id\":\"b\",\"source\":\"dala_tv\",\"date\":\"2022-01-05\","
                + "\"text\":\"t\"}\n");
    assertThat(outcomes)
        .extracting(o -> ((RecordOutcome.Rejected) o).rejection().reason())
        .containsExactly(RejectReason.MALFORMED_JSON, RejectReason.MALFORMED_JSON);
    assertThat(((RecordOutcome.Rejected) outcomes.get(1)).rejection().detail())
        .contains("Duplicate field 'id'");
  }

  @Test
  void everyReasonAJsonReaderEmitsAtItsLine() {
    String jsonl =
        String.join(
            "\n",
            "[1, 2]",
            "{\"source\":\"dala_tv\",\"date\":\"2022-01-05\",\"text\":\"t\"}",
            "{\"id\":\"\",\"source\":\"dala_tv\",\"date\":\"2022-01-05\",\"text\":\"t\"}",
            "",
            "{\"id\":\"a\",\"source\":\"  \",\"date\":\"2022-01-05\",\"text\":\"t\"}",
            "{\"id\":\"a\",\"source\":\"dala_tv\",\"text\":\"t\"}",
            "{\"id\":\"a\",\"source\":\"dala_tv\",\"date\":\"yesterday\",\"text\":\"t\"}",
            "{\"id\":\"a\",\"source\":\"dala_tv\",\"date\":\"2022-01-05\",\"text\":\" \"}",
            "{\"id\":\"a\",\"source\":\"dala_tv\",\"date\":\"2022-01-05\",\"lang\":\"ru-RU\","
                + "\"text\":\"t\"}",
            "{\"id\":\"a\",\"source\":\"dala_tv\",\"date\":\"2022-01-05\",\"text\":[\"t\"]}",
            "{\"id\":true,\"source\":\"dala_tv\",\"date\":\"2022-01-05\",\"text\":\"t\"}",
            "{\"id\":\"a\",\"source\":\"dala_tv\",\"date\":1641340800,\"text\":\"t\"}",
            "\"just a string\"",
            "{\"id\":\"a\",\"source\":\"dala_tv\",\"date\":\"2022-01-05\",\"text\":\"cut o");
    List<Rejection> rejections =
        read(jsonl).stream().map(o -> ((RecordOutcome.Rejected) o).rejection()).toList();
    assertThat(rejections)
        .extracting(Rejection::line, r -> r.reason().code(), Rejection::detail)
        .containsExactly(
            tuple(1L, "not_an_object", "expected a JSON object, found an array"),
            tuple(2L, "missing_id", "no field 'id'"),
            tuple(3L, "missing_id", "empty field 'id'"),
            tuple(5L, "missing_source", "empty field 'source'"),
            tuple(6L, "missing_date", "no field 'date'"),
            tuple(
                7L,
                "unparsable_date",
                "date 'yesterday' matches no accepted format or is no calendar date ("
                    + DateParser.standard().acceptedFormats()
                    + ")"),
            tuple(8L, "empty_text", "both 'title' and 'text' are empty or absent"),
            tuple(
                9L,
                "invalid_lang",
                "lang 'ru-RU' is not a 2–3 letter language code (e.g. ru, uk, kk, en; empty for"
                    + " unknown)"),
            tuple(10L, "invalid_field_type", "field 'text' must be a string, found an array"),
            tuple(
                11L,
                "invalid_field_type",
                "field 'id' must be a string or an integer, found a boolean (true)"),
            tuple(
                12L,
                "invalid_field_type",
                "field 'date' must be a string, found a number (1641340800)"),
            tuple(13L, "not_an_object", "expected a JSON object, found a string"),
            tuple(
                14L,
                "truncated_record",
                "the last line has no line break and is not valid JSON (Unexpected end-of-input:"
                    + " was expecting closing quote for a string value at column 63): the file"
                    + " looks cut off"));
  }

  @Test
  void anUnterminatedBadLastLineIsATruncatedRecord() {
    Rejection r =
        onlyRejection(
            "{\"id\":\"a\",\"source\":\"dala_tv\",\"date\":\"2022-01-05\",\"text\":\"cut o");
    assertThat(r.reason()).isEqualTo(RejectReason.TRUNCATED_RECORD);
    assertThat(r.line()).isEqualTo(1);
    assertThat(r.detail())
        .startsWith("the last line has no line break and is not valid JSON (")
        .endsWith("): the file looks cut off");
  }

  @Test
  void aTerminatedBadLastLineIsMalformedAndAnUnterminatedGoodOneIsAccepted() {
    assertThat(onlyRejection("{\"id\":\n").reason()).isEqualTo(RejectReason.MALFORMED_JSON);
    assertThat(
            onlyDocument(
                    "{\"id\":\"a\",\"source\":\"dala_tv\",\"date\":\"2022-01-05\",\"text\":\"t\"}")
                .id())
        .isEqualTo("a");
  }

  @Test
  void blankLinesAreSkippedButCountedAndCrLfAndBomAreHandled() {
    List<RecordOutcome> outcomes =
        read(
            "\uFEFF{\"id\":\"a\",\"source\":\"dala_tv\",\"date\":\"2022-01-05\",\"text\":\"t\"}\r\n"
                + "\r\n   \n\t\r\n"
                + "{\"id\":\"b\",\"source\":\"dala_tv\",\"date\":\"2022-01-05\",\"text\":\"t\"}\r\n"
                + "\n");
    assertThat(outcomes).extracting(RecordOutcome::line).containsExactly(1L, 5L);
    assertThat(outcomes)
        .extracting(o -> ((RecordOutcome.Accepted) o).document().id())
        .containsExactly("a", "b");
  }

  @Test
  void numericIdsBecomeTheirDecimalText() {
    List<RecordOutcome> outcomes =
        read(
            "{\"id\":42,\"source\":\"dala_tv\",\"date\":\"2022-01-05\",\"text\":\"t\"}\n"
                + "{\"id\":123456789012345678901234567890,\"source\":\"dala_tv\","
                + "\"date\":\"2022-01-05\",\"text\":\"t\"}\n"
                + "{\"id\":4.5,\"source\":\"dala_tv\",\"date\":\"2022-01-05\",\"text\":\"t\"}\n");
    assertThat(((RecordOutcome.Accepted) outcomes.get(0)).document().id()).isEqualTo("42");
    assertThat(((RecordOutcome.Accepted) outcomes.get(1)).document().id())
        .isEqualTo("123456789012345678901234567890");
    Rejection r = ((RecordOutcome.Rejected) outcomes.get(2)).rejection();
    assertThat(r.reason()).isEqualTo(RejectReason.INVALID_FIELD_TYPE);
    assertThat(r.detail())
        .isEqualTo("field 'id' must be a string or an integer, found a number (4.5)");
  }

  @Test
  void langIsLowerCasedAndAbsentOrEmptyOrNullIsUndetermined() {
    String base = "{\"id\":\"a\",\"source\":\"dala_tv\",\"date\":\"2022-01-05\",\"text\":\"t\"";
    assertThat(onlyDocument(base + ",\"lang\":\"RU\"}").lang()).isEqualTo("ru");
    assertThat(onlyDocument(base + ",\"lang\":\" KAZ \"}").lang()).isEqualTo("kaz");
    // Under tr_TR a default-locale lower-casing would turn "KIR" into "kır".
    assertThat(onlyDocument(base + ",\"lang\":\"KIR\"}").lang()).isEqualTo("kir");
    assertThat(onlyDocument(base + "}").lang()).isEqualTo("und");
    assertThat(onlyDocument(base + ",\"lang\":\"\"}").lang()).isEqualTo("und");
    assertThat(onlyDocument(base + ",\"lang\":null}").lang()).isEqualTo("und");
    assertThat(onlyRejection(base + ",\"lang\":\"r\"}").reason())
        .isEqualTo(RejectReason.INVALID_LANG);
    assertThat(onlyRejection(base + ",\"lang\":\"russian\"}").reason())
        .isEqualTo(RejectReason.INVALID_LANG);
    assertThat(onlyRejection(base + ",\"lang\":\"ру\"}").reason())
        .isEqualTo(RejectReason.INVALID_LANG);
  }

  @Test
  void titleAloneIsEnoughAndUnknownKeysAreIgnored() {
    Document d =
        onlyDocument(
            "{\"id\":\"a\",\"source\":\"nobody_known\",\"date\":\"2022-01-05T23:30:00Z\","
                + "\"title\":\"Headline only\",\"likes\":[1,2],\"meta\":{\"x\":1}}");
    // An unregistered source is accepted; its zone is UTC.
    assertThat(d)
        .isEqualTo(
            new Document(
                "a", "nobody_known", LocalDate.of(2022, 1, 5), "und", "Headline only", "", ""));
  }

  @Test
  void theSourcesZoneDecidesTheDay() {
    Document d =
        onlyDocument(
            "{\"id\":\"a\",\"source\":\"steppe_courier\",\"date\":\"2022-01-05T20:30:00Z\","
                + "\"text\":\"t\"}");
    assertThat(d.date()).isEqualTo(LocalDate.of(2022, 1, 6));
  }

  @Test
  void fieldMappingReadsTheirNamesAndNamesThemInDetails() {
    FieldMapping mapping = FieldMapping.parse("text=body,date=published_at,source=channel");
    List<RecordOutcome> outcomes =
        read(
            "{\"id\":\"a\",\"channel\":\"dala_tv\",\"published_at\":\"5 January 2022\","
                + "\"body\":\"b\",\"text\":\"ignored\"}\n"
                + "{\"id\":\"b\",\"source\":\"dala_tv\",\"published_at\":\"5 January 2022\","
                + "\"body\":\"b\"}\n"
                + "{\"id\":\"c\",\"channel\":\"dala_tv\",\"published_at\":\"2022-01-05\","
                + "\"body\":7}\n",
            mapping);
    assertThat(((RecordOutcome.Accepted) outcomes.get(0)).document())
        .isEqualTo(new Document("a", "dala_tv", LocalDate.of(2022, 1, 5), "und", "", "b", ""));
    assertThat(((RecordOutcome.Rejected) outcomes.get(1)).rejection().detail())
        .isEqualTo("no field 'channel' (mapped to source)");
    assertThat(((RecordOutcome.Rejected) outcomes.get(2)).rejection().detail())
        .isEqualTo("field 'body' (mapped to text) must be a string, found a number (7)");
  }

  @Test
  void rawIsTruncatedTo2000CharactersAndTheDetailSaysSo() {
    String longText = "ж".repeat(3000);
    String line =
        "{\"id\":\"a\",\"source\":\"dala_tv\",\"date\":\"never\",\"text\":\"" + longText + "\"}";
    Rejection r = onlyRejection(line + "\n");
    assertThat(r.raw()).hasSize(2000).isEqualTo(line.substring(0, 2000));
    assertThat(r.detail())
        .endsWith("(raw record truncated to 2000 of " + line.length() + " characters)");
  }

  @Test
  void duplicateIdsAreLeftToTheIngest() {
    String record =
        "{\"id\":\"a\",\"source\":\"dala_tv\",\"date\":\"2022-01-05\",\"text\":\"t\"}\n";
    assertThat(read(record + record)).allMatch(o -> o instanceof RecordOutcome.Accepted).hasSize(2);
  }

  @Test
  void emptyInputHasNoRecordsAndNextThenThrows() {
    JsonLinesRecords records =
        JsonLinesRecords.open(
            new BufferedReader(new StringReader("\n\n")),
            "empty.jsonl",
            REGISTRY,
            FieldMapping.identity(),
            DateParser.standard());
    assertThat(records.hasNext()).isFalse();
    assertThatThrownBy(records::next)
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("empty.jsonl: no more records");
    records.close();
  }
}
