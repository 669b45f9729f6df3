package org.narrascope.discovery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.narrascope.frames.Frame;
import org.narrascope.frames.Lexicon;
import org.narrascope.frames.Stance;

/**
 * Writes {@code lexicon_suggestions.yaml}: the discovered phrases in the lexicon's own format
 * (corpus/README.md, "Frame lexicon format"), so that a reviewer can copy entries into the lexicon
 * and {@link Lexicon#parse} reads the file as it is. Every entry is a suggestion, marked so in a
 * comment. Known variants are never suggested.
 *
 * <ul>
 *   <li>a cluster whose nearest frame is a shipped frame suggests its phrases as new variants under
 *       that frame's id, label and stance (all clusters of one frame together, languages sorted);
 *   <li>a {@code new frame} cluster becomes a frame {@code new_frame_N} (N its cluster number),
 *       labelled by its medoid, with stance {@code official} when its phrases' mean keyness_z is
 *       positive and {@code skeptic} otherwise.
 * </ul>
 *
 * Phrases holding a character of the lexicon's phrase syntax ({@code [ ] | *}) or a quote are left
 * out; the file then needs no escaping.
 */
public final class LexiconSuggestions {
  private LexiconSuggestions() {}

  /**
   * The YAML text, or empty when there is nothing to suggest (a lexicon must have a frame).
   *
   * @param lexicon the lexicon the run used
   * @param clusters the rows of phrase_clusters.csv, in their order
   */
  public static java.util.Optional<String> yaml(Lexicon lexicon, List<ClusteredPhrase> clusters) {
    Map<String, Map<String, Set<String>>> shipped = new TreeMap<>();
    Map<Integer, List<ClusteredPhrase>> fresh = new TreeMap<>();
    for (ClusteredPhrase c : clusters) {
      if (c.candidate().known() || !writable(c.candidate().phrase())) {
        continue;
      }
      if (c.nearestFrame().equals(Discovery.NEW_FRAME)) {
        fresh.computeIfAbsent(c.cluster(), k -> new ArrayList<>()).add(c);
      } else {
        shipped
            .computeIfAbsent(c.nearestFrame(), f -> new TreeMap<>())
            .computeIfAbsent(c.candidate().lang(), l -> new LinkedHashSet<>())
            .add(c.candidate().phrase());
      }
    }
    if (shipped.isEmpty() && fresh.isEmpty()) {
      return java.util.Optional.empty();
    }
    StringBuilder y = new StringBuilder();
    y.append(
            "# SUGGESTIONS from `narrascope discover`: phrases found in the corpus, not yet in the\n")
        .append("# lexicon ")
        .append(lexicon.name())
        .append(". Review every entry before copying it into the lexicon.\n")
        .append("lexicon: ")
        .append(quote(lexicon.name() + "-suggestions"))
        .append('\n')
        .append("description: ")
        .append(quote("Suggested variants and frames discovered in the corpus (unreviewed)."))
        .append('\n')
        .append("frames:\n");
    for (Map.Entry<String, Map<String, Set<String>>> e : shipped.entrySet()) {
      Frame frame =
          lexicon
              .frame(e.getKey())
              .orElseThrow(() -> new IllegalStateException("no frame " + e.getKey()));
      y.append("  # suggestion: new variants of the shipped frame ")
          .append(frame.id())
          .append('\n');
      frameEntry(y, frame.id(), frame.label(), frame.stance(), e.getValue());
    }
    for (Map.Entry<Integer, List<ClusteredPhrase>> e : fresh.entrySet()) {
      List<ClusteredPhrase> rows = e.getValue();
      double z = rows.stream().mapToDouble(r -> r.candidate().keynessZ()).average().orElse(0);
      Map<String, Set<String>> variants = new TreeMap<>();
      for (ClusteredPhrase r : rows) {
        variants
            .computeIfAbsent(r.candidate().lang(), l -> new LinkedHashSet<>())
            .add(r.candidate().phrase());
      }
      y.append("  # suggestion: a new frame, cluster ")
          .append(e.getKey())
          .append(" of phrase_clusters.csv (mean keyness_z ")
          .append(org.narrascope.report.CsvTableWriter.formatDecimal(z))
          .append(")\n");
      frameEntry(
          y,
          "new_frame_" + e.getKey(),
          rows.get(0).label(),
          z > 0 ? Stance.OFFICIAL : Stance.SKEPTIC,
          variants);
    }
    return java.util.Optional.of(y.toString());
  }

  private static void frameEntry(
      StringBuilder y, String id, String label, Stance stance, Map<String, Set<String>> variants) {
    y.append("  - id: ").append(id).append('\n');
    y.append("    label: ").append(quote(label)).append('\n');
    y.append("    stance: ")
        .append(stance == Stance.OFFICIAL ? "official" : "skeptic")
        .append('\n');
    y.append("    variants:\n");
    variants.forEach(
        (lang, phrases) -> {
          y.append("      ").append(lang).append(":\n");
          phrases.forEach(p -> y.append("        - ").append(quote(p)).append('\n'));
        });
  }

  private static boolean writable(String phrase) {
    return phrase.chars().noneMatch(c -> "[]|*\"\\".indexOf(c) >= 0 || c < 0x20);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
