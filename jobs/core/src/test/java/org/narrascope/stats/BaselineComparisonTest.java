package org.narrascope.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BaselineComparisonTest {
  private static final double Z95 = 1.959963984540054;

  @Test
  void ordinaryRow() {
    BaselineComparison row = BaselineComparison.of(10, 100, 5, 100);
    assertThat(row.ratePer1k().getAsDouble()).isEqualTo(100.0);
    assertThat(row.baselineRatePer1k().getAsDouble()).isEqualTo(50.0);
    assertThat(row.rateRatio().getAsDouble()).isCloseTo(2.0, within(1e-15));
    assertThat(row.ciLow().getAsDouble())
        .isCloseTo(2 * Math.exp(-Z95 * Math.sqrt(0.28)), within(1e-14));
    assertThat(row.ciHigh().getAsDouble())
        .isCloseTo(2 * Math.exp(Z95 * Math.sqrt(0.28)), within(1e-14));
    // Fisher on [[10,90],[5,95]], exact rational: 20840302139 / 73702149639.
    assertThat(row.pValue().getAsDouble()).isCloseTo(20840302139.0 / 73702149639.0, within(1e-14));
    assertThat(row.note()).isEmpty();
  }

  @Test
  void noDocumentsLeavesEverythingButCountsAndTheBaselineRateEmpty() {
    BaselineComparison row = BaselineComparison.of(0, 0, 5, 100);
    assertThat(row.note()).isEqualTo("no_documents");
    assertThat(row.ratePer1k()).isEmpty();
    assertThat(row.baselineRatePer1k().getAsDouble()).isEqualTo(50.0);
    assertThat(row.rateRatio()).isEmpty();
    assertThat(row.ciLow()).isEmpty();
    assertThat(row.ciHigh()).isEmpty();
    assertThat(row.pValue()).isEmpty();
    assertThat(row.docsWithFrame()).isZero();
    assertThat(row.baselineDocsWithFrame()).isEqualTo(5);
    assertThat(row.baselineDocs()).isEqualTo(100);
  }

  @Test
  void noBaselineDocuments() {
    BaselineComparison row = BaselineComparison.of(3, 10, 0, 0);
    assertThat(row.note()).isEqualTo("no_baseline_documents");
    assertThat(row.ratePer1k().getAsDouble()).isEqualTo(300.0);
    assertThat(row.baselineRatePer1k()).isEmpty();
    assertThat(row.rateRatio()).isEmpty();
    assertThat(row.ciLow()).isEmpty();
    assertThat(row.ciHigh()).isEmpty();
    assertThat(row.pValue()).isEmpty();
  }

  @Test
  void noDocumentsOnEitherSide() {
    BaselineComparison row = BaselineComparison.of(0, 0, 0, 0);
    assertThat(row.note()).isEqualTo("no_documents;no_baseline_documents");
    assertThat(row.ratePer1k()).isEmpty();
    assertThat(row.baselineRatePer1k()).isEmpty();
    assertThat(row.pValue()).isEmpty();
  }

  @Test
  void bothZeroHasNoRatioAndPOne() {
    BaselineComparison row = BaselineComparison.of(0, 40, 0, 60);
    assertThat(row.note()).isEqualTo("both_zero");
    assertThat(row.ratePer1k().getAsDouble()).isZero();
    assertThat(row.baselineRatePer1k().getAsDouble()).isZero();
    assertThat(row.rateRatio()).isEmpty();
    assertThat(row.ciLow()).isEmpty();
    assertThat(row.ciHigh()).isEmpty();
    assertThat(row.pValue().getAsDouble()).isEqualTo(1.0);
  }

  @Test
  void zeroInTheBaselineIsCorrected() {
    BaselineComparison row = BaselineComparison.of(3, 40, 0, 60);
    assertThat(row.note()).isEqualTo("zero_cell_corrected");
    // Rates stay uncorrected.
    assertThat(row.ratePer1k().getAsDouble()).isEqualTo(75.0);
    assertThat(row.baselineRatePer1k().getAsDouble()).isZero();
    // Corrected: a' = 3.5 of 41, c' = 0.5 of 61.
    double estimate = (3.5 / 41) / (0.5 / 61);
    double se = Math.sqrt(1 / 3.5 - 1.0 / 41 + 1 / 0.5 - 1.0 / 61);
    assertThat(row.rateRatio().getAsDouble()).isCloseTo(estimate, within(1e-12));
    assertThat(row.ciLow().getAsDouble()).isCloseTo(estimate * Math.exp(-Z95 * se), within(1e-12));
    assertThat(row.ciHigh().getAsDouble()).isCloseTo(estimate * Math.exp(Z95 * se), within(1e-10));
    // Fisher, uncorrected: r1 = 40, r2 = 60, c1 = 3, C(100,3) = 161700; C(40,x) C(60,3-x) for
    // x = 0..3 is 34220, 70800, 46800, 9880; only the observed x = 3 is as unlikely:
    // p = 9880 / 161700 = 494 / 8085.
    assertThat(row.pValue().getAsDouble()).isCloseTo(494.0 / 8085, within(1e-15));
  }

  @Test
  void zeroInTheSourceAndFullRowsAreCorrected() {
    BaselineComparison absent = BaselineComparison.of(0, 50, 4, 100);
    assertThat(absent.note()).isEqualTo("zero_cell_corrected");
    assertThat(absent.rateRatio().getAsDouble()).isCloseTo((0.5 / 51) / (4.5 / 101), within(1e-15));
    assertThat(absent.pValue().getAsDouble()).isCloseTo(1663.0 / 5513, within(1e-15));

    BaselineComparison everyDocument = BaselineComparison.of(5, 5, 2, 10);
    assertThat(everyDocument.note()).isEqualTo("zero_cell_corrected");
    assertThat(everyDocument.ratePer1k().getAsDouble()).isEqualTo(1000.0);
    assertThat(everyDocument.rateRatio().getAsDouble())
        .isCloseTo((5.5 / 6) / (2.5 / 11), within(1e-15));
    assertThat(everyDocument.pValue().getAsDouble()).isCloseTo(1.0 / 143, within(1e-16));
  }

  @Test
  void neverNanOrInfiniteOnAnySmallTable() {
    Set<String> notes =
        Set.of(
            "",
            "no_documents",
            "no_baseline_documents",
            "no_documents;no_baseline_documents",
            "both_zero",
            "zero_cell_corrected");
    int rows = 0;
    for (int n1 = 0; n1 <= 7; n1++) {
      for (int a = 0; a <= n1; a++) {
        for (int n2 = 0; n2 <= 7; n2++) {
          for (int c = 0; c <= n2; c++) {
            BaselineComparison row = BaselineComparison.of(a, n1, c, n2);
            rows++;
            for (OptionalDouble value :
                List.of(
                    row.ratePer1k(),
                    row.baselineRatePer1k(),
                    row.rateRatio(),
                    row.ciLow(),
                    row.ciHigh(),
                    row.pValue())) {
              value.ifPresent(v -> assertThat(v).as(row.toString()).isFinite().isNotNaN());
            }
            assertThat(notes).contains(row.note());
            row.pValue().ifPresent(p -> assertThat(p).isBetween(0.0, 1.0));
            if (row.rateRatio().isPresent()) {
              assertThat(row.ciLow().getAsDouble())
                  .isPositive()
                  .isLessThanOrEqualTo(row.rateRatio().getAsDouble());
              assertThat(row.ciHigh().getAsDouble())
                  .isGreaterThanOrEqualTo(row.rateRatio().getAsDouble());
            }
          }
        }
      }
    }
    assertThat(rows).isEqualTo(36 * 36);
  }

  @Test
  void qValuesLeaveRowsWithoutAPValueOutOfTheFamily() {
    List<BaselineComparison> table = new ArrayList<>();
    table.add(BaselineComparison.of(3, 40, 0, 60)); // p = 494/8085
    table.add(BaselineComparison.of(0, 0, 5, 100)); // no p
    table.add(BaselineComparison.of(0, 40, 0, 60)); // p = 1
    table.add(BaselineComparison.of(5, 5, 2, 10)); // p = 1/143
    // Family of m = 3: sorted 1/143 (rank 1), 494/8085 (2), 1 (3);
    // q = min(3/143, 3*494/8085/2) = 3/143, 3*494/(2*8085), 1.
    List<OptionalDouble> q = BaselineComparison.qValues(table);
    assertThat(q.get(0).getAsDouble()).isCloseTo(3 * 494.0 / (2 * 8085), within(1e-15));
    assertThat(q.get(1)).isEmpty();
    assertThat(q.get(2).getAsDouble()).isEqualTo(1.0);
    assertThat(q.get(3).getAsDouble()).isCloseTo(3.0 / 143, within(1e-15));
  }

  @Test
  void rejectsImpossibleCountsAndNonFiniteValues() {
    assertThatThrownBy(() -> BaselineComparison.of(11, 10, 0, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("11/10");
    assertThatThrownBy(() -> BaselineComparison.of(1, 10, -1, 5))
        .isInstanceOf(IllegalArgumentException.class);
    OptionalDouble nan = OptionalDouble.of(Double.NaN);
    OptionalDouble none = OptionalDouble.empty();
    assertThatThrownBy(
            () -> new BaselineComparison(1, 2, 3, 4, none, none, nan, none, none, none, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
