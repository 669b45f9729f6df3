package org.narrascope.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.narrascope.NarrascopeException;

/**
 * Which input field (JSON key or CSV column) holds each of our document fields, for corpora whose
 * exporters named them differently. Fields not mentioned keep their own name.
 *
 * @param ourFieldToTheirs our field name ({@link #FIELDS}) to the input's name for it
 */
public record FieldMapping(Map<String, String> ourFieldToTheirs) {
  /** Our field names, in document order. */
  public static final List<String> FIELDS =
      List.of("id", "source", "date", "lang", "title", "text", "url");

  public FieldMapping {
    Map<String, String> copy = new TreeMap<>();
    for (Map.Entry<String, String> e : ourFieldToTheirs.entrySet()) {
      String ours = e.getKey();
      String theirs = e.getValue();
      if (!FIELDS.contains(ours)) {
        throw new NarrascopeException(
            "field mapping: unknown field '"
                + ours
                + "' (our fields: "
                + String.join(", ", FIELDS)
                + ")");
      }
      if (theirs == null || theirs.isBlank()) {
        throw new NarrascopeException("field mapping: field '" + ours + "' maps to an empty name");
      }
      copy.put(ours, theirs);
    }
    // Two of our fields reading one input field is always a mistake, also when the second one is
    // unmapped and keeps its own name (text=title would make title and text the same).
    Map<String, String> ourByTheirs = new HashMap<>();
    for (String ours : FIELDS) {
      String theirs = copy.getOrDefault(ours, ours);
      String clash = ourByTheirs.put(theirs, ours);
      if (clash != null) {
        throw new NarrascopeException(
            "field mapping: both '" + clash + "' and '" + ours + "' would read '" + theirs + "'");
      }
    }
    ourFieldToTheirs = Map.copyOf(copy);
  }

  /** The mapping that reads every field under its own name. */
  public static FieldMapping identity() {
    return new FieldMapping(Map.of());
  }

  /**
   * Parses a command-line spec such as {@code text=body,date=published_at,source=channel}; the left
   * side is our field name, the right side the input's. An empty spec is the identity.
   *
   * @throws NarrascopeException naming the malformed part
   */
  public static FieldMapping parse(String spec) {
    Map<String, String> map = new HashMap<>();
    if (spec.isBlank()) {
      return identity();
    }
    for (String part : spec.split(",", -1)) {
      int eq = part.indexOf('=');
      String ours = eq < 0 ? "" : part.substring(0, eq).strip();
      String theirs = eq < 0 ? "" : part.substring(eq + 1).strip();
      if (eq < 0 || ours.isEmpty() || theirs.isEmpty() || theirs.indexOf('=') >= 0) {
        throw new NarrascopeException(
            "field mapping '"
                + spec
                + "': part '"
                + part
                + "' is not of the form ourField=theirField (e.g. text=body)");
      }
      if (map.put(ours, theirs) != null) {
        throw new NarrascopeException(
            "field mapping '" + spec + "': field '" + ours + "' is mapped twice");
      }
    }
    return new FieldMapping(map);
  }

  /** The input's name for one of our fields: its mapped name, or the field's own name. */
  public String theirs(String ourField) {
    return ourFieldToTheirs.getOrDefault(ourField, ourField);
  }

  /**
   * The mapping as {@code --map} takes it ({@code ours=theirs,...}, sorted), empty for identity.
   */
  public String spec() {
    return new java.util.TreeMap<>(ourFieldToTheirs)
        .entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(java.util.stream.Collectors.joining(","));
  }
}
