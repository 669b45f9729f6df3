package org.narrascope.corpus;

import java.util.Objects;

/**
 * What became of one input record: a {@link Accepted document} or a {@link Rejected rejection}.
 * Every record a reader reads yields exactly one outcome, so that nothing is dropped silently.
 */
public sealed interface RecordOutcome permits RecordOutcome.Accepted, RecordOutcome.Rejected {

  /** The input file the record came from. */
  String file();

  /**
   * The 1-based line where the record starts; for {@link WarcRecords} the record's byte offset in
   * the file instead (0 for the first record).
   */
  long line();

  /** A record that became a document. */
  record Accepted(Document document, String file, long line) implements RecordOutcome {
    public Accepted {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(file, "file");
    }
  }

  /** A record that goes to quarantine. */
  record Rejected(Rejection rejection) implements RecordOutcome {
    public Rejected {
      Objects.requireNonNull(rejection, "rejection");
    }

    @Override
    public String file() {
      return rejection.file();
    }

    @Override
    public long line() {
      return rejection.line();
    }
  }
}
