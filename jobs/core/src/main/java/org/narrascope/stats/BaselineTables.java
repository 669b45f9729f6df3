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
    // frame -> period ("" for the whole span) -> source -> {docs with frame, docs}
    Map<String, Map<String, Map<String, long[]>>> cells = new TreeMap<>();
    for (FrameCountRow r : counts) {
      String period = perPeriod ? r.period() : "";
      long[] c =
          cells
              .computeIfAbsent(r.frame(), f -> new TreeMap<>())
              .computeIfAbsent(period, p -> new TreeMap<>())
              .computeIfAbsent(r.source(), s -> new long[2]);
      c[0] += r.docsWithFrame();
      c[1] += r.docs();
    }
    List<BaselineRow> rows = new ArrayList<>();
    List<BaselineComparison> comparisons = new ArrayList<>();
    cells.forEach(
        (frame, periods) ->
            periods.forEach(
                (period, sources) -> {
                  long[] pool = new long[2];
                  sources.forEach(
                      (source, c) -> {
                        if (isBaseline.test(source)) {
                          pool[0] += c[0];
                          pool[1] += c[1];
                        }
                      });
                  sources.forEach(
                      (source, c) -> {
                        boolean member = isBaseline.test(source);
                        long baseWith = member ? pool[0] - c[0] : pool[0];
                        long baseDocs = member ? pool[1] - c[1] : pool[1];
                        BaselineComparison cmp =
                            BaselineComparison.of(c[0], c[1], baseWith, baseDocs);
                        comparisons.add(cmp);
                        rows.add(
                            new BaselineRow(
                                frame,
                                source,
                                period,
                                cmp,
                                OptionalDouble.empty(),
                                note(cmp.note(), member ? LEAVE_ONE_OUT : "")));
                      });
                }));
    List<OptionalDouble> q = BaselineComparison.qValues(comparisons);
    List<BaselineRow> withQ = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      BaselineRow r = rows.get(i);
      withQ.add(
          new BaselineRow(r.frame(), r.source(), r.period(), r.comparison(), q.get(i), r.note()));
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
