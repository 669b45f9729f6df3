package org.narrascope.index;

import java.util.Locale;
import java.util.Optional;

/**
 * The field names of a shard. Each document's title and text are stored once, verbatim (for
 * concordance lines and offsets), and indexed once under a field named after the document's
 * language ({@code text_ru}, {@code title_kk}, …), so that every language gets its own analysis
 * chain in one index and a frame's query for one language never reads another language's terms.
 */
public final class IndexFields {
  public static final String ID = "id";
  public static final String SOURCE = "source";
  public static final String DATE = "date";
  public static final String LANG = "lang";
  public static final String URL = "url";
  public static final String TOKENS = "tokens";
  public static final String DUPLICATE_OF = "duplicate_of";
  public static final String COUNTED = "counted";
  public static final String TITLE = "title";
  public static final String TEXT = "text";

  private IndexFields() {}

  /**
   * The analysed field holding {@code storedField} ({@link #TITLE} or {@link #TEXT}) for {@code
   * lang}.
   */
  public static String analyzed(String storedField, String lang) {
    return storedField + "_" + lang.toLowerCase(Locale.ROOT);
  }

  /**
   * The language of an analysed field name, or empty for a field that is not analysed per language.
   */
  public static Optional<String> languageOf(String fieldName) {
    for (String stored : new String[] {TITLE, TEXT}) {
      String prefix = stored + "_";
      if (fieldName.startsWith(prefix) && fieldName.length() > prefix.length()) {
        return Optional.of(fieldName.substring(prefix.length()));
      }
    }
    return Optional.empty();
  }
}
