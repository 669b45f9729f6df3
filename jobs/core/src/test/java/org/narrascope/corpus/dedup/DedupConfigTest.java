package org.narrascope.corpus.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.narrascope.NarrascopeException;

class DedupConfigTest {
  @Test
  void defaults() {
    DedupConfig c = DedupConfig.defaults(9L);
    assertThat(c).isEqualTo(new DedupConfig(5, 120, 40, 0.5, 9L));
    assertThat(c.rows()).isEqualTo(3);
    assertThat(c.withThreshold(0.8).threshold()).isEqualTo(0.8);
    assertThat(c.withShingleSize(3).shingleSize()).isEqualTo(3);
  }

  @Test
  void rejectsBandsThatDoNotDivideHashes() {
    assertThatThrownBy(() -> new DedupConfig(5, 128, 30, 0.5, 1L))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage("dedup config: bands must be a positive divisor of hashes (128), got 30");
    assertThatThrownBy(() -> new DedupConfig(5, 128, 0, 0.5, 1L))
        .isInstanceOf(NarrascopeException.class);
  }

  @Test
  void rejectsThresholdsOutsideZeroToOne() {
    assertThatThrownBy(() -> new DedupConfig(5, 128, 32, 0.0, 1L))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage("dedup config: threshold must be a Jaccard similarity in (0, 1], got 0.0");
    assertThatThrownBy(() -> new DedupConfig(5, 128, 32, 1.01, 1L))
        .isInstanceOf(NarrascopeException.class);
    assertThatThrownBy(() -> new DedupConfig(5, 128, 32, Double.NaN, 1L))
        .isInstanceOf(NarrascopeException.class);
    assertThat(new DedupConfig(5, 128, 32, 1.0, 1L).threshold()).isEqualTo(1.0);
  }

  @Test
  void rejectsNonPositiveSizes() {
    assertThatThrownBy(() -> new DedupConfig(0, 128, 32, 0.5, 1L))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage("dedup config: shingle size must be at least 1 word, got 0");
    assertThatThrownBy(() -> new DedupConfig(5, 0, 1, 0.5, 1L))
        .isInstanceOf(NarrascopeException.class);
  }
}
