package org.narrascope.frames;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.narrascope.frames.attribution.MentionStance;

/**
 * The attributed mentions of one frame by one speaker in one language, adding up across shards in
 * any order: the rows of {@code frame_speakers.csv}.
 */
public record SpeakerTally(
    long mentions,
    long endorsed,
    long reported,
    long distanced,
    Set<String> docIds,
    Set<String> sources,
    LocalDate first,
    LocalDate last)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public SpeakerTally {
    docIds = new TreeSet<>(docIds);
    sources = new TreeSet<>(sources);
  }

  /** The tally of one mention. */
  public static SpeakerTally of(MentionStance stance, String docId, String source, LocalDate date) {
    return new SpeakerTally(
        1,
        stance == MentionStance.ENDORSED ? 1 : 0,
        stance == MentionStance.REPORTED ? 1 : 0,
        stance == MentionStance.DISTANCED ? 1 : 0,
        Set.of(docId),
        Set.of(source),
        date,
        date);
  }

  public SpeakerTally plus(SpeakerTally o) {
    Set<String> docs = new TreeSet<>(docIds);
    docs.addAll(o.docIds);
    Set<String> src = new TreeSet<>(sources);
    src.addAll(o.sources);
    return new SpeakerTally(
        mentions + o.mentions,
        endorsed + o.endorsed,
        reported + o.reported,
        distanced + o.distanced,
        docs,
        src,
        first.isBefore(o.first) ? first : o.first,
        last.isAfter(o.last) ? last : o.last);
  }

  /** Identifies a row: frame, speaker as written, language. */
  public record Key(String frame, String speaker, String lang) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * The rows of {@code frame_speakers.csv}, sorted by frame, mentions (descending), speaker, lang.
   */
  public static List<List<Object>> rows(Map<Key, SpeakerTally> tallies) {
    List<Map.Entry<Key, SpeakerTally>> entries = new ArrayList<>(tallies.entrySet());
    entries.sort(
        Comparator.comparing((Map.Entry<Key, SpeakerTally> e) -> e.getKey().frame())
            .thenComparing(e -> -e.getValue().mentions())
            .thenComparing(e -> e.getKey().speaker())
            .thenComparing(e -> e.getKey().lang()));
    List<List<Object>> rows = new ArrayList<>(entries.size());
    for (Map.Entry<Key, SpeakerTally> e : entries) {
      Key k = e.getKey();
      SpeakerTally t = e.getValue();
      rows.add(
          List.of(
              k.frame(),
              k.speaker(),
              k.lang(),
              t.mentions(),
              t.endorsed(),
              t.reported(),
              t.distanced(),
              (long) t.docIds().size(),
              (long) t.sources().size(),
              t.first(),
              t.last()));
    }
    return rows;
  }
}
