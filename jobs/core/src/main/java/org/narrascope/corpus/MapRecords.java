package org.narrascope.corpus;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * Records that arrive as rows of named values (a Parquet file, a table from a data lake): each row
 * goes through the same checks, with the same reasons, as a JSON Lines or CSV record. The "line" of
 * a row is its 1-based position in the file.
 */
public final class MapRecords implements Iterator<RecordOutcome>, AutoCloseable {
  private final Iterator<Map<String, String>> rows;
  private final DocumentAssembler assembler;
  private final FieldMapping mapping;
  private final AutoCloseable source;
  private long row;

  private MapRecords(
      Iterator<Map<String, String>> rows,
      DocumentAssembler assembler,
      FieldMapping mapping,
      AutoCloseable source) {
    this.rows = rows;
    this.assembler = assembler;
    this.mapping = mapping;
    this.source = source;
  }

  /**
   * @param rows the rows, column name to value (null or absent when missing)
   * @param source closed with this reader (the file the rows come from)
   */
  public static MapRecords open(
      Iterator<Map<String, String>> rows,
      AutoCloseable source,
      String file,
      SourceRegistry registry,
      FieldMapping mapping,
      DateParser dates) {
    return new MapRecords(
        rows, new DocumentAssembler(file, registry, mapping, dates), mapping, source);
  }

  @Override
  public boolean hasNext() {
    return rows.hasNext();
  }

  @Override
  public RecordOutcome next() {
    if (!rows.hasNext()) {
      throw new NoSuchElementException();
    }
    Map<String, String> values = rows.next();
    row++;
    return assembler.assemble(
        ours -> values.get(mapping.theirs(ours)),
        row,
        () ->
            values.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "{", "}")));
  }

  @Override
  public void close() throws Exception {
    source.close();
  }
}
