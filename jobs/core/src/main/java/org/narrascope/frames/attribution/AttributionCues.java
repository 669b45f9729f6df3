package org.narrascope.frames.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.narrascope.NarrascopeException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** The cue lists of every language and the short names, read from {@code attribution-cues.yaml}. */
record AttributionCues(Map<String, LanguageCues> languages, List<String> shortNames) {
  static final String BUILT_IN = "attribution-cues.yaml";

  AttributionCues {
    languages = Map.copyOf(languages);
    shortNames = List.copyOf(shortNames);
  }

  static AttributionCues builtIn() {
    try (InputStream in = AttributionCues.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new NarrascopeException("resource " + BUILT_IN + " is missing from the classpath");
      }
      return parse(in, BUILT_IN);
    } catch (IOException e) {
      throw new NarrascopeException("cannot read " + BUILT_IN + ": " + e.getMessage(), e);
    }
  }

  static AttributionCues parse(InputStream in, String origin) {
    Object root;
    try {
      root = new Load(LoadSettings.builder().setLabel(origin).build()).loadFromInputStream(in);
    } catch (YamlEngineException e) {
      throw new NarrascopeException(origin + ": not valid YAML: " + e.getMessage(), e);
    }
    Map<?, ?> top = map(root, origin);
    Map<String, LanguageCues> languages = new LinkedHashMap<>();
    List<String> shortNames = List.of();
    for (Map.Entry<?, ?> entry : top.entrySet()) {
      String key = String.valueOf(entry.getKey());
      if (key.equals("short_names")) {
        shortNames = strings(entry.getValue(), origin + ": short_names");
      } else {
        languages.put(
            key, language(map(entry.getValue(), origin + ": " + key), origin + ": " + key));
      }
    }
    return new AttributionCues(languages, shortNames);
  }

  private static LanguageCues language(Map<?, ?> m, String where) {
    return new LanguageCues(
        cues(m, "reporting_verbs", where),
        cues(m, "distancing_verbs", where),
        cues(m, "according_to", where),
        cues(m, "according_to_after", where),
        cues(m, "distancing_before", where),
        cues(m, "distancing_after", where),
        cues(m, "distancing_sentence", where),
        cues(m, "titles", where),
        cues(m, "sources", where),
        cues(m, "proper_sources", where),
        cues(m, "modifiers", where),
        cues(m, "pronouns", where),
        cues(m, "dropped", where),
        endings(m, "genitive_endings", where),
        cues(m, "complementizers", where),
        cues(m, "labels", where),
        cues(m, "oblique_endings", where),
        cues(m, "own_voice", where),
        cues(m, "relatives", where),
        cues(m, "prepositions", where),
        cues(m, "adverbial_prepositions", where),
        cues(m, "countries", where),
        cues(m, "statement_nouns", where),
        cues(m, "personal_pronouns", where),
        cues(m, "venues", where),
        endings(m, "venue_endings", where),
        cues(m, "partitive", where),
        endings(m, "partitive_endings", where),
        cues(m, "own_statement_verbs", where),
        cues(m, "institutions", where),
        cues(m, "existence_negations", where),
        cues(m, "conjunctions", where),
        cues(m, "gerunds", where),
        cues(m, "quantifiers", where),
        cues(m, "genitive_connectors", where),
        endings(m, "proper_forms", where),
        cues(m, "subject_relatives", where),
        cues(m, "perspective", where),
        cues(m, "group_parts", where));
  }

  /** An ending -> replacement map, the longest ending first (so that "ского" wins over "ого"). */
  private static List<Map.Entry<String, String>> endings(Map<?, ?> m, String key, String where) {
    List<Map.Entry<String, String>> endings = new ArrayList<>();
    Object raw = m.get(key);
    if (raw != null) {
      for (Map.Entry<?, ?> e : map(raw, where + "." + key).entrySet()) {
        endings.add(
            Map.entry(
                Words.normalize(String.valueOf(e.getKey())),
                e.getValue() == null ? "" : String.valueOf(e.getValue())));
      }
    }
    endings.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()));
    return List.copyOf(endings);
  }

  private static List<Cue> cues(Map<?, ?> m, String key, String where) {
    Object value = m.get(key);
    if (value == null) {
      return List.of();
    }
    return strings(value, where + "." + key).stream().map(Cue::parse).toList();
  }

  private static List<String> strings(Object value, String where) {
    if (!(value instanceof List<?> list)) {
      throw new NarrascopeException(where + ": expected a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (Object o : list) {
      if (o == null || String.valueOf(o).isBlank()) {
        throw new NarrascopeException(where + ": expected a list of non-empty strings");
      }
      out.add(String.valueOf(o));
    }
    return out;
  }

  private static Map<?, ?> map(Object value, String where) {
    if (!(value instanceof Map<?, ?> m)) {
      throw new NarrascopeException(where + ": expected a mapping");
    }
    return m;
  }
}
