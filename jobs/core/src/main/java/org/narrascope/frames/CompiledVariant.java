package org.narrascope.frames;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * A variant turned into analysed terms: slots of alternatives, each alternative a run of adjacent
 * positions, each position the set of terms one written word analyses to (Ukrainian lemmas stack).
 */
final class CompiledVariant {
  /** One alternative: a prefix of one term, or a run of positions. */
  record Alternative(List<Set<String>> positions, String prefix) {
    boolean isPrefix() {
      return !prefix.isEmpty();
    }

    int length() {
      return isPrefix() ? 1 : positions.size();
    }
  }

  final Variant variant;
  final List<List<Alternative>> slots;
  final Set<String> excludeFollowing;
  final Set<String> excludePreceding;

  /** Slot orders to try: the written one, or every permutation when the variant is unordered. */
  final List<int[]> orders;

  /**
   * Per slot without a prefix alternative, the terms one of which a text must contain for the slot
   * to match anywhere: a cheap test that skips the variant for most texts.
   */
  final List<Set<String>> anchors;

  private CompiledVariant(
      Variant variant,
      List<List<Alternative>> slots,
      Set<String> excludeFollowing,
      Set<String> excludePreceding) {
    this.variant = variant;
    this.slots = slots;
    this.excludeFollowing = excludeFollowing;
    this.excludePreceding = excludePreceding;
    List<Set<String>> anchors = new ArrayList<>();
    for (List<Alternative> slot : slots) {
      if (slot.stream().noneMatch(Alternative::isPrefix)) {
        Set<String> terms = new HashSet<>();
        slot.forEach(alternative -> terms.addAll(alternative.positions().get(0)));
        anchors.add(Set.copyOf(terms));
      }
    }
    this.anchors = List.copyOf(anchors);
    this.orders = new ArrayList<>();
    int[] identity = new int[slots.size()];
    for (int i = 0; i < identity.length; i++) {
      identity[i] = i;
    }
    if (variant.ordered()) {
      orders.add(identity);
    } else {
      permute(identity, 0, orders);
    }
  }

  /**
   * Analyses {@code variant} with {@code analyzer}.
   *
   * @throws IllegalArgumentException if the phrase analyses to nothing or a prefix is not one word
   */
  static CompiledVariant compile(Variant variant, Analyzer analyzer) {
    if (variant.slots().size() > 6 && !variant.ordered()) {
      throw new IllegalArgumentException("an unordered variant may have at most 6 slots");
    }
    List<List<Alternative>> slots = new ArrayList<>();
    for (List<String> written : variant.slots()) {
      List<Alternative> alternatives = new ArrayList<>();
      for (String text : written) {
        if (text.endsWith("*")) {
          String stem = text.substring(0, text.length() - 1);
          List<Set<String>> positions = AnalysedText.termsOf(analyzer, stem);
          if (positions.size() != 1) {
            throw new IllegalArgumentException(
                "prefix '" + text + "' must be exactly one word, it analyses to " + positions);
          }
          String prefix = analyzer.normalize(AnalysedText.FIELD, stem).utf8ToString();
          alternatives.add(new Alternative(List.of(), prefix));
        } else {
          List<Set<String>> positions = AnalysedText.termsOf(analyzer, text);
          if (!positions.isEmpty()) {
            alternatives.add(new Alternative(positions, ""));
          }
        }
      }
      if (!alternatives.isEmpty()) {
        slots.add(List.copyOf(alternatives));
      }
    }
    if (slots.isEmpty()) {
      throw new IllegalArgumentException(
          "the words of '" + variant.phrase() + "' all analyse to nothing");
    }
    return new CompiledVariant(
        variant,
        List.copyOf(slots),
        termsOfWords(analyzer, variant.excludeFollowing()),
        termsOfWords(analyzer, variant.excludePreceding()));
  }

  /** Whether every slot can match somewhere in a text holding {@code terms}. */
  boolean mayMatch(Set<String> terms) {
    for (Set<String> anchor : anchors) {
      boolean any = false;
      for (String term : anchor) {
        if (terms.contains(term)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> termsOfWords(Analyzer analyzer, List<String> words) {
    Set<String> terms = new HashSet<>();
    for (String word : words) {
      List<Set<String>> positions = AnalysedText.termsOf(analyzer, word);
      if (positions.size() != 1) {
        throw new IllegalArgumentException(
            "excluded word '" + word + "' must analyse to exactly one word, not " + positions);
      }
      terms.addAll(positions.get(0));
    }
    return Set.copyOf(terms);
  }

  private static void permute(int[] order, int from, List<int[]> out) {
    if (from == order.length) {
      out.add(order.clone());
      return;
    }
    for (int i = from; i < order.length; i++) {
      swap(order, from, i);
      permute(order, from + 1, out);
      swap(order, from, i);
    }
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
