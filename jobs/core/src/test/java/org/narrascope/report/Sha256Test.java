package org.narrascope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {
  @Test
  void hashesAbcAsFips180Says() {
    assertThat(Sha256.hex(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void hashesTheEmptyInput() {
    assertThat(Sha256.hex(new ByteArrayInputStream(new byte[0])))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void streamsInputsLongerThanItsBuffer(@TempDir Path dir) throws IOException {
    // One million 'a' (FIPS 180-2 test vector), far more than the 8 KB buffer.
    Path file = dir.resolve("a.txt");
    Files.write(file, "a".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII));
    assertThat(Sha256.hex(file))
        .isEqualTo("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  }
}
