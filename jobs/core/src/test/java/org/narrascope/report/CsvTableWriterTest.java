package org.narrascope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.narrascope.NarrascopeException;

class CsvTableWriterTest {
  private static final TableSchema SMALL =
      new TableSchema(
          "small.csv",
          "Small",
          "A table of every type.",
          "name",
          List.of(
              new Column("name", ColumnType.STRING, "", "a name", ""),
              new Column("n", ColumnType.INTEGER, "documents", "a count", ""),
              new Column("x", ColumnType.DECIMAL, "", "a number", ""),
              new Column("day", ColumnType.DATE, "", "a day", ""),
              new Column("ok", ColumnType.BOOLEAN, "", "a flag", "")));

  private static String written(TableSchema schema, List<?>... rows) {
    StringWriter out = new StringWriter();
    try (CsvTableWriter writer = CsvTableWriter.open(schema, out)) {
      for (List<?> row : rows) {
        writer.write(row);
      }
    }
    return out.toString();
  }

  @Test
  void writesTheExactBytesOfASmallTable() {
    String csv =
        written(
            SMALL,
            List.of("plain", 3, 1.0 / 3, LocalDate.of(2022, 1, 5), true),
            List.of(
                "a, b", 12_345_678_901L, OptionalDouble.empty(), LocalDate.of(2022, 1, 6), false),
            List.of(
                "say \"Maidan\"",
                OptionalLong.empty(),
                new BigDecimal("2.50"),
                LocalDate.of(2021, 12, 31),
                false),
            List.of("line\nbreak", Integer.valueOf(-1), -0.0, LocalDate.of(2022, 2, 1), true),
            List.of("", 0, 1e20, LocalDate.of(2022, 1, 1), true));
    assertThat(csv)
        .isEqualTo(
            "name,n,x,day,ok\r\n"
                + "plain,3,0.333333,2022-01-05,true\r\n"
                + "\"a, b\",12345678901,,2022-01-06,false\r\n"
                + "\"say \"\"Maidan\"\"\",,2.5,2021-12-31,false\r\n"
                + "\"line\nbreak\",-1,0,2022-02-01,true\r\n"
                + "\"\",0,1E20,2022-01-01,true\r\n");
  }

  @Test
  void quotedFieldsReadBackAsTheSameValues() throws IOException {
    List<String> names =
        List.of("a, b", "say \"Maidan\"", "line\r\nbreak", "«цветная революция»", " lead");
    String csv =
        written(
            SMALL,
            names.stream()
                .map(n -> List.of(n, 1, 1.0, LocalDate.of(2022, 1, 5), true))
                .toArray(List<?>[]::new));
    List<CSVRecord> records =
        CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
    assertThat(records).extracting(r -> r.get("name")).containsExactlyElementsOf(names);
    assertThat(records).hasSize(5);
    // The CRLF inside "line\r\nbreak" is data, inside quotes, not a record end.
    assertThat(csv).contains("\"line\r\nbreak\",1,1,2022-01-05,true\r\n");
  }

