package org.narrascope.corpus;

import java.time.ZoneId;
import java.util.Objects;

/**
 * One outlet of the source registry.
 *
 * @param name the outlet's id as records name it in their {@code source} field
 * @param role what kind of voice it is
 * @param country an ISO 3166 country code, as written in the registry
 * @param lang the language it mostly writes in (it may publish in others)
 * @param zone the time zone its publication dates are meant in; a record's date is the day in this
 *     zone
 */
public record Source(String name, SourceRole role, String country, String lang, ZoneId zone) {
  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(zone, "zone");
  }
}
