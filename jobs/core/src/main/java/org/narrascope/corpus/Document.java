package org.narrascope.corpus;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One news document after ingest: every field non-null ({@code url} and {@code title} may be
 * empty).
 *
 * @param id the document id, unique in the corpus
 * @param source the outlet, as named in the source registry
 * @param date the publication day in the source's own time zone
 * @param lang an ISO 639-1 code in lower case, or {@code und} when unknown
 * @param title the headline, possibly empty
 * @param text the body text
 * @param url where it was published, possibly empty
 */
public record Document(
    String id, String source, LocalDate date, String lang, String title, String text, String url)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String UNDETERMINED = "und";

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(url, "url");
  }
}
