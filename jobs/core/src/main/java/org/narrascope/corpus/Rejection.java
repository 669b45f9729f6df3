package org.narrascope.corpus;

import java.util.Objects;

/**
 * A quarantined input record: where it was, why it was rejected and what it looked like.
 *
 * @param file the input file as the ingest named it
 * @param line the 1-based line where the record starts
 * @param reason the machine-readable reason
 * @param detail a sentence for a researcher saying what was wrong and what was expected
 * @param raw the record's text, cut to {@link #MAX_RAW_CHARS} characters (the detail says so when
 *     it was cut)
 */
public record Rejection(String file, long line, RejectReason reason, String detail, String raw) {
  /** Quarantine keeps the start of a record, enough to recognise it, not whole books. */
  public static final int MAX_RAW_CHARS = 2_000;

  public Rejection {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(raw, "raw");
  }

  /**
   * Builds a rejection from the full record text, truncating it to {@link #MAX_RAW_CHARS} and
   * saying so in the detail.
   */
  public static Rejection of(
      String file, long line, RejectReason reason, String detail, String fullRaw) {
    return of(file, line, reason, detail, fullRaw, fullRaw.length());
  }

  /**
   * Builds a rejection from the first characters of a record whose full length is known but which
   * was not kept whole (the rest of a file that cannot be parsed).
   */
  static Rejection of(
      String file, long line, RejectReason reason, String detail, String head, long fullLength) {
    if (fullLength <= MAX_RAW_CHARS && head.length() == fullLength) {
      return new Rejection(file, line, reason, detail, head);
    }
    int end = Math.min(MAX_RAW_CHARS, head.length());
    // Never cut a surrogate pair in half: the quarantine file must stay valid UTF-8.
    if (end > 0 && end < head.length() && Character.isHighSurrogate(head.charAt(end - 1))) {
      end--;
    }
    return new Rejection(
        file,
        line,
        reason,
        detail + " (raw record truncated to " + end + " of " + fullLength + " characters)",
        head.substring(0, end));
  }
}
