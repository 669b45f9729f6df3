package org.narrascope.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.narrascope.NarrascopeException;

/**
 * SHA-256 digests of input files for the run manifest, so that a result can be tied to the exact
 * bytes it was computed from. Streams: a corpus file is never held in memory whole.
 */
public final class Sha256 {
  private static final int BUFFER_BYTES = 8 * 1024;

  private Sha256() {}

  /**
   * Reads {@code in} to its end (without closing it) and returns its SHA-256 as 64 lower-case hex
   * digits.
   *
   * @throws UncheckedIOException when reading fails
   */
  public static String hex(InputStream in) {
    MessageDigest digest = newDigest();
    byte[] buffer = new byte[BUFFER_BYTES];
    try {
      int n;
      while ((n = in.read(buffer)) != -1) {
        digest.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The SHA-256 of a file's bytes, as 64 lower-case hex digits. */
  public static String hex(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return hex(in);
    } catch (IOException | UncheckedIOException e) {
      throw new NarrascopeException("cannot read " + file + " to compute its SHA-256", e);
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform is required to provide SHA-256.
      throw new IllegalStateException(e);
    }
  }
}
