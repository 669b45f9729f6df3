package org.narrascope.frames;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.narrascope.NarrascopeException;

/**
 * What a concordance search looks for: one frame, optionally restricted to sources, languages and a
 * date range (these three narrow the index search itself), and any further condition on the entries
 * found (quoted or authorial use, and later e.g. the speaker's stance), applied after matching.
 *
 * <p>Immutable; the {@code with…} methods return narrowed copies.
 *
 * @param sources the sources to keep; empty keeps every source
 * @param languages the document languages to keep; empty keeps every language
 * @param from the first day kept, if any
 * @param to the last day kept, if any
 * @param filter a condition every reported entry meets
 * @param context characters of context kept each side of a match (a surrogate pair at the edge is
 *     left out rather than cut)
 */
public record ConcordanceQuery(
    String frame,
    Set<String> sources,
    Set<String> languages,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Predicate<ConcordanceEntry> filter,
    int context) {
  /** Context kept when none is asked for: as much as {@code concordance.csv} keeps. */
  public static final int DEFAULT_CONTEXT = ShardFrameScan.CONTEXT;

  public ConcordanceQuery {
    sources = Set.copyOf(new TreeSet<>(sources));
    languages = Set.copyOf(new TreeSet<>(languages));
    if (context < 0) {
      throw new IllegalArgumentException("context must not be negative: " + context);
    }
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      // Most likely swapped dates on a command line: say so rather than list nothing.
      throw new NarrascopeException(
          "the date range "
              + from.get()
              + " to "
              + to.get()
              + " is empty: the first day is after the last");
    }
  }

  /** Every mention of {@code frame}, unfiltered. */
  public static ConcordanceQuery of(String frame) {
    return new ConcordanceQuery(
        frame, Set.of(), Set.of(), Optional.empty(), Optional.empty(), e -> true, DEFAULT_CONTEXT);
  }

  /** Keeps only documents of these sources (none given: every source). */
  public ConcordanceQuery withSources(Collection<String> only) {
    return new ConcordanceQuery(frame, Set.copyOf(only), languages, from, to, filter, context);
  }

  /** Keeps only documents in these languages (none given: every language). */
  public ConcordanceQuery withLanguages(Collection<String> only) {
    return new ConcordanceQuery(frame, sources, Set.copyOf(only), from, to, filter, context);
  }

  /** Keeps only documents published between {@code first} and {@code last}, both included. */
  public ConcordanceQuery between(Optional<LocalDate> first, Optional<LocalDate> last) {
    return new ConcordanceQuery(frame, sources, languages, first, last, filter, context);
  }

  /** Also requires {@code condition} of every entry. */
  public ConcordanceQuery where(Predicate<ConcordanceEntry> condition) {
    return new ConcordanceQuery(
        frame, sources, languages, from, to, filter.and(condition), context);
  }

  /** Keeps {@code characters} of context each side. */
  public ConcordanceQuery withContext(int characters) {
    return new ConcordanceQuery(frame, sources, languages, from, to, filter, characters);
  }
}
