package org.narrascope.spark;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV with a header into rows of column → value, for assertions. */
final class CsvFiles {
  private CsvFiles() {}

  static List<Map<String, String>> read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord r : csv) {
        rows.add(r.toMap());
      }
      return rows;
    }
  }

  static List<String> header(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
      return csv.getHeaderNames();
    }
  }
}
