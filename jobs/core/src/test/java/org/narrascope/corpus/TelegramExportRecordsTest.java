package org.narrascope.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.narrascope.NarrascopeException;

class TelegramExportRecordsTest {
  private static final SourceRegistry REGISTRY =
      SourceRegistry.load(Path.of("src/test/resources/corpus/sources.csv"));
  private static final FieldMapping TELEGRAM = FieldMapping.parse("id=message_id,source=channel");

  private static List<RecordOutcome> read(Reader in, TelegramExportRecords.Ids ids) {
    List<RecordOutcome> outcomes = new ArrayList<>();
    try (TelegramExportRecords records =
        TelegramExportRecords.open(
            in, "messages.json", REGISTRY, TELEGRAM, DateParser.standard(), ids)) {
      records.forEachRemaining(outcomes::add);
    }
    return outcomes;
  }

  private static List<RecordOutcome> read(String json) {
    return read(new StringReader(json), TelegramExportRecords.Ids.PREFIXED_WITH_SOURCE);
  }

  private static Document document(RecordOutcome outcome) {
    assertThat(outcome).isInstanceOf(RecordOutcome.Accepted.class);
    return ((RecordOutcome.Accepted) outcome).document();
  }

  private static Rejection rejection(RecordOutcome outcome) {
    assertThat(outcome).isInstanceOf(RecordOutcome.Rejected.class);
    return ((RecordOutcome.Rejected) outcome).rejection();
  }

  @Test
  void fixtureGivesOneOutcomePerPostAtTheLineWhereThePostStarts() throws IOException {
    List<RecordOutcome> outcomes;
    try (Reader in =
        Files.newBufferedReader(
            Path.of("src/test/resources/corpus/telegram/small_messages.json"),
            StandardCharsets.UTF_8)) {
      outcomes = read(in, TelegramExportRecords.Ids.PREFIXED_WITH_SOURCE);
    }
    assertThat(outcomes)
        .extracting(
            RecordOutcome::line,
            o -> o instanceof RecordOutcome.Rejected r ? r.rejection().reason().code() : "accepted")
        .containsExactly(
            tuple(2L, "accepted"),
            tuple(10L, "empty_text"),
            tuple(18L, "accepted"),
            tuple(26L, "unparsable_date"),
            tuple(34L, "invalid_field_type"),
            tuple(42L, "missing_source"),
            tuple(49L, "not_an_object"),
            tuple(50L, "malformed_json"),
            tuple(57L, "accepted"));
    assertThat(outcomes).extracting(RecordOutcome::file).containsOnly("messages.json");

    // 20:30 UTC on 5 January is 02:30 on the 6th in Almaty, steppe_courier's zone.
    assertThat(document(outcomes.get(0)))
        .isEqualTo(
            new Document(
                "steppe_courier:101",
                "steppe_courier",
                LocalDate.of(2022, 1, 6),
                "und",
                "",
                "⚡️ Срочно: в Алматы объявлен режим ЧС 🚨\n\nПодробности позже",
                ""));
    // An unregistered channel keeps its display name as source and is dated in UTC.
    assertThat(document(outcomes.get(2)))
        .extracting(Document::id, Document::source, Document::date)
        .containsExactly("Новости Степи:101", "Новости Степи", LocalDate.of(2022, 1, 2));
    assertThat(document(outcomes.get(8)))
        .extracting(Document::id, Document::date, Document::text)
        .containsExactly(
            "steppe_courier:107", LocalDate.of(2022, 1, 8), "Майдан Переворот, 🇰🇿 код и спойлер");

    Rejection empty = rejection(outcomes.get(1));
    assertThat(empty.detail()).isEqualTo("both 'title' and 'text' are empty or absent");
    assertThat(empty.raw())
        .startsWith("{\n        \"message_id\": 102,")
        .endsWith("\"category\": \"other\"\n    }");
    assertThat(rejection(outcomes.get(4)).detail())
        .isEqualTo("field 'text' must be a string, found an array");
    assertThat(rejection(outcomes.get(5)).detail())
        .isEqualTo("no field 'channel' (mapped to source)");
    assertThat(rejection(outcomes.get(6)))
        .extracting(Rejection::detail, Rejection::raw)
        .containsExactly("expected a JSON object (a post), found a string", "\"not a post\"");
    assertThat(rejection(outcomes.get(7)).detail())
        .isEqualTo(
            "not valid JSON: Duplicate field 'text' for `ObjectNode`: not allowed when"
                + " `DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY` enabled");
  }

