package org.narrascope.frames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.narrascope.NarrascopeException;
import org.narrascope.analysis.LanguageAnalyzers;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads the YAML node tree of a lexicon, keeping line numbers for every message. */
final class LexiconReader {
  private static final Pattern FRAME_ID = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");
  private static final Set<String> TOP_KEYS = Set.of("lexicon", "description", "frames");
  private static final Set<String> FRAME_KEYS =
      Set.of("id", "label", "stance", "narrative", "variants");
  private static final Set<String> VARIANT_KEYS =
      Set.of("phrase", "slop", "ordered", "exclude_following", "exclude_preceding");

  private final String origin;
  private final Map<String, Analyzer> analyzers = new HashMap<>();

  LexiconReader(String origin) {
    this.origin = origin;
  }

  Lexicon read(String yaml) {
    Node root;
    try {
      root =
          new Compose(LoadSettings.builder().setLabel(origin).build())
              .composeString(yaml)
              .orElseThrow(() -> new NarrascopeException(origin + ": the lexicon is empty"));
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
      throw new NarrascopeException(
          origin + " line " + line + ": YAML syntax error: " + e.getProblem(), e);
    } catch (YamlEngineException e) {
      throw new NarrascopeException(origin + ": YAML error: " + e.getMessage(), e);
    }
    try {
      return lexicon(root);
    } finally {
      analyzers.values().forEach(Analyzer::close);
    }
  }

