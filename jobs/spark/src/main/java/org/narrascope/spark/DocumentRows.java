package org.narrascope.spark;

import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.narrascope.corpus.Document;

/** The ingested documents as a Spark table: the boundary between core records and Spark rows. */
final class DocumentRows {
  static final StructType SCHEMA =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("source", DataTypes.StringType, false)
          .add("date", DataTypes.StringType, false)
          .add("lang", DataTypes.StringType, false)
          .add("title", DataTypes.StringType, false)
          .add("text", DataTypes.StringType, false)
          .add("url", DataTypes.StringType, false)
          .add("duplicate_of", DataTypes.StringType, false)
          .add("counted", DataTypes.BooleanType, false);

  private DocumentRows() {}

  static Row toRow(Document d, String duplicateOf, boolean counted) {
    return RowFactory.create(
        d.id(),
        d.source(),
        d.date().toString(),
        d.lang(),
        d.title(),
        d.text(),
        d.url(),
        duplicateOf,
        counted);
  }

  static Document fromRow(Row r) {
    return new Document(
        r.getString(0),
        r.getString(1),
        LocalDate.parse(r.getString(2)),
        r.getString(3),
        r.getString(4),
        r.getString(5),
        r.getString(6));
  }
}
