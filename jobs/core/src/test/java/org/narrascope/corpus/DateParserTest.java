package org.narrascope.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
  private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private final DateParser dates = DateParser.standard();

  @Test
  void testsRunUnderAHostileDefaultLocaleAndZone() {
    // The build sets these on purpose; if it stops doing so, these tests prove less.
    assertThat(Locale.getDefault().getLanguage()).isEqualTo("tr");
    assertThat(TimeZone.getDefault().getID()).isEqualTo("Pacific/Kiritimati");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2022-01-05                      | 2022-01-05",
        "2022-01-05T10:00:00             | 2022-01-05",
        "2022-01-05T23:59:59.999         | 2022-01-05",
        "2022-01-05 23:10:00             | 2022-01-05",
        "2022-01-05T10:00:00Z            | 2022-01-05",
        "2022-01-05T10:00+06:00          | 2022-01-05",
        "2022-01-05T10:00:00+0600        | 2022-01-05",
        "Wed, 05 Jan 2022 10:00:00 GMT   | 2022-01-05",
        "05.01.2022                      | 2022-01-05",
        "5.1.2022                        | 2022-01-05",
        "05.01.2022 23:45                | 2022-01-05",
        "January 5, 2022                 | 2022-01-05",
        "Jan 5, 2022                     | 2022-01-05",
        "5 January 2022                  | 2022-01-05",
        "Wednesday, January 5, 2022      | 2022-01-05",
        "5 января 2022                   | 2022-01-05",
        "5 января 2022 г.                | 2022-01-05",
        "05 января 2022 года             | 2022-01-05",
        "5 января 2022 г., 10:35         | 2022-01-05",
        "5 ЯНВАРЯ 2022                   | 2022-01-05",
        "5 січня 2022                    | 2022-01-05",
        "5 січня 2022 р.                 | 2022-01-05",
        "29 лютого 2024                  | 2024-02-29",
        "1 травня 2022                   | 2022-05-01",
        "11 листопада 2021               | 2021-11-11",
        "1 мая 2022                      | 2022-05-01",
        "  2022-01-05  \t                | 2022-01-05",
      })
  void acceptsEveryDocumentedFormat(String value, String expected) {
    assertThat(dates.parse(value, ZoneOffset.UTC)).contains(LocalDate.parse(expected));
  }

  @Test
  void monthNamesIgnoreCaseWithoutTheTurkishDotlessI() {
    // Under tr_TR, "APRIL".toLowerCase() is "aprıl": the parser must lower-case with Locale.ROOT.
    assertThat(dates.parse("5 APRIL 2022", ZoneOffset.UTC)).contains(LocalDate.of(2022, 4, 5));
    assertThat(dates.parse("DECEMBER 31, 2021", ZoneOffset.UTC))
        .contains(LocalDate.of(2021, 12, 31));
  }

  @Test
  void anInstantIsTheDayInTheSourcesZoneAcrossMidnight() {
    // Almaty was UTC+6 in 2022: 20:30 UTC on the 5th is 02:30 on the 6th there.
    assertThat(dates.parse("2022-01-05T20:30:00Z", ALMATY)).contains(LocalDate.of(2022, 1, 6));
    assertThat(dates.parse("2022-01-05T17:59:59Z", ALMATY)).contains(LocalDate.of(2022, 1, 5));
    assertThat(dates.parse("2022-01-05T18:00:00Z", ALMATY)).contains(LocalDate.of(2022, 1, 6));
    // New York (UTC-5 in January): 03:00 GMT on the 9th is 22:00 on the 8th.
    assertThat(dates.parse("Sun, 09 Jan 2022 03:00:00 GMT", NEW_YORK))
        .contains(LocalDate.of(2022, 1, 8));
    assertThat(dates.parse("2022-01-06T01:00:00+06:00", NEW_YORK))
        .contains(LocalDate.of(2022, 1, 5));
    assertThat(dates.parse("2022-01-05T20:30:00Z[Europe/Moscow]", ALMATY))
        .contains(LocalDate.of(2022, 1, 6));
  }

  @Test
  void aLocalDateTimeIsTakenAsTheSourcesOwnTime() {
    assertThat(dates.parse("2022-01-05T23:30:00", ALMATY)).contains(LocalDate.of(2022, 1, 5));
    assertThat(dates.parse("05.01.2022 23:30", NEW_YORK)).contains(LocalDate.of(2022, 1, 5));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "31.02.2022",
        "2022-02-30",
        "2022-02-29T10:00:00Z",
        "29.02.2023",
        "31 июня 2022",
        "February 30, 2022",
        "Thu, 05 Jan 2022 10:00:00 GMT",
        "2022-13-01",
        "05.01.2022 25:00",
      })
  void rejectsWhatIsNoCalendarDate(String value) {
    assertThat(dates.parse(value, ZoneOffset.UTC)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "yesterday",
        "1641340800",
        "01/05/2022",
        "2022/01/05",
        "5 Januar 2022",
        "5 январь 2022",
        "2022-01-05T10:00:00 UTC+6",
        "05.01.22",
        "Jan 2022",
      })
  void rejectsUnknownFormats(String value) {
    assertThat(dates.parse(value, ZoneOffset.UTC)).isEmpty();
  }

  @Test
  void monthFirstSlashesOnlyWhenDeclared() {
    DateParser us = DateParser.standard().withMonthFirstSlashes();
    assertThat(dates.parse("01/05/2022", ZoneOffset.UTC)).isEmpty();
    assertThat(us.parse("01/05/2022", ZoneOffset.UTC)).contains(LocalDate.of(2022, 1, 5));
    assertThat(us.parse("1/5/22", ZoneOffset.UTC)).contains(LocalDate.of(2022, 1, 5));
    assertThat(us.parse("12/31/2021 23:00", ZoneOffset.UTC)).contains(LocalDate.of(2021, 12, 31));
    assertThat(us.parse("13/01/2022", ZoneOffset.UTC)).isEmpty();
    assertThat(us.parse("02/30/2022", ZoneOffset.UTC)).isEmpty();
    // The other formats still work.
    assertThat(us.parse("05.01.2022", ZoneOffset.UTC)).contains(LocalDate.of(2022, 1, 5));
    assertThat(us.acceptedFormats()).endsWith(", MM/dd/yyyy, MM/dd/yy");
    assertThat(dates.acceptedFormats()).doesNotContain("MM/dd");
  }

  @Test
  void plausibleMeansFrom1990ToTomorrow() {
    LocalDate today = LocalDate.of(2022, 2, 1);
    assertThat(DateParser.plausible(LocalDate.of(1990, 1, 1), today)).isTrue();
    assertThat(DateParser.plausible(LocalDate.of(1989, 12, 31), today)).isFalse();
    assertThat(DateParser.plausible(LocalDate.of(2022, 2, 2), today)).isTrue();
    assertThat(DateParser.plausible(LocalDate.of(2022, 2, 3), today)).isFalse();
    assertThat(DateParser.plausible(LocalDate.of(2022, 1, 5), today)).isTrue();
  }
}
