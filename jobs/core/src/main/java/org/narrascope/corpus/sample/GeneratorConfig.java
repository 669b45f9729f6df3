package org.narrascope.corpus.sample;

import java.time.LocalDate;
import java.util.Objects;
import org.narrascope.NarrascopeException;

/**
 * What to generate: how many documents, from which seed, over which days (inclusive).
 *
 * @param docs the number of documents, at least 1
 * @param seed the random seed; the same config always yields byte-identical files
 * @param from the first publication day (in each source's own time zone)
 * @param to the last publication day, inclusive
 */
public record GeneratorConfig(int docs, long seed, LocalDate from, LocalDate to) {
  /** The default span: the January 2022 unrest and its aftermath. */
  public static final LocalDate DEFAULT_FROM = LocalDate.of(2022, 1, 1);

  public static final LocalDate DEFAULT_TO = LocalDate.of(2022, 1, 31);

  public GeneratorConfig {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (docs < 1) {
      throw new NarrascopeException("generator config: docs must be at least 1, got " + docs);
    }
    if (to.isBefore(from)) {
      throw new NarrascopeException(
          "generator config: 'to' (" + to + ") must not be before 'from' (" + from + ")");
    }
  }

  /** A config over the default span, January 2022. */
  public static GeneratorConfig of(int docs, long seed) {
    return new GeneratorConfig(docs, seed, DEFAULT_FROM, DEFAULT_TO);
  }
}