  @Test
  void idsAsGivenKeepTheMessageIdAlone() {
    String json =
        "[{\"message_id\": 7, \"text\": \"a\", \"date\": \"2022-01-05\", \"channel\": \"dala_tv\"}]";
    List<RecordOutcome> outcomes = read(new StringReader(json), TelegramExportRecords.Ids.AS_GIVEN);
    assertThat(document(outcomes.get(0)).id()).isEqualTo("7");
    assertThat(document(read(json).get(0)).id()).isEqualTo("dala_tv:7");
  }

  @Test
  void crlfLinesAndAByteOrderMarkCountLikeAnEditorDoes() {
    String json =
        "\uFEFF[\r\n  {\"message_id\": 1, \"text\": \"a\", \"date\": \"2022-01-05\","
            + " \"channel\": \"dala_tv\"},\r\n\r\n  {\"message_id\": 2, \"text\": \"\","
            + " \"date\": \"2022-01-05\", \"channel\": \"dala_tv\"}\r\n]\r\n";
    List<RecordOutcome> outcomes = read(json);
    assertThat(outcomes).extracting(RecordOutcome::line).containsExactly(2L, 4L);
    assertThat(rejection(outcomes.get(1)).raw())
        .isEqualTo(
            "{\"message_id\": 2, \"text\": \"\", \"date\": \"2022-01-05\", \"channel\": \"dala_tv\"}");
  }

  @Test
  void aFileCutOffInsideTheArrayEndsWithOneTruncatedRecordHoldingTheRest() {
    String json =
        "[\n{\"message_id\": 1, \"text\": \"a\", \"date\": \"2022-01-05\", \"channel\": \"x\"},\n"
            + "{\"message_id\": 2, \"text\": \"cut";
    List<RecordOutcome> outcomes = read(json);
    assertThat(outcomes).hasSize(2);
    assertThat(document(outcomes.get(0)).id()).isEqualTo("x:1");
    Rejection cut = rejection(outcomes.get(1));
    assertThat(cut)
        .extracting(Rejection::line, Rejection::reason, Rejection::raw)
        .containsExactly(3L, RejectReason.TRUNCATED_RECORD, "{\"message_id\": 2, \"text\": \"cut");
    assertThat(cut.detail())
        .startsWith("the file ends inside the array of posts: ")
        .endsWith("reading stopped here, this rejection covers the rest of the file");
  }

  @Test
  void anUnclosedArrayAfterACompletePostIsTruncatedToo() {
    String json =
        "[\n{\"message_id\": 1, \"text\": \"a\", \"date\": \"2022-01-05\", \"channel\": \"x\"},\n";
    List<RecordOutcome> outcomes = read(json);
    assertThat(outcomes).hasSize(2);
    assertThat(rejection(outcomes.get(1)))
        .extracting(Rejection::line, Rejection::reason, Rejection::raw)
        .containsExactly(3L, RejectReason.TRUNCATED_RECORD, "");
  }

  @Test
  void jsonTheParserCannotGetPastIsOneMalformedRejectionForTheRest() {
    String json =
        "[\n{\"message_id\": 1, \"text\": \"a\", \"date\": \"2022-01-05\", \"channel\": \"x\"}\n"
            + "{\"message_id\": 2, \"text\": \"b\", \"date\": \"2022-01-05\", \"channel\": \"x\"},\n"
            + "{\"message_id\": 3, \"text\": \"c\", \"date\": \"2022-01-05\", \"channel\": \"x\"}\n]\n";
    List<RecordOutcome> outcomes = read(json);
    assertThat(outcomes).hasSize(2);
    Rejection rest = rejection(outcomes.get(1));
    assertThat(rest)
        .extracting(Rejection::line, Rejection::reason)
        .containsExactly(3L, RejectReason.MALFORMED_JSON);
    assertThat(rest.raw()).startsWith("{\"message_id\": 2,").endsWith("\"channel\": \"x\"}\n]");
    assertThat(rest.detail()).startsWith("not valid JSON: Unexpected character ('{'");
  }

  @Test
  void contentAfterTheArrayIsMalformed() {
    String json =
        "[{\"message_id\": 1, \"text\": \"a\", \"date\": \"2022-01-05\", \"channel\": \"x\"}]\n"
            + "[{\"message_id\": 2}]\n";
    List<RecordOutcome> outcomes = read(json);
    assertThat(outcomes).hasSize(2);
    assertThat(rejection(outcomes.get(1)))
        .extracting(Rejection::line, Rejection::reason, Rejection::raw)
        .containsExactly(2L, RejectReason.MALFORMED_JSON, "[{\"message_id\": 2}]");
  }

  @Test
  void anEmptyFileAndAnEmptyArrayHoldNoRecords() {
    assertThat(read("")).isEmpty();
    assertThat(read(" [ ]\n")).isEmpty();
  }

