package org.narrascope.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.narrascope.frames.FrameCountRow;

/**
 * Builds the comparison of every source with the baseline from {@code frame_counts.csv}.
 *
 * <p>The baseline of a frame (and period) is the pooled documents of the baseline sources. A
 * baseline source itself is compared with the <em>other</em> baseline sources (leave-one-out):
 * compared with a pool that contains it, it would be pulled towards a ratio of 1.
 *
 * <p>Every row carries two comparisons: documents with any mention of the frame, and documents with
 * at least one mention that is not distanced. The expert-skeptic baseline names the official frames
 * mostly to dispute them; the second comparison keeps that from counting as use.
 */
public final class BaselineTables {
  /** Added to the note of a baseline source's row. */
  public static final String LEAVE_ONE_OUT = "baseline_member_leave_one_out";

  private BaselineTables() {}

  /** One row per frame × source over the whole span, sorted by frame, source; q over the table. */
  public static List<BaselineRow> wholeSpan(
      List<FrameCountRow> counts, Predicate<String> isBaseline) {
    return compare(counts, isBaseline, false);
  }

  /** One row per frame × source × period with documents; q over the whole table. */
  public static List<BaselineRow> byPeriod(
      List<FrameCountRow> counts, Predicate<String> isBaseline) {
    return compare(counts, isBaseline, true);
  }

  private static List<BaselineRow> compare(
      List<FrameCountRow> counts, Predicate<String> isBaseline, boolean perPeriod) {
    // frame -> period ("" for the whole span) -> source -> {docs with frame, docs, docs with an
    // undistanced mention}
    Map<String, Map<String, Map<String, long[]>>> cells = new TreeMap<>();
    for (FrameCountRow r : counts) {
      String period = perPeriod ? r.period() : "";
      long[] c =
          cells
              .computeIfAbsent(r.frame(), f -> new TreeMap<>())
              .computeIfAbsent(period, p -> new TreeMap<>())
              .computeIfAbsent(r.source(), s -> new long[3]);
      c[0] += r.docsWithFrame();
      c[1] += r.docs();
      c[2] += r.docsWithFrameUndistanced();
    }
    List<BaselineRow> rows = new ArrayList<>();
    List<BaselineComparison> all = new ArrayList<>();
    List<BaselineComparison> undistanced = new ArrayList<>();
    cells.forEach(
        (frame, periods) ->
            periods.forEach(
                (period, sources) -> {
                  long[] pool = new long[3];
                  sources.forEach(
                      (source, c) -> {
                        if (isBaseline.test(source)) {
                          for (int i = 0; i < pool.length; i++) {
                            pool[i] += c[i];
                          }
                        }
                      });
                  sources.forEach(
                      (source, c) -> {
                        boolean member = isBaseline.test(source);
                        long[] base = pool.clone();
                        if (member) {
                          for (int i = 0; i < base.length; i++) {
                            base[i] -= c[i];
                          }
                        }
                        BaselineComparison any =
                            BaselineComparison.of(c[0], c[1], base[0], base[1]);
                        BaselineComparison und =
                            BaselineComparison.of(c[2], c[1], base[2], base[1]);
                        all.add(any);
                        undistanced.add(und);
                        String loo = member ? LEAVE_ONE_OUT : "";
                        rows.add(
                            new BaselineRow(
                                frame,
                                source,
                                period,
                                any,
                                OptionalDouble.empty(),
                                note(any.note(), loo),
                                und,
                                OptionalDouble.empty(),
                                note(und.note(), loo)));
                      });
                }));
    // Two families: the undistanced comparisons ask a different question of the same rows.
    List<OptionalDouble> q = BaselineComparison.qValues(all);
    List<OptionalDouble> qUndistanced = BaselineComparison.qValues(undistanced);
    List<BaselineRow> withQ = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      BaselineRow r = rows.get(i);
      withQ.add(
          new BaselineRow(
              r.frame(),
              r.source(),
              r.period(),
              r.comparison(),
              q.get(i),
              r.note(),
              r.undistanced(),
              qUndistanced.get(i),
              r.undistancedNote()));
    }
    // TreeMaps above iterate frame, then period, then source; the tables sort by frame, source,
    // period.
    withQ.sort(
        java.util.Comparator.comparing(BaselineRow::frame)
            .thenComparing(BaselineRow::source)
            .thenComparing(BaselineRow::period));
    return withQ;
  }

  private static String note(String... parts) {
    return Stream.of(parts).filter(p -> !p.isEmpty()).collect(Collectors.joining(";"));
  }
}
