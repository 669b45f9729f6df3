package org.narrascope.corpus;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.narrascope.NarrascopeException;
import org.narrascope.corpus.language.LanguageGuess;
import org.narrascope.corpus.language.LanguageIdentifier;
import org.narrascope.corpus.text.Normalized;
import org.narrascope.corpus.text.Repair;
import org.narrascope.corpus.text.TextNormalizer;

/**
 * The checks and repairs every accepted record goes through after its reader, whatever its format:
 * bounded keys, a plausible date, normalised text (mojibake repaired, entities decoded, control and
 * zero-width characters removed, NFC) and, where asked, the detected language.
 *
 * <p>One instance per task: the language model is loaded once and reused.
 */
public final class DocumentCleaner {
  /** When to detect a document's language. */
  public enum LanguageDetection {
    /** Only for documents without a language ({@code und}). */
    MISSING,
    /** For every document, replacing the declared language. */
    ALWAYS,
    /** Never: an absent language stays {@code und}. */
    NEVER;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static LanguageDetection parse(String code) {
      for (LanguageDetection d : values()) {
        if (d.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
          return d;
        }
      }
      throw new NarrascopeException(
          "unknown language detection '" + code + "': expected missing, always or never");
    }
  }

  /** Keys longer than these could not be Lucene terms, or make no sense as ids or outlet names. */
  public static final int MAX_ID_LENGTH = 512;

  public static final int MAX_SOURCE_LENGTH = 256;

  static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  /**
   * What cleaning did to one record.
   *
   * @param outcome the cleaned document, or the rejection
   * @param repairs the text repairs applied to title or text
   * @param languageDetected whether the document's language came from detection
   */
  public record Cleaned(RecordOutcome outcome, Set<Repair> repairs, boolean languageDetected) {}

  private final LanguageDetection detection;
  private final LocalDate today;
  private final TextNormalizer normalizer = TextNormalizer.standard();
  private LanguageIdentifier identifier;

  private DocumentCleaner(LanguageDetection detection, LocalDate today) {
    this.detection = detection;
    this.today = today;
  }

  /**
   * @param today the day of the run (passed in, so that a run is reproducible and its manifest can
   *     say which day judged the dates)
   */
  public static DocumentCleaner of(LanguageDetection detection, LocalDate today) {
    return new DocumentCleaner(detection, today);
  }

  /** Cleans an accepted record; a rejected one passes through unchanged. */
  public Cleaned clean(RecordOutcome outcome) {
    if (!(outcome instanceof RecordOutcome.Accepted accepted)) {
      return new Cleaned(outcome, Set.of(), false);
    }
    Document d = accepted.document();
    String raw = d.id() + " " + d.source() + " " + d.date();
    if (d.id().length() > MAX_ID_LENGTH || d.source().length() > MAX_SOURCE_LENGTH) {
      return rejected(
          accepted,
          RejectReason.FIELD_TOO_LONG,
          String.format(
              Locale.ROOT,
              "id has %d characters (at most %d), source %d (at most %d)",
              d.id().length(),
              MAX_ID_LENGTH,
              d.source().length(),
              MAX_SOURCE_LENGTH),
          raw);
    }
    if (d.date().isBefore(EARLIEST) || d.date().isAfter(today.plusDays(1))) {
      return rejected(
          accepted,
          RejectReason.IMPLAUSIBLE_DATE,
          "date " + d.date() + " is outside " + EARLIEST + " .. " + today.plusDays(1),
          raw);
    }
    Normalized title = normalizer.normalize(d.title());
    Normalized text = normalizer.normalize(d.text());
    Set<Repair> repairs = EnumSet.noneOf(Repair.class);
    repairs.addAll(title.repairs());
    repairs.addAll(text.repairs());
    String lang = d.lang();
    boolean detected = false;
    if (detection == LanguageDetection.ALWAYS
        || (detection == LanguageDetection.MISSING && lang.equals(Document.UNDETERMINED))) {
      LanguageGuess guess = identifier().identify(title.text() + "\n" + text.text());
      detected = guess.isDetermined() && !guess.lang().equals(lang);
      lang = guess.isDetermined() ? guess.lang() : lang;
    }
    Document cleaned =
        new Document(d.id(), d.source(), d.date(), lang, title.text(), text.text(), d.url());
    return new Cleaned(
        new RecordOutcome.Accepted(cleaned, accepted.file(), accepted.line()), repairs, detected);
  }

  private LanguageIdentifier identifier() {
    if (identifier == null) {
      identifier = LanguageIdentifier.load();
    }
    return identifier;
  }

  private static Cleaned rejected(
      RecordOutcome.Accepted a, RejectReason reason, String detail, String raw) {
    return new Cleaned(
        new RecordOutcome.Rejected(Rejection.of(a.file(), a.line(), reason, detail, raw)),
        Set.of(),
        false);
  }
}
