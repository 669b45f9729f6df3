package org.narrascope.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.narrascope.frames.FrameCountRow;

class BaselineTablesTest {
  // Two experts (the baseline) and one state outlet, over two days.
  private final List<FrameCountRow> counts =
      List.of(
          new FrameCountRow("f", "expert_a", "2022-01-05", 10, 1, 1, 0, 100, 10, 1, 1, 0, 100),
          new FrameCountRow("f", "expert_a", "2022-01-06", 10, 1, 2, 0, 100, 10, 1, 2, 0, 100),
          new FrameCountRow("f", "expert_b", "2022-01-05", 20, 2, 2, 1, 200, 20, 2, 2, 1, 200),
          new FrameCountRow("f", "state", "2022-01-05", 30, 9, 9, 0, 300, 30, 9, 9, 0, 300),
          new FrameCountRow("f", "state", "2022-01-06", 10, 5, 5, 0, 100, 10, 5, 5, 0, 100));

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
