package org.narrascope.frames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.narrascope.stats.Period;

/**
 * Turns matched documents into the tallies of {@code frame_counts.csv} and the tallies into its
 * rows. Tallies add up in any order, so Spark may combine them across partitions however it likes
 * and the table comes out the same.
 */
public final class FrameCounts {
  private FrameCounts() {}

  /** The tallies one document contributes: the denominators, and one per frame it mentions. */
  public static Map<CountKey, Tally> of(DocumentMatches doc, Period period) {
    String source = doc.document().source();
    String label = period.label(doc.document().date());
    Map<CountKey, Tally> out = new HashMap<>();
    boolean counted = doc.document().counted();
    out.put(
        new CountKey(CountKey.ALL_DOCUMENTS, source, label),
        Tally.ofDocument(counted, doc.document().tokens()));
    // per frame: mentions, quoted, endorsed, reported, distanced
    Map<String, long[]> perFrame = new TreeMap<>();
    for (Mention m : doc.mentions()) {
      long[] c = perFrame.computeIfAbsent(m.frame(), f -> new long[5]);
      c[0]++;
      if (m.quoted()) {
        c[1]++;
      }
      switch (m.stance()) {
        case ENDORSED -> c[2]++;
        case REPORTED -> c[3]++;
        case DISTANCED -> c[4]++;
      }
    }
    perFrame.forEach(
        (frame, c) ->
            out.put(
                new CountKey(frame, source, label),
                Tally.ofMentions(counted, c[0], c[1], new long[] {c[2], c[3], c[4]})));
    return out;
  }

  /**
   * The rows of {@code frame_counts.csv}: every frame of the lexicon for every source and period
   * that has documents, zeros included, sorted by frame, source, period.
   *
   * @param tallies merged tallies, including the {@link CountKey#ALL_DOCUMENTS} denominators
   * @param frameIds the lexicon's frame ids
   */
  public static List<FrameCountRow> rows(Map<CountKey, Tally> tallies, List<String> frameIds) {
    SortedMap<CountKey, Tally> denominators = new TreeMap<>();
    tallies.forEach(
        (k, t) -> {
          if (k.frame().equals(CountKey.ALL_DOCUMENTS)) {
            denominators.put(k, t);
          }
        });
    List<FrameCountRow> rows = new ArrayList<>();
    for (String frame : new TreeSet<>(frameIds)) {
      denominators.forEach(
          (k, all) -> {
            Tally f = tallies.getOrDefault(new CountKey(frame, k.source(), k.period()), Tally.ZERO);
            rows.add(
                new FrameCountRow(
                    frame,
                    k.source(),
                    k.period(),
                    all.docs(),
                    f.docsWithFrame(),
                    f.mentions(),
                    f.mentionsQuoted(),
                    all.tokens(),
                    all.docsRaw(),
                    f.docsWithFrameRaw(),
                    f.mentionsRaw(),
                    f.mentionsQuotedRaw(),
                    all.tokensRaw(),
                    f.docsWithFrameUndistanced(),
                    f.mentionsEndorsed(),
                    f.mentionsReported(),
                    f.mentionsDistanced()));
          });
    }
    return rows;
  }
}
