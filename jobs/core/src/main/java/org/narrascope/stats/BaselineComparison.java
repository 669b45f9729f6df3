package org.narrascope.stats;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One row of the comparison of a source (for one frame, optionally one period) with the
 * expert-skeptic baseline: how many of the source's documents mention the frame, against how many
 * of the baseline's pooled documents do.
 *
 * <p>With {@code a = docsWithFrame}, {@code n1 = docs}, {@code c = baselineDocsWithFrame}, {@code
 * n2 = baselineDocs}:
 *
 * <ul>
 *   <li>{@code rate_per_1k = 1000 · a / n1}, {@code baseline_rate_per_1k = 1000 · c / n2} —
 *       documents mentioning the frame per thousand documents, never corrected;
 *   <li>{@code rate_ratio, ci_low, ci_high}: {@link RateRatio#katz(long, long, long, long)}, the
 *       ratio of the two proportions with its 95 % Katz log interval;
 *   <li>{@code p_value}: {@link FisherExactTest#twoSided} on {@code [[a, n1 - a], [c, n2 - c]]},
 *       exact at any count;
 *   <li>{@code q_value} is a property of a whole table, not of a row: {@link #qValues(List)}.
 * </ul>
 *
 * <p>The {@code note} names what was special about the row; it is {@code ""} for an ordinary row.
 * No value is ever NaN or infinite: what is undefined is an empty {@code OptionalDouble} (an empty
 * cell in the CSV), and the note says why.
 *
 * <table>
 *   <caption>Notes</caption>
 *   <tr><th>note</th><th>when</th><th>rates</th><th>rate_ratio, CI</th><th>p_value</th></tr>
 *   <tr><td>{@value #NO_DOCUMENTS}</td><td>{@code n1 = 0}</td><td>rate empty, baseline rate
 *       given</td><td>empty</td><td>empty</td></tr>
 *   <tr><td>{@value #NO_BASELINE_DOCUMENTS}</td><td>{@code n2 = 0}</td><td>rate given, baseline
 *       rate empty</td><td>empty</td><td>empty</td></tr>
 *   <tr><td>{@code no_documents;no_baseline_documents}</td><td>both</td><td>empty</td>
 *       <td>empty</td><td>empty</td></tr>
 *   <tr><td>{@value #BOTH_ZERO}</td><td>{@code a = c = 0}, {@code n1, n2 > 0}</td><td>0 and
 *       0</td><td>empty (0/0)</td><td>1</td></tr>
 *   <tr><td>{@value #ZERO_CELL_CORRECTED}</td><td>exactly one of {@code a, c} is 0, or {@code a =
 *       n1}, or {@code c = n2}</td><td>uncorrected</td><td>Haldane–Anscombe: 1/2 added to all four
 *       cells</td><td>Fisher, uncorrected</td></tr>
 * </table>
 *
 * <p>Rows with an empty p-value are left out of the Benjamini–Hochberg family; {@code both_zero}
 * rows are in it with p = 1 (a test that was possible and found nothing).
 *
 * @param docsWithFrame documents of the source mentioning the frame at least once ({@code a})
 * @param docs all documents of the source in the slice ({@code n1})
 * @param baselineDocsWithFrame baseline documents mentioning the frame ({@code c})
 * @param baselineDocs all baseline documents in the slice ({@code n2})
 * @param ratePer1k {@code 1000 a / n1}; empty when {@code n1 = 0}
 * @param baselineRatePer1k {@code 1000 c / n2}; empty when {@code n2 = 0}
 * @param rateRatio the ratio of proportions, possibly corrected (see the note)
 * @param ciLow lower end of the 95 % interval of the ratio
 * @param ciHigh upper end of the 95 % interval of the ratio
 * @param pValue two-sided Fisher exact p-value
 * @param note {@code ""} or one of the notes above
 */
public record BaselineComparison(
    long docsWithFrame,
    long docs,
    long baselineDocsWithFrame,
    long baselineDocs,
    OptionalDouble ratePer1k,
    OptionalDouble baselineRatePer1k,
    OptionalDouble rateRatio,
    OptionalDouble ciLow,
    OptionalDouble ciHigh,
    OptionalDouble pValue,
    String note) {

  /** The source has no documents in the slice. */
  public static final String NO_DOCUMENTS = "no_documents";

  /** The baseline has no documents in the slice. */
  public static final String NO_BASELINE_DOCUMENTS = "no_baseline_documents";

  /** Neither the source nor the baseline mentions the frame. */
  public static final String BOTH_ZERO = "both_zero";

  /** A zero cell: ratio and interval carry the Haldane–Anscombe correction. */
  public static final String ZERO_CELL_CORRECTED = "zero_cell_corrected";

  private static final OptionalDouble EMPTY = OptionalDouble.empty();

  // Rejects nulls and NaN or infinite values, which the output tables must never contain.
  public BaselineComparison {
    for (OptionalDouble value :
        List.of(ratePer1k, baselineRatePer1k, rateRatio, ciLow, ciHigh, pValue)) {
      if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
        throw new IllegalArgumentException("baseline comparison: non-finite value " + value);
      }
    }
    Objects.requireNonNull(note, "note");
  }

  /**
   * Compares a source with the baseline; see the type's comment for every case.
   *
   * @throws IllegalArgumentException if a count is negative, {@code docsWithFrame > docs} or {@code
   *     baselineDocsWithFrame > baselineDocs}
   */
  public static BaselineComparison of(
      long docsWithFrame, long docs, long baselineDocsWithFrame, long baselineDocs) {
    if (docsWithFrame < 0
        || baselineDocsWithFrame < 0
        || docsWithFrame > docs
        || baselineDocsWithFrame > baselineDocs) {
      throw new IllegalArgumentException(
          "baseline comparison of "
              + docsWithFrame
              + "/"
              + docs
              + " vs "
              + baselineDocsWithFrame
              + "/"
              + baselineDocs
              + ": expected 0 <= documents with frame <= documents");
    }
    OptionalDouble rate = perThousand(docsWithFrame, docs);
    OptionalDouble baselineRate = perThousand(baselineDocsWithFrame, baselineDocs);
    if (docs == 0 || baselineDocs == 0) {
      String note =
          docs == 0 && baselineDocs == 0
              ? NO_DOCUMENTS + ";" + NO_BASELINE_DOCUMENTS
              : docs == 0 ? NO_DOCUMENTS : NO_BASELINE_DOCUMENTS;
      return new BaselineComparison(
          docsWithFrame,
          docs,
          baselineDocsWithFrame,
          baselineDocs,
          rate,
          baselineRate,
          EMPTY,
          EMPTY,
          EMPTY,
          EMPTY,
          note);
    }
    OptionalDouble p =
        OptionalDouble.of(
            FisherExactTest.twoSided(
                docsWithFrame,
                docs - docsWithFrame,
                baselineDocsWithFrame,
                baselineDocs - baselineDocsWithFrame));
    Optional<RateRatio> ratio =
        RateRatio.katz(docsWithFrame, docs, baselineDocsWithFrame, baselineDocs);
    if (ratio.isEmpty()) {
      // n1, n2 > 0 here, so RateRatio declines only for a = c = 0.
      return new BaselineComparison(
          docsWithFrame,
          docs,
          baselineDocsWithFrame,
          baselineDocs,
          rate,
          baselineRate,
          EMPTY,
          EMPTY,
          EMPTY,
          p,
          BOTH_ZERO);
    }
    RateRatio rr = ratio.get();
    return new BaselineComparison(
        docsWithFrame,
        docs,
        baselineDocsWithFrame,
        baselineDocs,
        rate,
        baselineRate,
        OptionalDouble.of(rr.estimate()),
        OptionalDouble.of(rr.ciLow()),
        OptionalDouble.of(rr.ciHigh()),
        p,
        rr.haldaneAnscombeCorrected() ? ZERO_CELL_CORRECTED : "");
  }

  /**
   * Benjamini–Hochberg q-values across one table (all rows given), in row order; rows without a
   * p-value are outside the family and get an empty q-value.
   */
  public static List<OptionalDouble> qValues(List<BaselineComparison> table) {
    return BenjaminiHochberg.qValues(table.stream().map(BaselineComparison::pValue).toList());
  }

  private static OptionalDouble perThousand(long k, long n) {
    return n == 0 ? EMPTY : OptionalDouble.of(1000.0 * k / n);
  }
}
