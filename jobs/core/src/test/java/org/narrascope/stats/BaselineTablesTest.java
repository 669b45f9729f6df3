package org.narrascope.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.narrascope.frames.FrameCountRow;

class BaselineTablesTest {
  // Two experts (the baseline) and one state outlet, over two days. The experts mostly name the
  // frame to dispute it (distanced); the state outlet mostly endorses it.
  private final List<FrameCountRow> counts =
      List.of(
          new FrameCountRow(
              "f", "expert_a", "2022-01-05", 10, 1, 1, 0, 100, 10, 1, 1, 0, 100, 0, 0, 0, 1),
          new FrameCountRow(
              "f", "expert_a", "2022-01-06", 10, 1, 2, 0, 100, 10, 1, 2, 0, 100, 1, 0, 1, 1),
          new FrameCountRow(
              "f", "expert_b", "2022-01-05", 20, 2, 2, 1, 200, 20, 2, 2, 1, 200, 0, 0, 0, 2),
          new FrameCountRow(
              "f", "state", "2022-01-05", 30, 9, 9, 0, 300, 30, 9, 9, 0, 300, 9, 9, 0, 0),
          new FrameCountRow(
              "f", "state", "2022-01-06", 10, 5, 5, 0, 100, 10, 5, 5, 0, 100, 4, 4, 0, 1));

  @Test
  void wholeSpanPoolsTheBaselineAndLeavesABaselineSourceOut() {
    List<BaselineRow> rows =
        BaselineTables.wholeSpan(counts, Set.of("expert_a", "expert_b")::contains);
    assertThat(rows)
        .extracting(BaselineRow::source)
        .containsExactly("expert_a", "expert_b", "state");
    BaselineRow state = rows.get(2);
    // state: 14 of 40 documents; baseline: (1+1+2) of (10+10+20) = 4 of 40.
    assertThat(state.comparison().docsWithFrame()).isEqualTo(14);
    assertThat(state.comparison().docs()).isEqualTo(40);
    assertThat(state.comparison().baselineDocsWithFrame()).isEqualTo(4);
    assertThat(state.comparison().baselineDocs()).isEqualTo(40);
    assertThat(state.comparison().rateRatio().getAsDouble()).isCloseTo(3.5, within(1e-12));
    assertThat(state.note()).isEmpty();
    // expert_a against expert_b alone: 2 of 20 against 2 of 20.
    BaselineRow a = rows.get(0);
    assertThat(a.comparison().baselineDocsWithFrame()).isEqualTo(2);
    assertThat(a.comparison().baselineDocs()).isEqualTo(20);
    assertThat(a.comparison().rateRatio().getAsDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(a.note()).isEqualTo(BaselineTables.LEAVE_ONE_OUT);
  }

  @Test
  void undistancedComparisonCountsOnlyDocumentsThatUseOrRelayTheFrame() {
    List<BaselineRow> rows =
        BaselineTables.wholeSpan(counts, Set.of("expert_a", "expert_b")::contains);
    BaselineRow state = rows.get(2);
    // state: 13 of 40 documents with an undistanced mention; baseline: 1 of 40.
    assertThat(state.undistanced().docsWithFrame()).isEqualTo(13);
    assertThat(state.undistanced().docs()).isEqualTo(40);
    assertThat(state.undistanced().baselineDocsWithFrame()).isEqualTo(1);
    assertThat(state.undistanced().baselineDocs()).isEqualTo(40);
    assertThat(state.undistanced().rateRatio().getAsDouble()).isCloseTo(13.0, within(1e-12));
    assertThat(state.undistancedNote()).isEmpty();
    // expert_a (1 of 20) against expert_b alone (0 of 20): a zero cell, so 0.5 is added to each
    // cell: (1.5 / 21) / (0.5 / 21) = 3.
    BaselineRow a = rows.get(0);
    assertThat(a.undistanced().docsWithFrame()).isEqualTo(1);
    assertThat(a.undistanced().baselineDocsWithFrame()).isZero();
    assertThat(a.undistanced().rateRatio().getAsDouble()).isCloseTo(3.0, within(1e-12));
    assertThat(a.undistancedNote())
        .isEqualTo(BaselineComparison.ZERO_CELL_CORRECTED + ";" + BaselineTables.LEAVE_ONE_OUT);
    // The cells of the table: 14 all-mentions columns, then 10 undistanced ones.
    List<Object> cells = state.cells(false);
    assertThat(cells).hasSize(24);
    assertThat(cells.subList(14, 18))
        .containsExactly(
            13L, java.util.OptionalDouble.of(325.0), 1L, java.util.OptionalDouble.of(25.0));
  }

  @Test
  void undistancedQValuesAreAFamilyOfTheirOwn() {
    List<BaselineRow> rows =
        BaselineTables.wholeSpan(counts, Set.of("expert_a", "expert_b")::contains);
    double[] p = rows.stream().mapToDouble(r -> r.undistanced().pValue().getAsDouble()).toArray();
    double[] q = BenjaminiHochberg.qValues(p);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).undistancedQValue().getAsDouble()).isEqualTo(q[i]);
    }
  }

  @Test
  void qValuesAreBenjaminiHochbergAcrossTheWholeTable() {
    List<BaselineRow> rows =
        BaselineTables.wholeSpan(counts, Set.of("expert_a", "expert_b")::contains);
    double[] p = rows.stream().mapToDouble(r -> r.comparison().pValue().getAsDouble()).toArray();
    double[] q = BenjaminiHochberg.qValues(p);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).qValue().getAsDouble()).isEqualTo(q[i]);
    }
  }

  @Test
  void byPeriodComparesWithinEachPeriodAndNotesAMissingBaseline() {
    List<BaselineRow> rows =
        BaselineTables.byPeriod(counts, Set.of("expert_a", "expert_b")::contains);
    assertThat(rows)
        .extracting(BaselineRow::source, BaselineRow::period)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("expert_a", "2022-01-05"),
            org.assertj.core.groups.Tuple.tuple("expert_a", "2022-01-06"),
            org.assertj.core.groups.Tuple.tuple("expert_b", "2022-01-05"),
            org.assertj.core.groups.Tuple.tuple("state", "2022-01-05"),
            org.assertj.core.groups.Tuple.tuple("state", "2022-01-06"));
    // On 2022-01-06 expert_a is the only baseline source: left out, nothing remains.
    BaselineRow lonely = rows.get(1);
    assertThat(lonely.comparison().baselineDocs()).isZero();
    assertThat(lonely.note()).isEqualTo("no_baseline_documents;" + BaselineTables.LEAVE_ONE_OUT);
    assertThat(lonely.comparison().pValue()).isEmpty();
    assertThat(lonely.qValue()).isEmpty();
    // state on 2022-01-06: 5 of 10 against expert_a's 1 of 10.
    BaselineRow state6 = rows.get(4);
    assertThat(state6.comparison().rateRatio().getAsDouble()).isCloseTo(5.0, within(1e-12));
  }
}
