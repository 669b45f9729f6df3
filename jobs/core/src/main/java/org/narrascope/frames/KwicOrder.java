package org.narrascope.frames;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.narrascope.NarrascopeException;

/**
 * The orders of a keyword-in-context listing. Every order ends with the document order (document
 * id, title before text, offset), so a listing is the same whatever order the shards were read in.
 *
 * <p>{@link #LEFT} and {@link #RIGHT} sort as corpus linguists do (AntConc's L1/R1 sort): by the
 * word nearest the match on that side, then the next one out, and so on; words compare by the
 * Unicode root collation, ignoring case, so "Газ" and "газ" sort together and Cyrillic letters such
 * as ё, і, қ sit next to their base letters rather than after я.
 */
public enum KwicOrder {
  /** By document id, title before text, then offset. */
  DOC,
  /** By the words left of the match, nearest first. */
  LEFT,
  /** By the words right of the match, nearest first. */
  RIGHT,
  /** By source, then date, then document order. */
  SOURCE,
  /** By date, then document order. */
  DATE;

  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*");

  private static final Comparator<ConcordanceEntry> DOCUMENT_ORDER =
      Comparator.comparing(ConcordanceEntry::docId)
          .thenComparingInt(e -> fieldRank(e.field()))
          .thenComparingInt(ConcordanceEntry::start)
          .thenComparingInt(ConcordanceEntry::end);

  /** The order named {@code name} ({@code doc}, {@code left}, ...), in any case. */
  public static KwicOrder parse(String name) {
    for (KwicOrder order : values()) {
      if (order.name().equalsIgnoreCase(name)) {
        return order;
      }
    }
    throw new NarrascopeException(
        "unknown sort order '" + name + "'; expected one of doc, left, right, source, date");
  }

  /** {@code entries} sorted in this order (a new list). */
  public List<ConcordanceEntry> sort(List<ConcordanceEntry> entries) {
    return switch (this) {
      case DOC -> sorted(entries, DOCUMENT_ORDER);
      case SOURCE ->
          sorted(
              entries,
              Comparator.comparing(ConcordanceEntry::source)
                  .thenComparing(ConcordanceEntry::date)
                  .thenComparing(DOCUMENT_ORDER));
      case DATE ->
          sorted(
              entries, Comparator.comparing(ConcordanceEntry::date).thenComparing(DOCUMENT_ORDER));
      case LEFT, RIGHT -> byContextWords(entries, this == LEFT);
    };
  }

  /**
   * The words of a context, nearest to the match first: for the left context the last word first.
   */
  static List<String> wordsOutward(String context, boolean left) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(context);
    while (m.find()) {
      words.add(m.group());
    }
    if (left) {
      java.util.Collections.reverse(words);
    }
    return words;
  }

  private static List<ConcordanceEntry> sorted(
      List<ConcordanceEntry> entries, Comparator<ConcordanceEntry> order) {
    List<ConcordanceEntry> copy = new ArrayList<>(entries);
    copy.sort(order);
    return copy;
  }

  private record Keyed(ConcordanceEntry entry, CollationKey[] words) {}

  private static List<ConcordanceEntry> byContextWords(
      List<ConcordanceEntry> entries, boolean left) {
    Collator collator = Collator.getInstance(ULocale.ROOT);
    collator.setStrength(Collator.SECONDARY);
    List<Keyed> keyed = new ArrayList<>(entries.size());
    for (ConcordanceEntry e : entries) {
      List<String> words = wordsOutward(left ? e.left() : e.right(), left);
      CollationKey[] keys = new CollationKey[words.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = collator.getCollationKey(words.get(i));
      }
      keyed.add(new Keyed(e, keys));
    }
    keyed.sort(
        ((Comparator<Keyed>) (a, b) -> compareWords(a.words(), b.words()))
            .thenComparing(Keyed::entry, DOCUMENT_ORDER));
    return keyed.stream().map(Keyed::entry).toList();
  }

  /** Word by word; a context that runs out of words first sorts first. */
  private static int compareWords(CollationKey[] a, CollationKey[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int c = a[i].compareTo(b[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  private static int fieldRank(String field) {
    // A title comes before the text it heads.
    return switch (field.toLowerCase(Locale.ROOT)) {
      case "title" -> 0;
      case "text" -> 1;
      default -> 2;
    };
  }
}
