package org.narrascope.frames.attribution;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who says a frame mention, and with what distance.
 *
 * @param speaker the source the mention is attributed to, as written in the text (titles dropped,
 *     an inflected name in its dictionary form); empty for the outlet's own voice or an unnamed one
 * @param stance endorsed, reported or distanced
 */
public record Attribution(String speaker, MentionStance stance) implements Serializable {
  private static final long serialVersionUID = 1L;

  public Attribution {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(stance, "stance");
  }
}
