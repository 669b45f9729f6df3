package org.narrascope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrascope.NarrascopeException;

class TablesTest {
  @Test
  void frameCountsColumnsAreInTheAgreedOrder() {
    assertThat(Tables.FRAME_COUNTS.header())
        .containsExactly(
            "frame",
            "source",
            "period",
            "docs",
            "docs_with_frame",
            "mentions",
            "mentions_quoted",
            "tokens",
            "docs_raw",
            "docs_with_frame_raw",
            "mentions_raw",
            "mentions_quoted_raw",
            "tokens_raw",
            "docs_with_frame_undistanced",
            "mentions_endorsed",
            "mentions_reported",
            "mentions_distanced");
  }

  @Test
  void duplicatesColumnsAreInTheAgreedOrder() {
    assertThat(Tables.DUPLICATES.header())
        .containsExactly(
            "canonical_id", "copy_ids", "sources", "size", "uncounted", "min_similarity");
  }

  @Test
  void concordanceColumnsAreInTheAgreedOrder() {
    assertThat(Tables.CONCORDANCE.header())
        .containsExactly(
            "frame", "doc_id", "source", "date", "lang", "field", "start", "end", "quoted",
            "stance", "speaker", "left", "match", "right", "counted");
    assertThat(Tables.CONCORDANCE.columns())
        .extracting(Column::type)
        .containsExactly(
            ColumnType.STRING,
            ColumnType.STRING,
            ColumnType.STRING,
            ColumnType.DATE,
            ColumnType.STRING,
            ColumnType.STRING,
            ColumnType.INTEGER,
            ColumnType.INTEGER,
            ColumnType.BOOLEAN,
            ColumnType.STRING,
            ColumnType.STRING,
            ColumnType.STRING,
            ColumnType.STRING,
            ColumnType.STRING,
            ColumnType.BOOLEAN);
  }

  @Test
  void comparisonTablesDifferOnlyByPeriod() {
    List<String> whole =
        List.of(
            "frame",
            "source",
            "docs_with_frame",
            "docs",
            "rate_per_1k",
            "baseline_docs_with_frame",
            "baseline_docs",
            "baseline_rate_per_1k",
            "rate_ratio",
            "ci_low",
            "ci_high",
            "p_value",
            "q_value",
            "note",
            "docs_with_frame_undistanced",
            "rate_per_1k_undistanced",
            "baseline_docs_with_frame_undistanced",
            "baseline_rate_per_1k_undistanced",
            "rate_ratio_undistanced",
            "ci_low_undistanced",
            "ci_high_undistanced",
            "p_value_undistanced",
            "q_value_undistanced",
            "note_undistanced");
    assertThat(Tables.FRAME_VS_BASELINE.header()).isEqualTo(whole);
    assertThat(Tables.FRAME_VS_BASELINE_BY_PERIOD.header())
        .containsExactly(
            "frame",
            "source",
            "period",
            "docs_with_frame",
            "docs",
            "rate_per_1k",
            "baseline_docs_with_frame",
            "baseline_docs",
            "baseline_rate_per_1k",
            "rate_ratio",
            "ci_low",
            "ci_high",
            "p_value",
            "q_value",
            "note",
            "docs_with_frame_undistanced",
            "rate_per_1k_undistanced",
            "baseline_docs_with_frame_undistanced",
            "baseline_rate_per_1k_undistanced",
            "rate_ratio_undistanced",
            "ci_low_undistanced",
            "ci_high_undistanced",
            "p_value_undistanced",
            "q_value_undistanced",
            "note_undistanced");
    assertThat(Tables.FRAME_VS_BASELINE.columns())
        .filteredOn(c -> c.type() == ColumnType.DECIMAL)
        .extracting(Column::name)
        .containsExactly(
            "rate_per_1k",
            "baseline_rate_per_1k",
            "rate_ratio",
            "ci_low",
            "ci_high",
            "p_value",
            "q_value",
            "rate_per_1k_undistanced",
            "baseline_rate_per_1k_undistanced",
            "rate_ratio_undistanced",
            "ci_low_undistanced",
            "ci_high_undistanced",
            "p_value_undistanced",
            "q_value_undistanced");
  }

  @Test
  void ingestAndQuarantineColumnsAreInTheAgreedOrder() {
    assertThat(Tables.INGEST_REPORT.header())
        .containsExactly(
            "file",
            "records_read",
            "indexed",
            "quarantined",
            "unknown_source",
            "duplicates",
            "language_detected",
            "mojibake_repaired",
            "reason",
            "reason_count");
    assertThat(Tables.QUARANTINE.header())
        .containsExactly("file", "line", "reason", "detail", "raw");
    assertThat(Tables.QUARANTINE.fileName()).isEqualTo("quarantine/quarantine.csv");
  }

  @Test
  void allListsEveryTableOnceInDocumentOrder() {
    assertThat(Tables.all())
        .extracting(TableSchema::fileName)
        .containsExactly(
            "frame_counts.csv",
            "concordance.csv",
            "frame_speakers.csv",
            "frame_vs_baseline.csv",
            "frame_vs_baseline_by_period.csv",
            "duplicates.csv",
            "ingest_report.csv",
            "quarantine/quarantine.csv",
            "phrase_candidates.csv",
            "phrase_clusters.csv");
  }

  @Test
  void everyColumnStatesItsMeaning() {
    for (TableSchema table : Tables.all()) {
      assertThat(table.columns()).allSatisfy(c -> assertThat(c.meaning()).isNotBlank());
      assertThat(table.sortOrder()).isNotBlank();
    }
  }

  @Test
  void aSchemaRejectsDuplicateAndMalformedColumnNames() {
    Column a = new Column("a", ColumnType.STRING, "", "a", "");
    assertThatThrownBy(() -> new TableSchema("t.csv", "T", "d", "a", List.of(a, a)))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage("table t.csv: column 'a' is defined twice");
    assertThatThrownBy(() -> new Column("Docs", ColumnType.INTEGER, "", "m", ""))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage("column name 'Docs': expected lower-case snake_case ([a-z][a-z0-9_]*)");
    assertThatThrownBy(() -> new TableSchema("t.txt", "T", "d", "a", List.of(a)))
        .isInstanceOf(NarrascopeException.class);
  }
}
