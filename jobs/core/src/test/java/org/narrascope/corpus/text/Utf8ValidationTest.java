package org.narrascope.corpus.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.narrascope.NarrascopeException;

class Utf8ValidationTest {
  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  @Test
  void validTextInEveryLanguageIsValid() throws IOException {
    for (String clean : CleanSentences.all()) {
      byte[] utf8 = clean.getBytes(StandardCharsets.UTF_8);
      assertThat(Utf8Validation.check(utf8)).isEqualTo(new Utf8Check(true, -1, 0));
      assertThat(Utf8Validation.check(new ByteArrayInputStream(utf8)))
          .isEqualTo(new Utf8Check(true, -1, 0));
      assertThat(Utf8Validation.decodeReporting(utf8)).isEqualTo(clean);
    }
  }

  @Test
  void cp1251BytesReadAsUtf8AreReportedAtTheFirstBadByte() throws IOException {
    // "ok канал": 3 ASCII bytes, then five cp1251 letters, each an ill-formed sequence.
    byte[] cp1251 = "ok канал".getBytes(Charset.forName("windows-1251"));
    assertThat(Utf8Validation.check(cp1251)).isEqualTo(new Utf8Check(false, 3, 5));
    assertThat(Utf8Validation.check(new ByteArrayInputStream(cp1251)))
        .isEqualTo(new Utf8Check(false, 3, 5));
    assertThatThrownBy(() -> Utf8Validation.decodeReporting(cp1251, "posts.json"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageStartingWith(
            "posts.json: invalid UTF-8 at byte offset 3 (bytes EA E0 ED E0; 5 invalid sequences in"
                + " 8 bytes)");
  }

  @Test
  void maximalSubpartsAreCountedOnce() {
    // E2 82 is a truncated 3-byte sequence (one bad), C0 and F5 never start anything, ED A0 80
    // is a surrogate (ED then A0 is bad: ED alone, then A0, then 80), and a truncated tail.
    assertThat(Utf8Validation.check(bytes('a', 0xE2, 0x82, 'b')))
        .isEqualTo(new Utf8Check(false, 1, 1));
    assertThat(Utf8Validation.check(bytes(0xC0, 0xAF))).isEqualTo(new Utf8Check(false, 0, 2));
    assertThat(Utf8Validation.check(bytes(0xED, 0xA0, 0x80))).isEqualTo(new Utf8Check(false, 0, 3));
    assertThat(Utf8Validation.check(bytes('x', 0xF0, 0x9F, 0x94)))
        .isEqualTo(new Utf8Check(false, 1, 1));
    assertThat(Utf8Validation.check(bytes(0xF0, 0x9F, 0x94, 0xA5)))
        .isEqualTo(new Utf8Check(true, -1, 0));
    assertThat(Utf8Validation.check(bytes(0xF5, 0x80))).isEqualTo(new Utf8Check(false, 0, 2));
  }

  @Test
  void bomsAreRecognised() {
    assertThat(Utf8Validation.bomCharset(bytes(0xEF, 0xBB, 0xBF, 'a')))
        .contains(StandardCharsets.UTF_8);
    assertThat(Utf8Validation.bomCharset(bytes(0xFE, 0xFF, 0, 'a')))
        .contains(StandardCharsets.UTF_16BE);
    assertThat(Utf8Validation.bomCharset(bytes(0xFF, 0xFE, 'a', 0)))
        .contains(StandardCharsets.UTF_16LE);
    assertThat(Utf8Validation.bomCharset(bytes(0xFF, 0xFE, 0, 0)))
        .contains(Charset.forName("UTF-32LE"));
    assertThat(Utf8Validation.bomCharset(bytes('a', 'b'))).isEqualTo(Optional.empty());
    assertThat(Utf8Validation.bomCharset(bytes(0xEF, 0xBB))).isEqualTo(Optional.empty());
  }

  @Test
  void decodingStripsAUtf8BomAndHonoursAUtf16One() {
    assertThat(Utf8Validation.decodeReporting(bytes(0xEF, 0xBB, 0xBF, 0xD0, 0x9C, 'a')))
        .isEqualTo("Мa");
    byte[] utf16 = "\uFEFFМайдан".getBytes(StandardCharsets.UTF_16LE);
    assertThat(Utf8Validation.decodeReporting(utf16)).isEqualTo("Майдан");
    assertThatThrownBy(() -> Utf8Validation.decodeReporting(bytes(0xFE, 0xFF, 0xD8, 0x00), "f"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageStartingWith("f: starts with a UTF-16BE byte order mark but is not valid");
  }
}
