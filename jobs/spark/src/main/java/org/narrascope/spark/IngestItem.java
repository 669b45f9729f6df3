package org.narrascope.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.narrascope.corpus.Document;

/**
 * What reading an input file yields, one item at a time: an accepted document, a quarantined
 * record, or — last for each file — the file's own summary. One type for the three keeps a file's
 * reading a single streaming pass.
 */
record IngestItem(
    Kind kind,
    String file,
    long line,
    Document document,
    String reason,
    String detail,
    String raw,
    FileSummary summary)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  enum Kind {
    DOCUMENT,
    REJECTED,
    SUMMARY
  }

  static IngestItem document(String file, long line, Document d) {
    return new IngestItem(Kind.DOCUMENT, file, line, d, null, null, null, null);
  }

  static IngestItem rejected(String file, long line, String reason, String detail, String raw) {
    return new IngestItem(Kind.REJECTED, file, line, null, reason, detail, raw, null);
  }

  static IngestItem summary(FileSummary s) {
    return new IngestItem(Kind.SUMMARY, s.file(), 0, null, null, null, null, s);
  }

  /** The per-file accounting an ingest task reports. */
  record FileSummary(
      String file,
      long bytes,
      String sha256,
      long read,
      long accepted,
      long unknownSource,
      long languageDetected,
      Map<String, Long> repairs,
      Map<String, Long> rejectedByReason)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    FileSummary {
      repairs = new TreeMap<>(repairs);
      rejectedByReason = new TreeMap<>(rejectedByReason);
    }

    /** Documents whose text needed a mojibake repair. */
    long mojibakeRepaired() {
      return repairs.entrySet().stream()
          .filter(e -> e.getKey().startsWith("mojibake"))
          .mapToLong(Map.Entry::getValue)
          .sum();
    }
  }
}
