package org.narrascope.corpus.sample;

import java.time.ZoneId;
import java.util.List;

/**
 * The source registry of the sample corpus. The outlets are fictional on purpose: the sample text
 * is invented and must never be attributed to real media. {@link #csv()} is exactly {@code
 * corpus/sources.csv}.
 */
final class SampleSources {
  static final List<String> ROLES =
      List.of("state_media", "official", "independent", "expert_skeptic", "other");

  static final List<SampleSource> ALL =
      List.of(
          source("severny_telegraf", "state_media", "RU", "ru", "Europe/Moscow", 1.6),
          source("vestnik_centra", "state_media", "RU", "ru", "Europe/Moscow", 1.2),
          source("dala_tv", "state_media", "KZ", "kk", "Asia/Almaty", 1.0, "ru"),
          source("ru_presidential_press", "official", "RU", "ru", "Europe/Moscow", 0.4),
          source("kz_presidential_press", "official", "KZ", "ru", "Asia/Almaty", 0.7),
          source("kz_foreign_ministry", "official", "KZ", "en", "Asia/Almaty", 0.5, "ru"),
          source("steppe_courier", "independent", "KZ", "ru", "Asia/Almaty", 1.4),
          source("azat_unu", "independent", "KZ", "kk", "Asia/Almaty", 0.9, "ru"),
          source("kyiv_observer", "independent", "UA", "uk", "Europe/Kyiv", 0.9),
          source("central_asia_ledger", "independent", "GB", "en", "Europe/London", 1.0),
          source("eurasia_policy_review", "expert_skeptic", "US", "en", "America/New_York", 0.6),
          source("almaty_analytica", "expert_skeptic", "KZ", "ru", "Asia/Almaty", 0.7),
          source("kyiv_security_forum", "expert_skeptic", "UA", "uk", "Europe/Kyiv", 0.5),
          source("almaty_citizen_channel", "other", "KZ", "ru", "Asia/Almaty", 0.8));

  private SampleSources() {}

  private static SampleSource source(
      String id,
      String role,
      String country,
      String lang,
      String tz,
      double weight,
      String... otherLangs) {
    return new SampleSource(
        id,
        role,
        country,
        lang,
        ZoneId.of(tz),
        List.of(otherLangs),
        weight,
        id.replace('_', '-') + ".example");
  }

  /** The registry as CSV with a header, {@code \n} line ends. */
  static String csv() {
    StringBuilder csv = new StringBuilder("source,role,country,lang,tz\n");
    for (SampleSource s : ALL) {
      csv.append(String.join(",", s.source(), s.role(), s.country(), s.lang(), s.tz().getId()))
          .append('\n');
    }
    return csv.toString();
  }
}