  private Lexicon lexicon(Node root) {
    Map<String, NodeTuple> top = mapping(root, TOP_KEYS, "the lexicon");
    String name = scalar(required(top, "lexicon", root), "lexicon");
    String description =
        top.containsKey("description")
            ? scalar(top.get("description").getValueNode(), "description")
            : "";
    Node framesNode = required(top, "frames", root);
    List<Frame> frames = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Node frameNode : sequence(framesNode, "frames")) {
      Frame frame = frame(frameNode);
      Integer earlier = seen.putIfAbsent(frame.id(), line(frameNode));
      if (earlier != null) {
        throw error(
            frameNode,
            "duplicate frame id '" + frame.id() + "' (first defined on line " + earlier + ")");
      }
      frames.add(frame);
    }
    if (frames.isEmpty()) {
      throw error(framesNode, "'frames' lists no frame");
    }
    return new Lexicon(name, description, frames);
  }

  private Frame frame(Node node) {
    Map<String, NodeTuple> keys = mapping(node, FRAME_KEYS, "a frame");
    Node idNode = required(keys, "id", node);
    String id = scalar(idNode, "id");
    if (!FRAME_ID.matcher(id).matches()) {
      throw error(
          idNode,
          "frame id '"
              + id
              + "' is not snake_case (lower-case letters, digits, single underscores)");
    }
    String label = scalar(required(keys, "label", node), "label");
    Node stanceNode = required(keys, "stance", node);
    String stanceText = scalar(stanceNode, "stance");
    Stance stance;
    switch (stanceText) {
      case "official" -> stance = Stance.OFFICIAL;
      case "skeptic" -> stance = Stance.SKEPTIC;
      default ->
          throw error(stanceNode, "stance '" + stanceText + "' is not one of: official, skeptic");
    }
    String narrative =
        keys.containsKey("narrative")
            ? scalar(keys.get("narrative").getValueNode(), "narrative")
            : "";
    Node variantsNode = required(keys, "variants", node);
    Map<String, List<Variant>> variants = new LinkedHashMap<>();
    for (NodeTuple entry : tuples(variantsNode, "variants")) {
      Node langNode = entry.getKeyNode();
      String lang = scalar(langNode, "a language code");
      if (!LANG.matcher(lang).matches()) {
        throw error(
            langNode,
            "language code '"
                + lang
                + "' is not 2-3 lower-case ASCII letters (e.g. ru, uk, en, kk)");
      }
      if (variants.containsKey(lang)) {
        throw error(langNode, "language '" + lang + "' is listed twice in frame " + id);
      }
      List<Variant> list = new ArrayList<>();
      for (Node variantNode : sequence(entry.getValueNode(), "the " + lang + " variants")) {
        list.add(variant(lang, variantNode, id));
      }
      if (list.isEmpty()) {
        throw error(entry.getValueNode(), "frame " + id + " lists no " + lang + " variant");
      }
      variants.put(lang, list);
    }
    if (variants.isEmpty()) {
      throw error(variantsNode, "frame " + id + " has no variants");
    }
    return new Frame(id, label, stance, narrative, variants);
  }

  private Variant variant(String lang, Node node, String frameId) {
    String phrase;
    int slop = 0;
    boolean ordered = true;
    List<String> following = List.of();
    List<String> preceding = List.of();
    Node phraseNode = node;
    if (node instanceof ScalarNode) {
      phrase = scalar(node, "a phrase");
    } else {
      Map<String, NodeTuple> keys = mapping(node, VARIANT_KEYS, "a variant");
      phraseNode = required(keys, "phrase", node);
      phrase = scalar(phraseNode, "phrase");
      if (keys.containsKey("slop")) {
        Node slopNode = keys.get("slop").getValueNode();
        String text = scalar(slopNode, "slop");
        try {
          slop = Integer.parseInt(text);
        } catch (NumberFormatException e) {
          throw error(slopNode, "slop '" + text + "' is not a whole number");
        }
        if (slop < 0) {
          throw error(
              slopNode,
              "slop " + slop + " is negative: it counts the words allowed between two slots");
        }
      }
      if (keys.containsKey("ordered")) {
        Node orderedNode = keys.get("ordered").getValueNode();
        String text = scalar(orderedNode, "ordered").toLowerCase(Locale.ROOT);
        if (!text.equals("true") && !text.equals("false")) {
          throw error(orderedNode, "ordered '" + text + "' is not true or false");
        }
        ordered = Boolean.parseBoolean(text);
      }
      if (keys.containsKey("exclude_following")) {
        following = words(keys.get("exclude_following").getValueNode(), "exclude_following");
      }
      if (keys.containsKey("exclude_preceding")) {
        preceding = words(keys.get("exclude_preceding").getValueNode(), "exclude_preceding");
      }
    }
    if (phrase.isBlank()) {
      throw error(phraseNode, "empty phrase in a " + lang + " variant of frame " + frameId);
    }
    Variant variant;
    try {
      variant = new Variant(lang, phrase, slop, ordered, following, preceding, line(phraseNode));
      CompiledVariant.compile(
          variant, analyzers.computeIfAbsent(lang, LanguageAnalyzers::forLanguage));
    } catch (IllegalArgumentException e) {
      throw error(
          phraseNode,
          "frame " + frameId + ", " + lang + " variant '" + phrase + "': " + e.getMessage());
    }
    return variant;
  }

  private List<String> words(Node node, String what) {
    List<String> words = new ArrayList<>();
    for (Node item : sequence(node, what)) {
      String word = scalar(item, "a word of " + what);
      if (word.isBlank()) {
        throw error(item, "empty word in " + what);
      }
      words.add(word);
    }
    return words;
  }

  private Map<String, NodeTuple> mapping(Node node, Set<String> allowed, String what) {
    Map<String, NodeTuple> keys = new LinkedHashMap<>();
    for (NodeTuple tuple : tuples(node, what)) {
      String key = scalar(tuple.getKeyNode(), "a key");
      if (!allowed.contains(key)) {
        throw error(
            tuple.getKeyNode(),
            "unknown key '" + key + "' in " + what + "; expected one of " + new TreeSet<>(allowed));
      }
      if (keys.put(key, tuple) != null) {
        throw error(tuple.getKeyNode(), "key '" + key + "' is given twice in " + what);
      }
    }
    return keys;
  }

  private List<NodeTuple> tuples(Node node, String what) {
    if (node instanceof MappingNode mapping) {
      return mapping.getValue();
    }
    throw error(node, what + " must be a mapping (key: value lines)");
  }

  private List<Node> sequence(Node node, String what) {
    if (node instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    throw error(node, what + " must be a list (lines starting with '- ' or [a, b])");
  }

  private String scalar(Node node, String what) {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    throw error(node, what + " must be a single value, not a list or mapping");
  }

  private Node required(Map<String, NodeTuple> keys, String key, Node owner) {
    NodeTuple tuple = keys.get(key);
    if (tuple == null) {
      throw error(owner, "missing key '" + key + "'");
    }
    Node value = tuple.getValueNode();
    if (value instanceof ScalarNode scalar
        && scalar.getValue().isBlank()
        && !key.equals("phrase")) {
      throw error(value, "key '" + key + "' has no value");
    }
    return value;
  }

  private static int line(Node node) {
    return node.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
  }

  private NarrascopeException error(Node node, String message) {
    return new NarrascopeException(origin + " line " + line(node) + ": " + message);
  }
}
