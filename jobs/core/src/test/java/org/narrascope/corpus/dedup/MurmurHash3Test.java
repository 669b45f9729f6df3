package org.narrascope.corpus.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Published MurmurHash3_x64_128 vectors (those of Guava's and Elasticsearch's test suites). */
class MurmurHash3Test {
  private static long[] hash(String s, int seed) {
    return MurmurHash3.hash128(s.getBytes(StandardCharsets.UTF_8), seed);
  }

  @Test
  void matchesPublishedVectorsWithSeeds() {
    assertThat(hash("hell", 0)).containsExactly(0x629942693e10f867L, 0x92db0b82baeb5347L);
    assertThat(hash("hello", 1)).containsExactly(0xa78ddff5adae8d10L, 0x128900ef20900135L);
    assertThat(hash("hello ", 2)).containsExactly(0x8a486b23f422e826L, 0xf962a2c58947765fL);
    assertThat(hash("hello w", 3)).containsExactly(0x2ea59f466f6bed8cL, 0xc610990acc428a17L);
    assertThat(hash("hello wo", 4)).containsExactly(0x79f6305a386c572cL, 0x46305aed3483b94eL);
    assertThat(hash("hello wor", 5)).containsExactly(0xc2219d213ec1f1b5L, 0xa1d8e2e0a52785bdL);
    assertThat(hash("The quick brown fox jumps over the lazy dog", 0))
        .containsExactly(0xe34bbc7bbc071b6cL, 0x7a433ca9c49a9347L);
    assertThat(hash("The quick brown fox jumps over the lazy cog", 0))
        .containsExactly(0x658ca970ff85269aL, 0x43fee3eaa68e5c3eL);
  }

  @Test
  void matchesVectorsAroundTheBlockBoundary() {
    assertThat(hash("", 0)).containsExactly(0L, 0L);
    assertThat(hash("hello", 0)).containsExactly(0xcbd8a7b341bd9b02L, 0x5b1e906a48ae1d19L);
    assertThat(hash("123456789012345", 0))
        .containsExactly(0x887001aea2afcfd6L, 0x1ec326364f0801b3L);
    assertThat(hash("1234567890123456", 0))
        .containsExactly(0x4fbe5dc5c0e32cf8L, 0xc0c8e96b60c322c1L);
    assertThat(hash("12345678901234567", 0))
        .containsExactly(0x748617968026b77eL, 0x291e6386473f7103L);
  }

  @Test
  void hash64IsTheFirstHalf() {
    byte[] fox = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);
    assertThat(MurmurHash3.hash64(fox, 0)).isEqualTo(0xe34bbc7bbc071b6cL);
  }
}
