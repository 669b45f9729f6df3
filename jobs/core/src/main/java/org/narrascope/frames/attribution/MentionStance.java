package org.narrascope.frames.attribution;

import java.util.Locale;
import org.narrascope.NarrascopeException;

/**
 * How the text presents one mention of a frame: in the outlet's own voice, as someone else's words,
 * or at a distance. Not to be confused with {@link org.narrascope.frames.Stance}, the side a frame
 * belongs to.
 */
public enum MentionStance {
  /** The outlet's own voice asserts the frame. */
  ENDORSED,
  /** The frame is attributed to a speaker or quoted, without distance. */
  REPORTED,
  /** So-called, allegedly, scare quotes, denial or refutation: the frame is held at a distance. */
  DISTANCED;

  /** The code written in tables and in the gold set: {@code endorsed}, {@code reported}, ... */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The stance with {@code code} (as {@link #code()} writes it).
   *
   * @throws NarrascopeException when {@code code} is none of them
   */
  public static MentionStance parse(String code) {
    for (MentionStance stance : values()) {
      if (stance.code().equals(code)) {
        return stance;
      }
    }
    throw new NarrascopeException(
        "mention stance '" + code + "': expected one of endorsed, reported, distanced");
  }
}
