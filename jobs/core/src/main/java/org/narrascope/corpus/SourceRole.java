package org.narrascope.corpus;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.narrascope.NarrascopeException;

/**
 * What kind of voice a source is. The statistics compare every outlet with the {@link
 * #EXPERT_SKEPTIC} baseline, so the role is part of the research design, not a label.
 */
public enum SourceRole {
  STATE_MEDIA("state_media"),
  OFFICIAL("official"),
  INDEPENDENT("independent"),
  EXPERT_SKEPTIC("expert_skeptic"),
  OTHER("other");

  private final String code;

  SourceRole(String code) {
    this.code = code;
  }

  /** The code as written in the source registry, e.g. {@code state_media}. */
  public String code() {
    return code;
  }

  /**
   * Returns the role for a registry code, ignoring case and surrounding spaces.
   *
   * @throws NarrascopeException naming the bad code and listing the valid ones
   */
  public static SourceRole parse(String code) {
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    for (SourceRole role : values()) {
      if (role.code.equals(wanted)) {
        return role;
      }
    }
    throw new NarrascopeException(
        "unknown source role '" + code + "' (valid roles: " + validCodes() + ")");
  }

  static String validCodes() {
    return Arrays.stream(values()).map(SourceRole::code).collect(Collectors.joining(", "));
  }
}