  @Test
  void garbageFromTheFirstCharacterIsOneRejectionForTheWholeFile() {
    List<RecordOutcome> outcomes = read("<html>not json</html>");
    assertThat(outcomes).hasSize(1);
    assertThat(rejection(outcomes.get(0)))
        .extracting(Rejection::line, Rejection::reason, Rejection::raw)
        .containsExactly(1L, RejectReason.MALFORMED_JSON, "<html>not json</html>");
  }

  @Test
  void aTopLevelObjectIsNotThisFormat() {
    assertThatThrownBy(() -> read("{\"name\": \"channel\", \"messages\": []}"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage(
            "messages.json: line 1: expected a JSON array of Telegram posts, found an object"
                + " (is this a JSON Lines file, or a Telegram Desktop result.json?)");
  }

  @Test
  void markdownPairsBecomePlainTextAndLoneMarkersStay() {
    assertThat(TelegramMarkdown.toPlainText("**__вложено__** и [](https://t.me/x) 2**3"))
        .isEqualTo("вложено и  2**3");
    assertThat(TelegramMarkdown.toPlainText("[статья](https://x.org/a(24)b/full) и ****"))
        .isEqualTo("статья и ****");
    assertThat(TelegramMarkdown.toPlainText("```\nкод $1 \\d\n```")).isEqualTo("\nкод $1 \\d\n");
  }

  /**
   * The 18 news-channel files of telegram-ru-news-2024 (see its SOURCE.md), read with the mapping
   * alone: every post is an outcome and the totals are the ones observed.
   */
  @Test
  void realTelegramExportsGiveExactTotalsWithTheMappingAlone() throws IOException {
    Path raw = sharedCorporaOrSkip().resolve("telegram-ru-news-2024").resolve("raw");
    Assumptions.assumeTrue(Files.isDirectory(raw), raw + " is absent");
    List<Path> files;
    try (Stream<Path> listing = Files.list(raw)) {
      files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    long read = 0;
    long accepted = 0;
    Map<String, Long> rejectedByReason = new TreeMap<>();
    Set<String> ids = new HashSet<>();
    Set<String> rawIds = new HashSet<>();
    Set<String> sources = new HashSet<>();
    long maxLineSeen = 0;
    long linksLeft = 0;
    for (Path file : files) {
      try (TelegramExportRecords records =
          TelegramExportRecords.open(
              Files.newBufferedReader(file, StandardCharsets.UTF_8),
              file.getFileName().toString(),
              REGISTRY,
              TELEGRAM,
              DateParser.standard())) {
        while (records.hasNext()) {
          RecordOutcome outcome = records.next();
          read++;
          maxLineSeen = Math.max(maxLineSeen, outcome.line());
          if (outcome instanceof RecordOutcome.Accepted a) {
            accepted++;
            ids.add(a.document().id());
            sources.add(a.document().source());
            rawIds.add(
                a.document()
                    .id()
                    .substring(
                        a.document().id().lastIndexOf(TelegramExportRecords.ID_SEPARATOR) + 1));
            if (a.document().text().contains("](http")) {
              linksLeft++;
            }
          } else if (outcome instanceof RecordOutcome.Rejected r) {
            rejectedByReason.merge(r.rejection().reason().code(), 1L, Long::sum);
          }
        }
      }
    }
    long rejected = rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
    System.out.printf(
        "telegram-ru-news-2024: %d files, %d posts read, %d accepted, %d rejected %s,"
            + " %d distinct ids (%d distinct message ids), %d channels, %d texts with a markdown"
            + " link left, highest line %d%n",
        files.size(),
        read,
        accepted,
        rejected,
        rejectedByReason,
        ids.size(),
        rawIds.size(),
        sources.size(),
        linksLeft,
        maxLineSeen);
    assertThat(files).hasSize(18);
    assertThat(read).isEqualTo(accepted + rejected).isEqualTo(16_717);
    assertThat(accepted).isGreaterThanOrEqualTo(16_000).isEqualTo(16_717);
    assertThat(rejectedByReason).isEmpty();
    // Prefixing with the channel makes every id unique; message ids alone would collide.
    assertThat(ids).hasSize(16_717);
    assertThat(rawIds).hasSize(14_948);
    assertThat(linksLeft).isZero();
    assertThat(sources).hasSize(18);
  }

  private static Path sharedCorporaOrSkip() {
    Optional<Path> corpora = SharedCorpora.find();
    Assumptions.assumeTrue(
        corpora.isPresent(),
        "shared/corpora not found beside the working directory or its ancestors; set"
            + " -Dnarrascope.shared=/path/to/shared to read the real Telegram exports");
    return corpora.get();
  }
}
