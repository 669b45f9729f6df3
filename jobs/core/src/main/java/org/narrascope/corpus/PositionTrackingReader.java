package org.narrascope.corpus;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.narrascope.NarrascopeException;

/**
 * A reader that remembers the text it has passed on and where its lines start, so that a CSV record
 * known only by its character position (commons-csv) can be given its line number and its raw text
 * for quarantine. Line breaks are counted as commons-csv counts them: {@code \r\n}, {@code \n} or a
 * lone {@code \r}. A leading byte-order mark is dropped, as no header name contains one.
 *
 * <p>Memory stays bounded by one record plus the parser's read-ahead: callers {@link
 * #discardBefore} what they no longer need.
 */
final class PositionTrackingReader extends Reader {
  private final Reader in;
  private final StringBuilder kept = new StringBuilder();
  private long keptFrom;
  private long position;
  private boolean started;
  private char previous;

  /** Absolute positions just after each line break still kept, ascending. */
  private long[] lineBreakEnds = new long[64];

  private int breaksHead;
  private int breaksTail;
  private long breaksDiscarded;

  PositionTrackingReader(Reader in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n <= 0) {
      return n;
    }
    int from = offset;
    if (!started) {
      started = true;
      if (buffer[offset] == '\uFEFF') {
        from++;
      }
    }
    int out = offset;
    for (int i = from; i < offset + n; i++) {
      char c = buffer[i];
      buffer[out++] = c;
      kept.append(c);
      position++;
      if (c == '\r') {
        addBreakEnd(position);
      } else if (c == '\n') {
        if (previous == '\r') {
          lineBreakEnds[breaksTail - 1] = position;
        } else {
          addBreakEnd(position);
        }
      }
      previous = c;
    }
    int delivered = out - offset;
    // A chunk that held nothing but the byte-order mark must not look like the end of the stream.
    return delivered == 0 ? read(buffer, offset, length) : delivered;
  }

  private void addBreakEnd(long end) {
    if (breaksTail == lineBreakEnds.length) {
      if (breaksHead > lineBreakEnds.length / 2) {
        System.arraycopy(lineBreakEnds, breaksHead, lineBreakEnds, 0, breaksTail - breaksHead);
        breaksTail -= breaksHead;
        breaksHead = 0;
      } else {
        lineBreakEnds = Arrays.copyOf(lineBreakEnds, lineBreakEnds.length * 2);
      }
    }
    lineBreakEnds[breaksTail++] = end;
  }

  /** The number of characters passed on so far. */
  long position() {
    return position;
  }

  /** The 1-based line of the character at {@code at}, which must not have been discarded. */
  long lineOf(long at) {
    int lo = breaksHead;
    int hi = breaksTail;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (lineBreakEnds[mid] <= at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return 1 + breaksDiscarded + (lo - breaksHead);
  }

  /**
   * The position where line {@code line} starts, or the current position when that line has not
   * been read (the text ended before it).
   */
  long startOfLine(long line) {
    if (line <= 1) {
      return 0;
    }
    long index = line - 2 - breaksDiscarded + breaksHead;
    if (index < breaksHead) {
      throw new IllegalStateException("line " + line + " was already discarded");
    }
    return index < breaksTail ? lineBreakEnds[(int) index] : position;
  }

  /**
   * Skips whole lines from {@code at} that are empty or start with {@code commentMarker} (0 for
   * none): commons-csv reports a record's position before the empty and comment lines it skipped.
   */
  long skipEmptyAndCommentLines(long at, char commentMarker) {
    long p = at;
    while (p < position) {
      char c = kept.charAt((int) (p - keptFrom));
      if (c == '\r' || c == '\n') {
        p = startOfLine(lineOf(p) + 1);
      } else if (commentMarker != 0 && c == commentMarker) {
        long next = startOfLine(lineOf(p) + 1);
        if (next == position) {
          return p;
        }
        p = next;
      } else {
        return p;
      }
    }
    return p;
  }

  /** The kept character at {@code at}, which must have been read and not discarded. */
  char charAt(long at) {
    return kept.charAt((int) (at - keptFrom));
  }

  /** The kept text from {@code from} to {@code to}, without trailing line breaks. */
  String text(long from, long to) {
    int end = (int) (to - keptFrom);
    while (end > from - keptFrom
        && (kept.charAt(end - 1) == '\n' || kept.charAt(end - 1) == '\r')) {
      end--;
    }
    return kept.substring((int) (from - keptFrom), end);
  }

  /** The start of the text from {@code from} to the end of the stream, and its full length. */
  record Rest(String head, long length) {}

  /**
   * The parser of {@code file} cannot go on: the rest of the file from {@code start} on becomes one
   * rejection, with as much of its text as a rejection keeps, so that nothing after the break is
   * silently dropped.
   */
  RecordOutcome.Rejected rejectRest(String file, long start, RejectReason reason, String problem) {
    long line = lineOf(start);
    Rest rest;
    try {
      rest = drainFrom(start, Rejection.MAX_RAW_CHARS + 1);
    } catch (IOException e) {
      throw new NarrascopeException(
          file + ": read failed after line " + line + ": " + e.getMessage(), e);
    }
    return new RecordOutcome.Rejected(
        Rejection.of(
            file,
            line,
            reason,
            problem + "; reading stopped here, this rejection covers the rest of the file",
            rest.head(),
            rest.length()));
  }

  /**
   * Reads the stream to its end and returns the text from {@code from} on, keeping no more than
   * {@code keep} characters of it in memory: the rest of a file that cannot be parsed may be large.
   */
  Rest drainFrom(long from, int keep) throws IOException {
    char[] chunk = new char[8192];
    String already = kept.substring((int) (from - keptFrom));
    long length = already.length();
    long trailingBreaks = trailingBreaks(already.toCharArray(), already.length(), length);
    StringBuilder head = new StringBuilder(already.substring(0, Math.min(keep, already.length())));
    int n;
    while ((n = in.read(chunk, 0, chunk.length)) > 0) {
      length += n;
      trailingBreaks = trailingBreaks(chunk, n, trailingBreaks + n);
      if (head.length() < keep) {
        head.append(chunk, 0, Math.min(n, keep - head.length()));
      }
    }
    // Like text(): the line break ending the last line is not part of the record.
    length -= trailingBreaks;
    if (head.length() > length) {
      head.setLength((int) length);
    }
    return new Rest(head.toString(), length);
  }

  /**
   * The number of line-break characters ending the text read so far, given a new chunk and that
   * number if the chunk were all line breaks.
   */
  private static long trailingBreaks(char[] chunk, int length, long ifAllBreaks) {
    for (int i = length - 1; i >= 0; i--) {
      if (chunk[i] != '\n' && chunk[i] != '\r') {
        return (long) length - 1 - i;
      }
    }
    return ifAllBreaks;
  }

  /** Forgets the text and line breaks before {@code at}. */
  void discardBefore(long at) {
    if (at <= keptFrom) {
      return;
    }
    kept.delete(0, (int) (at - keptFrom));
    keptFrom = at;
    while (breaksHead < breaksTail && lineBreakEnds[breaksHead] < at) {
      breaksHead++;
      breaksDiscarded++;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
