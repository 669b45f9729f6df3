package org.narrascope.corpus.dedup;

import java.io.Serializable;
import java.util.Objects;
import org.narrascope.NarrascopeException;

/**
 * An unordered pair of distinct document ids, stored with {@code first < second} so that equal
 * pairs are equal records whichever way round they were found.
 *
 * @param first the smaller id
 * @param second the larger id
 */
public record DocumentPair(String first, String second)
    implements Comparable<DocumentPair>, Serializable {
  private static final long serialVersionUID = 1L;

  public DocumentPair {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (first.compareTo(second) >= 0) {
      throw new NarrascopeException(
          "document pair must be ordered and distinct, got '" + first + "', '" + second + "'");
    }
  }

  /** The pair of {@code a} and {@code b} in either order; they must differ. */
  public static DocumentPair of(String a, String b) {
    return a.compareTo(b) <= 0 ? new DocumentPair(a, b) : new DocumentPair(b, a);
  }

  @Override
  public int compareTo(DocumentPair other) {
    int c = first.compareTo(other.first);
    return c != 0 ? c : second.compareTo(other.second);
  }
}
