package org.narrascope.corpus.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.narrascope.NarrascopeException;

/**
 * Strict UTF-8 checking and decoding. {@code new String(bytes, UTF_8)} silently turns every
 * ill-formed sequence into U+FFFD, which hides a windows-1251 or KOI8-R file read as UTF-8 (its
 * Cyrillic letters are all ill-formed and vanish); this class reports where the first bad byte is
 * instead, so the reader can say which file and offset to look at.
 */
public final class Utf8Validation {
  private static final int BUFFER = 1 << 16;

  private Utf8Validation() {}

  /** Checks {@code bytes} strictly (no overlongs, no surrogates, nothing above U+10FFFF). */
  public static Utf8Check check(byte[] bytes) {
    Scanner scanner = new Scanner();
    for (byte b : bytes) {
      scanner.feed(b & 0xFF);
    }
    return scanner.finish();
  }

  /**
   * Checks a stream strictly without holding it in memory; reads it to the end but does not close
   * it.
   */
  public static Utf8Check check(InputStream in) throws IOException {
    Scanner scanner = new Scanner();
    byte[] buffer = new byte[BUFFER];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      for (int i = 0; i < n; i++) {
        scanner.feed(buffer[i] & 0xFF);
      }
    }
    return scanner.finish();
  }

  /**
   * The charset a byte order mark at the start of {@code firstBytes} announces: UTF-8 (EF BB BF),
   * UTF-32BE/LE (00 00 FE FF / FF FE 00 00) or UTF-16BE/LE (FE FF / FF FE); empty without a BOM.
   * UTF-32LE is tested before UTF-16LE because its BOM starts with the UTF-16LE one.
   */
  public static Optional<Charset> bomCharset(byte[] firstBytes) {
    if (startsWith(firstBytes, 0xEF, 0xBB, 0xBF)) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (startsWith(firstBytes, 0x00, 0x00, 0xFE, 0xFF)) {
      return Optional.of(Charset.forName("UTF-32BE"));
    }
    if (startsWith(firstBytes, 0xFF, 0xFE, 0x00, 0x00)) {
      return Optional.of(Charset.forName("UTF-32LE"));
    }
    if (startsWith(firstBytes, 0xFE, 0xFF)) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (startsWith(firstBytes, 0xFF, 0xFE)) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  /** {@link #decodeReporting(byte[], String)} for bytes of no particular origin. */
  public static String decodeReporting(byte[] bytes) {
    return decodeReporting(bytes, "input");
  }

  /**
   * Decodes UTF-8 strictly, dropping a UTF-8 BOM. A UTF-16 or UTF-32 BOM switches to that charset
   * (also strictly): a BOM is an explicit statement, unlike a guess.
   *
   * @param source names the bytes in the error message (a file, a record)
   * @throws NarrascopeException naming the byte offset (counted from the first byte, BOM included)
   *     of the first ill-formed sequence and how many there are
   */
  public static String decodeReporting(byte[] bytes, String source) {
    Optional<Charset> bom = bomCharset(bytes);
    if (bom.isPresent() && !bom.get().equals(StandardCharsets.UTF_8)) {
      int skip = bom.get().name().startsWith("UTF-32") ? 4 : 2;
      try {
        return bom.get()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
            .toString();
      } catch (CharacterCodingException e) {
        throw new NarrascopeException(
            source
                + ": starts with a "
                + bom.get().name()
                + " byte order mark but is not valid "
                + bom.get().name()
                + " ("
                + e.getMessage()
                + ")",
            e);
      }
    }
    Utf8Check result = check(bytes);
    if (!result.valid()) {
      long at = result.firstBadOffset();
      throw new NarrascopeException(
          String.format(
              Locale.ROOT,
              "%s: invalid UTF-8 at byte offset %d (bytes %s; %d invalid sequence%s in %d bytes);"
                  + " expected UTF-8 text — was it saved as windows-1251 or KOI8-R?",
              source,
              at,
              hex(bytes, at, 4),
              result.badSequences(),
              result.badSequences() == 1 ? "" : "s",
              bytes.length));
    }
    int skip = bom.isPresent() ? 3 : 0;
    return new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
  }

  /**
   * Length of the well-formed UTF-8 sequence starting at {@code i} in {@code bytes} (values 0..255,
   * or -1 for "no byte here"), or 0 when none starts there. Shared with {@link MojibakeRepair},
   * which re-encodes garbled text to bytes and must decode them just as strictly.
   */
  static int sequenceLength(int[] bytes, int i, int end) {
    int b = bytes[i];
    if (b < 0) {
      return 0;
    }
    if (b < 0x80) {
      return 1;
    }
    int length;
    int lo = 0x80;
    int hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
    } else if (b == 0xE0) {
      length = 3;
      lo = 0xA0;
    } else if (b == 0xED) {
      length = 3;
      hi = 0x9F;
    } else if (b >= 0xE1 && b <= 0xEF) {
      length = 3;
    } else if (b == 0xF0) {
      length = 4;
      lo = 0x90;
    } else if (b == 0xF4) {
      length = 4;
      hi = 0x8F;
    } else if (b >= 0xF1 && b <= 0xF3) {
      length = 4;
    } else {
      return 0;
    }
    if (i + length > end) {
      return 0;
    }
    for (int k = 1; k < length; k++) {
      int c = bytes[i + k];
      if (c < lo || c > hi) {
        return 0;
      }
      lo = 0x80;
      hi = 0xBF;
    }
    return length;
  }

  /** Decodes the well-formed sequence of {@code length} bytes at {@code i} to a code point. */
  static int decodeSequence(int[] bytes, int i, int length) {
    switch (length) {
      case 1:
        return bytes[i];
      case 2:
        return ((bytes[i] & 0x1F) << 6) | (bytes[i + 1] & 0x3F);
      case 3:
        return ((bytes[i] & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
      default:
        return ((bytes[i] & 0x07) << 18)
            | ((bytes[i + 1] & 0x3F) << 12)
            | ((bytes[i + 2] & 0x3F) << 6)
            | (bytes[i + 3] & 0x3F);
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String hex(byte[] bytes, long from, int count) {
    StringBuilder out = new StringBuilder();
    for (long i = from; i < Math.min(bytes.length, from + count); i++) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(String.format(Locale.ROOT, "%02X", bytes[(int) i] & 0xFF));
    }
    return out.toString();
  }

  /**
   * A byte-at-a-time well-formedness automaton (Unicode table 3-7). A sequence broken by an
   * unexpected byte counts as one bad sequence (its maximal subpart) and that byte starts afresh,
   * as in Unicode's "U+FFFD substitution of maximal subparts".
   */
  private static final class Scanner {
    private long offset;
    private long sequenceStart;
    private int remaining;
    private int lo = 0x80;
    private int hi = 0xBF;
    private long firstBad = -1;
    private int bad;

    void feed(int b) {
      if (remaining > 0) {
        if (b >= lo && b <= hi) {
          remaining--;
          lo = 0x80;
          hi = 0xBF;
          offset++;
          return;
        }
        bad(sequenceStart);
        remaining = 0;
        lo = 0x80;
        hi = 0xBF;
      }
      sequenceStart = offset;
      if (b < 0x80) {
        // ASCII
      } else if (b >= 0xC2 && b <= 0xDF) {
        remaining = 1;
      } else if (b == 0xE0) {
        remaining = 2;
        lo = 0xA0;
      } else if (b == 0xED) {
        remaining = 2;
        hi = 0x9F;
      } else if (b >= 0xE1 && b <= 0xEF) {
        remaining = 2;
      } else if (b == 0xF0) {
        remaining = 3;
        lo = 0x90;
      } else if (b == 0xF4) {
        remaining = 3;
        hi = 0x8F;
      } else if (b >= 0xF1 && b <= 0xF3) {
        remaining = 3;
      } else {
        bad(offset);
      }
      offset++;
    }

    Utf8Check finish() {
      if (remaining > 0) {
        bad(sequenceStart);
        remaining = 0;
      }
      return new Utf8Check(bad == 0, firstBad, bad);
    }

    private void bad(long at) {
      if (firstBad < 0) {
        firstBad = at;
      }
      bad++;
    }
  }
}
