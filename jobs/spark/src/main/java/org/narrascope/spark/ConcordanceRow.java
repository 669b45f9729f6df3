package org.narrascope.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.narrascope.frames.Mention;
import org.narrascope.index.IndexedDocument;

/** One line of {@code concordance.csv}, as it travels from the shards to the driver. */
record ConcordanceRow(
    String frame,
    String docId,
    String source,
    String date,
    String lang,
    String field,
    int start,
    int end,
    boolean quoted,
    String stance,
    String speaker,
    String left,
    String match,
    String right,
    boolean counted)
    implements Serializable {
  private static final long serialVersionUID = 2L;

  static ConcordanceRow of(IndexedDocument d, Mention m) {
    return new ConcordanceRow(
        m.frame(),
        d.id(),
        d.source(),
        d.date().toString(),
        d.lang(),
        m.field(),
        m.start(),
        m.end(),
        m.quoted(),
        m.stance().code(),
        m.speaker(),
        m.left(),
        m.match(),
        m.right(),
        d.counted());
  }

  /** The table's sort key (frame, doc_id, field, start) as one string that sorts the same way. */
  String sortKey() {
    return String.format(Locale.ROOT, "%s\u0000%s\u0000%s\u0000%010d", frame, docId, field, start);
  }

  List<Object> cells() {
    return List.of(
        frame,
        docId,
        source,
        java.time.LocalDate.parse(date),
        lang,
        field,
        (long) start,
        (long) end,
        quoted,
        stance,
        speaker,
        left,
        match,
        right,
        counted);
  }
}
