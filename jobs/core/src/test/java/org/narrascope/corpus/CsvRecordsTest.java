package org.narrascope.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrascope.NarrascopeException;

class CsvRecordsTest {
  private static final SourceRegistry REGISTRY =
      SourceRegistry.load(Path.of("src/test/resources/corpus/sources.csv"));

  private static List<RecordOutcome> read(String text, char delimiter, FieldMapping mapping) {
    List<RecordOutcome> outcomes = new ArrayList<>();
    try (CsvRecords records =
        CsvRecords.open(
            new StringReader(text),
            "in.csv",
            delimiter,
            REGISTRY,
            mapping,
            DateParser.standard())) {
      records.forEachRemaining(outcomes::add);
    }
    return outcomes;
  }

  private static List<RecordOutcome> read(String csv) {
    return read(csv, ',', FieldMapping.identity());
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
  void quotedFieldsWithNewlinesAndQuotesAndTheLineWhereEachRecordStarts() {
    String csv =
        "id,source,date,lang,title,text,url\r\n"
            + "1,dala_tv,2022-01-05,kk,\"Title, with comma\",\"line one\r\nline two\r\n\",\r\n"
            + "\r\n"
            + "2,steppe_courier,05.01.2022,ru,,\"He said \"\"foreign fighters\"\"\","
            + "https://example.org/2\r\n"
            + "3,kyiv_observer,2022-01-05,uk,,\"a\nb\nc\",\r\n"
            + "4,kyiv_observer,2022-01-06,uk,,last,";
    List<RecordOutcome> outcomes = read(csv);
    assertThat(outcomes).extracting(RecordOutcome::line).containsExactly(2L, 6L, 7L, 10L);
    assertThat(document(outcomes.get(0)))
        .isEqualTo(
            new Document(
                "1",
                "dala_tv",
                LocalDate.of(2022, 1, 5),
                "kk",
                "Title, with comma",
                "line one\r\nline two\r\n",
                ""));
    assertThat(document(outcomes.get(1)).text()).isEqualTo("He said \"foreign fighters\"");
    assertThat(document(outcomes.get(1)).url()).isEqualTo("https://example.org/2");
    assertThat(document(outcomes.get(2)).text()).isEqualTo("a\nb\nc");
    assertThat(document(outcomes.get(3)).date()).isEqualTo(LocalDate.of(2022, 1, 6));
  }

  @Test
  void tabSeparatedValues() {
    String tsv =
        "id\tsource\tdate\ttext\n"
            + "t1\talmaty_analytica\t2022-01-05T20:30:00Z\tElite power struggle, gas prices\n"
            + "t2\talmaty_analytica\t\tno date\n";
    List<RecordOutcome> outcomes = read(tsv, '\t', FieldMapping.identity());
    assertThat(document(outcomes.get(0)))
        .isEqualTo(
            new Document(
                "t1",
                "almaty_analytica",
                LocalDate.of(2022, 1, 6),
                "und",
                "",
                "Elite power struggle, gas prices",
                ""));
    Rejection r = rejection(outcomes.get(1));
    assertThat(r)
        .isEqualTo(
            new Rejection(
                "in.csv",
                3,
                RejectReason.MISSING_DATE,
                "empty field 'date'",
                "t2\talmaty_analytica\t\tno date"));
  }

  @Test
  void aRecordWithTheWrongFieldCountIsRejectedAndReadingGoesOn() {
    String csv =
        "id,source,date,text\n"
            + "1,dala_tv,2022-01-05\n"
            + "2,dala_tv,2022-01-05,t,extra\n"
            + "3,dala_tv,2022-01-05,fine\n";
    List<RecordOutcome> outcomes = read(csv);
    assertThat(outcomes).hasSize(3);
    assertThat(rejection(outcomes.get(0)))
        .isEqualTo(
            new Rejection(
                "in.csv",
                2,
                RejectReason.MALFORMED_CSV,
                "the record has 3 fields, the header has 4",
                "1,dala_tv,2022-01-05"));
    assertThat(rejection(outcomes.get(1)).detail())
        .isEqualTo("the record has 5 fields, the header has 4");
    assertThat(rejection(outcomes.get(1)).line()).isEqualTo(3);
    assertThat(document(outcomes.get(2)).id()).isEqualTo("3");
  }

  @Test
  void anUnbalancedQuoteAtEndOfFileRejectsTheRestAndStops() {
    String csv =
        "id,source,date,text\n"
            + "1,dala_tv,2022-01-05,good\n"
            + "\n"
            + "2,dala_tv,2022-01-05,\"never closed\n"
            + "3,dala_tv,2022-01-05,swallowed\n";
    List<RecordOutcome> outcomes = read(csv);
    assertThat(outcomes).hasSize(2);
    assertThat(document(outcomes.get(0)).id()).isEqualTo("1");
    Rejection r = rejection(outcomes.get(1));
    assertThat(r.line()).isEqualTo(4);
    assertThat(r.reason()).isEqualTo(RejectReason.MALFORMED_CSV);
    assertThat(r.detail())
        .isEqualTo(
            "not valid CSV ((startline 4) EOF reached before encapsulated token finished);"
                + " reading stopped here, this rejection covers the rest of the file");
    assertThat(r.raw())
        .isEqualTo("2,dala_tv,2022-01-05,\"never closed\n3,dala_tv,2022-01-05,swallowed");
  }

  @Test
  void garbageAfterAClosingQuoteStopsReadingWithTheWholeRestAsRaw() {
    StringBuilder csv = new StringBuilder("id,source,date,text\n");
    csv.append("1,dala_tv,2022-01-05,\"quoted\"garbage\n");
    for (int i = 2; i <= 3000; i++) {
      csv.append(i).append(",dala_tv,2022-01-05,text number ").append(i).append('\n');
    }
    List<RecordOutcome> outcomes = read(csv.toString());
    assertThat(outcomes).hasSize(1);
    Rejection r = rejection(outcomes.get(0));
    assertThat(r.line()).isEqualTo(2);
    int restLength = csv.length() - "id,source,date,text\n".length() - 1;
    assertThat(r.raw()).hasSize(2000).startsWith("1,dala_tv,2022-01-05,\"quoted\"garbage\n2,");
    assertThat(r.detail())
        .startsWith(
            "not valid CSV (Invalid character between encapsulated token and delimiter at line: 2")
        .endsWith(
            "reading stopped here, this rejection covers the rest of the file (raw record"
                + " truncated to 2000 of "
                + restLength
                + " characters)");
  }

  @Test
  void anUnparsableHeaderIsOneRejectionAtLineOne() {
    List<RecordOutcome> outcomes = read("id,\"source,date,text\n1,dala_tv,2022-01-05,t\n");
    assertThat(outcomes).hasSize(1);
    Rejection r = rejection(outcomes.get(0));
    assertThat(r.line()).isEqualTo(1);
    assertThat(r.reason()).isEqualTo(RejectReason.MALFORMED_CSV);
    assertThat(r.detail()).startsWith("the header row is not valid CSV (");
    assertThat(r.raw()).isEqualTo("id,\"source,date,text\n1,dala_tv,2022-01-05,t");
  }

  @Test
  void aHeaderWithoutNeededColumnsIsAConfigurationError() {
    assertThatThrownBy(() -> read("id;source;date;text\n1;dala_tv;2022-01-05;t\n"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage(
            "in.csv: line 1: the header has no column id, source, date, text (found:"
                + " id;source;date;text; is the delimiter or the field mapping wrong?)");
    assertThatThrownBy(
            () -> read("id,source,date,text\n", ',', FieldMapping.parse("text=body,title=head")))
        .hasMessage(
            "in.csv: line 1: the header has no column body (found: id, source, date, text; is"
                + " the delimiter or the field mapping wrong?)");
    assertThatThrownBy(() -> read("id,source,date,text,id\n"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageStartingWith("in.csv: line 1: bad CSV header: ");
  }

  @Test
  void aTitleColumnWithoutTextIsEnough() {
    List<RecordOutcome> outcomes = read("id,source,date,title\n1,dala_tv,2022-01-05,Headline\n");
    assertThat(document(outcomes.get(0)).title()).isEqualTo("Headline");
    assertThat(document(outcomes.get(0)).text()).isEmpty();
  }

  @Test
  void emptyFileHasNoRecordsAndAHeaderOnlyFileNeither() {
    assertThat(read("")).isEmpty();
    assertThat(read("id,source,date,text\n")).isEmpty();
  }

  @Test
  void fieldMappingAndChecksApplyAsForJson() {
    String csv =
        "post_id,channel,published_at,body,language\n"
            + "7,kz_foreign_ministry,\"Jan 5, 2022\",Statement,EN\n"
            + "8,kz_foreign_ministry,\"Jan 5, 2022\",,EN\n"
            + "9,kz_foreign_ministry,\"Jan 5, 2022\",Statement,english\n";
    FieldMapping mapping =
        FieldMapping.parse("id=post_id,source=channel,date=published_at,text=body,lang=language");
    List<RecordOutcome> outcomes = read(csv, ',', mapping);
    assertThat(document(outcomes.get(0)))
        .isEqualTo(
            new Document(
                "7", "kz_foreign_ministry", LocalDate.of(2022, 1, 5), "en", "", "Statement", ""));
    assertThat(rejection(outcomes.get(1)))
        .extracting(Rejection::line, Rejection::reason, Rejection::detail)
        .containsExactly(
            3L,
            RejectReason.EMPTY_TEXT,
            "both 'title' and 'body' (mapped to text) are empty or absent");
    assertThat(rejection(outcomes.get(2)))
        .extracting(Rejection::line, Rejection::reason)
        .containsExactly(4L, RejectReason.INVALID_LANG);
  }

  @Test
  void aByteOrderMarkDoesNotHideTheFirstColumn() {
    List<RecordOutcome> outcomes = read("\uFEFFid,source,date,text\n1,dala_tv,2022-01-05,t\n");
    assertThat(document(outcomes.get(0)).id()).isEqualTo("1");
    assertThat(outcomes.get(0).line()).isEqualTo(2);
  }

  @Test
  void lineNumbersStayRightOverManyBuffers() {
    // Every third record spans two lines; the parser reads ahead in 8 KiB chunks.
    StringBuilder csv = new StringBuilder("id,source,date,text\n");
    List<Long> expectedLines = new ArrayList<>();
    long line = 2;
    for (int i = 0; i < 5000; i++) {
      expectedLines.add(line);
      if (i % 3 == 0) {
        csv.append(i).append(",dala_tv,2022-01-05,\"first\nsecond\"\n");
        line += 2;
      } else if (i % 7 == 0) {
        csv.append(i).append(",dala_tv,not a date,plain\n");
        line += 1;
      } else {
        csv.append(i).append(",dala_tv,2022-01-05,plain\n\n");
        line += 2;
      }
    }
    List<RecordOutcome> outcomes = read(csv.toString());
    assertThat(outcomes).extracting(RecordOutcome::line).containsExactlyElementsOf(expectedLines);
    Rejection seventh = rejection(outcomes.get(7));
    assertThat(seventh)
        .extracting(Rejection::line, Rejection::reason, Rejection::raw)
        .containsExactly(
            expectedLines.get(7), RejectReason.UNPARSABLE_DATE, "7,dala_tv,not a date,plain");
    assertThat(outcomes.stream().filter(o -> o instanceof RecordOutcome.Rejected).count())
        .isEqualTo(476);
  }

  @Test
  void everyReasonCodeIsStableAndDescribed() {
    assertThat(RejectReason.values())
        .extracting(RejectReason::code)
        .containsExactly(
            "malformed_json",
            "malformed_csv",
            "not_an_object",
            "missing_id",
            "missing_source",
            "missing_date",
            "unparsable_date",
            "empty_text",
            "invalid_lang",
            "invalid_field_type",
            "truncated_record",
            "implausible_date",
            "field_too_long",
            "invalid_utf8",
            "binary_file",
            "unreadable_file",
            "duplicate_id",
            "malformed_warc",
            "missing_text_file");
    assertThat(RejectReason.values()).allSatisfy(r -> assertThat(r.description()).isNotBlank());
  }
}
