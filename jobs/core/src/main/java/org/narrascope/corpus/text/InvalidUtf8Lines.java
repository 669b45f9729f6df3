package org.narrascope.corpus.text;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * Watches the bytes of a UTF-8 text file as a reader pulls them through, and remembers which lines
 * hold invalid sequences (with the byte offset of the first). A decoding reader would turn them
 * into U+FFFD without a word; with this the ingest can quarantine exactly those records and say
 * where.
 *
 * <p>Lines are counted from 1 by {@code \n} bytes, as record readers count them. A reader reads
 * ahead, so a line's verdict is known once the reader has produced that line's record.
 */
public final class InvalidUtf8Lines extends FilterInputStream {
  private final Map<Long, Long> firstBadOffsetByLine = new TreeMap<>();
  private long offset;
  private long line = 1;
  private int expectedContinuations;
  private int lowerBound = 0x80;
  private int upperBound = 0xBF;
  private long sequenceStart;

  public InvalidUtf8Lines(InputStream in) {
    super(in);
  }

  /** The byte offset of the first invalid sequence on {@code line}, or -1 if it is valid. */
  public long firstBadOffset(long line) {
    return firstBadOffsetByLine.getOrDefault(line, -1L);
  }

  /** Whether any line so far held an invalid sequence. */
  public boolean any() {
    return !firstBadOffsetByLine.isEmpty();
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      accept(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int off, int len) throws IOException {
    int n = super.read(buffer, off, len);
    for (int i = 0; i < n; i++) {
      accept(buffer[off + i] & 0xFF);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes would escape the check; read them instead.
    byte[] sink = new byte[(int) Math.min(n, 8192)];
    long skipped = 0;
    while (skipped < n) {
      int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** The UTF-8 automaton of RFC 3629 (overlongs, surrogates and > U+10FFFF are invalid). */
  private void accept(int b) {
    if (expectedContinuations > 0) {
      if (b >= lowerBound && b <= upperBound) {
        expectedContinuations--;
        lowerBound = 0x80;
        upperBound = 0xBF;
        offset++;
        return;
      }
      bad(sequenceStart);
      expectedContinuations = 0;
      lowerBound = 0x80;
      upperBound = 0xBF;
      // fall through: this byte starts afresh
    }
    sequenceStart = offset;
    if (b < 0x80) {
      if (b == '\n') {
        line++;
      }
    } else if (b >= 0xC2 && b <= 0xDF) {
      expectedContinuations = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      expectedContinuations = 2;
      lowerBound = b == 0xE0 ? 0xA0 : 0x80;
      upperBound = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      expectedContinuations = 3;
      lowerBound = b == 0xF0 ? 0x90 : 0x80;
      upperBound = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      bad(offset);
    }
    offset++;
  }

  private void bad(long at) {
    firstBadOffsetByLine.putIfAbsent(line, at);
  }
}
