package org.narrascope.frames;

import java.io.Serializable;
import java.util.Comparator;

/**
 * The cell of {@code frame_counts.csv} a tally belongs to. The denominators of a source and period
 * (all its documents and tokens) are kept under the frame {@link #ALL_DOCUMENTS}.
 */
public record CountKey(String frame, String source, String period)
    implements Serializable, Comparable<CountKey> {
  private static final long serialVersionUID = 1L;

  /** The pseudo-frame under which every document counts, mentions or not. */
  public static final String ALL_DOCUMENTS = "";

  private static final Comparator<CountKey> ORDER =
      Comparator.comparing(CountKey::frame)
          .thenComparing(CountKey::source)
          .thenComparing(CountKey::period);

  @Override
  public int compareTo(CountKey other) {
    return ORDER.compare(this, other);
  }
}
