package org.narrascope.corpus.text;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A normalized text and the repairs that changed it (empty when the input was already clean).
 *
 * @param text the normalized text
 * @param repairs what was changed, an unmodifiable set
 */
public record Normalized(String text, Set<Repair> repairs) {
  public Normalized {
    Objects.requireNonNull(text, "text");
    repairs =
        repairs.isEmpty()
            ? Collections.unmodifiableSet(EnumSet.noneOf(Repair.class))
            : Collections.unmodifiableSet(EnumSet.copyOf(repairs));
  }

  /** True when the normalizer changed nothing. */
  public boolean unchanged() {
    return repairs.isEmpty();
  }
}
