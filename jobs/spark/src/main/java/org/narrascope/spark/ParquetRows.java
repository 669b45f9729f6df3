package org.narrascope.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.Type;

/**
 * The rows of a Parquet file as column name → text, streamed a row at a time. Strings and numbers
 * come as written; a DATE column as {@code yyyy-MM-dd}; a TIMESTAMP column as an ISO instant, so
 * the date parser converts it to the source's day like any date-time.
 */
final class ParquetRows implements Iterator<Map<String, String>>, AutoCloseable {
  private final ParquetReader<Group> reader;
  private Group next;

  private ParquetRows(ParquetReader<Group> reader) {
    this.reader = reader;
    advance();
  }

  static ParquetRows open(Path path, Configuration conf) {
    try {
      return new ParquetRows(
          ParquetReader.builder(new GroupReadSupport(), path).withConf(conf).build());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open Parquet file " + path, e);
    }
  }

  private void advance() {
    try {
      next = reader.read();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Parquet row", e);
    }
  }

  @Override
  public boolean hasNext() {
    return next != null;
  }

  @Override
  public Map<String, String> next() {
    if (next == null) {
      throw new NoSuchElementException();
    }
    Group g = next;
    advance();
    Map<String, String> row = new HashMap<>();
    for (int i = 0; i < g.getType().getFieldCount(); i++) {
      Type field = g.getType().getType(i);
      if (!field.isPrimitive() || g.getFieldRepetitionCount(i) == 0) {
        continue;
      }
      row.put(field.getName(), text(g, i, field.getLogicalTypeAnnotation()));
    }
    return row;
  }

  private static String text(Group g, int i, LogicalTypeAnnotation logical) {
    if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
      return LocalDate.ofEpochDay(g.getInteger(i, 0)).toString();
    }
    if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation ts) {
      long v = g.getLong(i, 0);
      Instant at =
          switch (ts.getUnit()) {
            case MILLIS -> Instant.ofEpochMilli(v);
            case MICROS -> Instant.ofEpochSecond(v / 1_000_000, (v % 1_000_000) * 1_000);
            case NANOS -> Instant.ofEpochSecond(v / 1_000_000_000, v % 1_000_000_000);
          };
      return at.toString();
    }
    return g.getValueToString(i, 0);
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close Parquet file", e);
    }
  }
}