  @Test
  void everyRecordEndsInCrlf() {
    String csv = written(SMALL, List.of("x", 1, 0.5, LocalDate.of(2022, 1, 5), true));
    assertThat(csv).isEqualTo("name,n,x,day,ok\r\nx,1,0.5,2022-01-05,true\r\n");
    assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void theHeaderOfEveryTableIsItsColumnNames() {
    for (TableSchema table : Tables.all()) {
      String csv = written(table);
      assertThat(csv).isEqualTo(String.join(",", table.header()) + "\r\n");
    }
  }

  @Test
  void aRowOfTheWrongLengthNamesTheTableAndTheColumns() {
    StringWriter out = new StringWriter();
    try (CsvTableWriter writer = CsvTableWriter.open(SMALL, out)) {
      assertThatThrownBy(() -> writer.write(List.of("x", 1)))
          .isInstanceOf(NarrascopeException.class)
          .hasMessage(
              "table small.csv, row 1: expected 5 cells [name, n, x, day, ok], got 2: [x, 1]");
      assertThat(writer.rowsWritten()).isZero();
    }
    assertThat(out.toString()).isEqualTo("name,n,x,day,ok\r\n");
  }

  @Test
  void aCellOfTheWrongTypeNamesTableRowColumnAndValue() {
    try (CsvTableWriter writer = CsvTableWriter.open(SMALL, new StringWriter())) {
      writer.write(List.of("x", 1, 0.5, LocalDate.of(2022, 1, 5), true));
      assertThatThrownBy(() -> writer.write(List.of("x", "7", 0.5, LocalDate.of(2022, 1, 5), true)))
          .isInstanceOf(NarrascopeException.class)
          .hasMessage(
              "table small.csv, row 2, column 'n' (INTEGER): expected Integer, Long, OptionalInt"
                  + " or OptionalLong, got String '7'");
      assertThatThrownBy(() -> writer.write(List.of("x", 1, 0.5f, LocalDate.of(2022, 1, 5), true)))
          .hasMessage(
              "table small.csv, row 2, column 'x' (DECIMAL): expected Double, OptionalDouble or"
                  + " BigDecimal, got Float '0.5'");
      assertThatThrownBy(() -> writer.write(List.of("x", 1, 0.5, "2022-01-05", true)))
          .hasMessage(
              "table small.csv, row 2, column 'day' (DATE): expected LocalDate, got String"
                  + " '2022-01-05'");
      assertThatThrownBy(() -> writer.write(List.of("x", 1, 0.5, LocalDate.of(2022, 1, 5), "true")))
          .hasMessage(
              "table small.csv, row 2, column 'ok' (BOOLEAN): expected Boolean, got String 'true'");
      assertThatThrownBy(() -> writer.write(List.of(7, 1, 0.5, LocalDate.of(2022, 1, 5), true)))
          .hasMessage(
              "table small.csv, row 2, column 'name' (STRING): expected String, got Integer '7'");
      assertThatThrownBy(
              () -> writer.write(Arrays.asList(null, 1, 0.5, LocalDate.of(2022, 1, 5), true)))
          .hasMessage("table small.csv, row 2, column 'name' (STRING): expected String, got null");
      assertThat(writer.rowsWritten()).isEqualTo(1);
    }
  }

  @Test
  void nanAndInfinityAreRejectedAndNeverWritten() {
    StringWriter out = new StringWriter();
    try (CsvTableWriter writer = CsvTableWriter.open(SMALL, out)) {
      for (double bad :
          new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
        assertThatThrownBy(() -> writer.write(List.of("x", 1, bad, LocalDate.of(2022, 1, 5), true)))
            .isInstanceOf(NarrascopeException.class)
            .hasMessageStartingWith(
                "table small.csv, row 1, column 'x' (DECIMAL): expected a finite number, got "
                    + bad);
        assertThatThrownBy(
                () ->
                    writer.write(
                        List.of("x", 1, OptionalDouble.of(bad), LocalDate.of(2022, 1, 5), true)))
            .isInstanceOf(NarrascopeException.class);
        assertThatThrownBy(() -> CsvTableWriter.formatDecimal(bad))
            .isInstanceOf(NarrascopeException.class);
      }
      assertThat(writer.rowsWritten()).isZero();
    }
    assertThat(out.toString()).isEqualTo("name,n,x,day,ok\r\n");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0.0, 0",
    "-0.0, 0",
    "1.0, 1",
    "0.5, 0.5",
    "0.3333333333333333, 0.333333",
    "0.6666666666666666, 0.666667",
    "6.666666666666667E-8, 6.66667E-8",
    "123456789.123, 123456789",
    "123456.789, 123457",
    "1.0E20, 1E20",
    "-1.23456789E-12, -1.23457E-12",
    "1.0E-4, 0.0001",
    "9.99999999E-5, 0.0001",
    "9.9999E-5, 9.9999E-5",
    "999999999999999.4, 999999999999999",
    "999999999999999.9, 1E15",
    "1234567890123456.0, 1.23457E15",
    "2.5, 2.5",
    "1000.0, 1000",
    "0.1, 0.1",
    "1.0000005, 1",
    "-42.125, -42.125",
    "3.14159265, 3.14159",
  })
  void formatsDecimalsByOneRule(double value, String expected) {
    assertThat(CsvTableWriter.formatDecimal(value)).isEqualTo(expected);
  }

  @Test
  void decimalCasesOfTheBriefComputedInJava() {
    assertThat(CsvTableWriter.formatDecimal(1.0 / 3)).isEqualTo("0.333333");
    assertThat(CsvTableWriter.formatDecimal(2.0 / 3 * 1e-7)).isEqualTo("6.66667E-8");
    assertThat(CsvTableWriter.formatDecimal(-0.0)).isEqualTo("0");
    assertThat(CsvTableWriter.formatDecimal(1e20)).isEqualTo("1E20");
  }

  @Test
  void decimalFormattingIgnoresTheDefaultLocale() {
    // Surefire runs in tr_TR, whose decimal separator is ','; String.format would write "0,5".
    assertThat(CsvTableWriter.formatDecimal(1234.5)).isEqualTo("1234.5");
  }

  @Test
  void thePathOverloadCreatesDirectoriesAndWritesUtf8(@TempDir Path dir) throws IOException {
    Path file = Tables.QUARANTINE.pathIn(dir);
    try (CsvTableWriter writer = CsvTableWriter.open(Tables.QUARANTINE, file)) {
      writer.write(
          List.of("corpus/kz.jsonl", 7, "missing_field", "no 'date'", "{\"title\":\"Қаңтар\"}"));
      assertThat(writer.rowsWritten()).isEqualTo(1);
    }
    assertThat(file).isEqualTo(dir.resolve("quarantine").resolve("quarantine.csv"));
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(
            "file,line,reason,detail,raw\r\n"
                + "corpus/kz.jsonl,7,missing_field,no 'date',\"{\"\"title\"\":\"\"Қаңтар\"\"}\"\r\n");
  }
}
