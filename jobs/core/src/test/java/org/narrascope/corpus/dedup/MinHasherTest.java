package org.narrascope.corpus.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.narrascope.NarrascopeException;

class MinHasherTest {
  private static final DedupConfig CONFIG = new DedupConfig(5, 128, 32, 0.7, 11L);

  /** Shingle hashes of the numbers {@code from} (inclusive) to {@code to} (exclusive). */
  private static long[] shingles(int from, int to) {
    long[] s = LongStream.range(from, to).map(i -> Shingles.hash("word " + i)).sorted().toArray();
    return s;
  }

  @Test
  void estimateIsWithinATenthOfExactJaccard() {
    MinHasher hasher = MinHasher.of(CONFIG);
    long[] base = shingles(0, 300);
    for (int shift : new int[] {0, 30, 100, 150, 240, 300}) {
      long[] other = shingles(shift, shift + 300);
      double exact = Shingles.jaccard(base, other);
      double estimate = MinHasher.estimatedJaccard(hasher.signature(base), hasher.signature(other));
      assertThat(estimate).as("shift %d, exact %.3f", shift, exact).isCloseTo(exact, offset(0.1));
    }
    assertThat(Shingles.jaccard(base, shingles(100, 400))).isEqualTo(0.5);
  }

  @Test
  void signaturesAreDeterministicPerSeed() {
    long[] s = shingles(0, 50);
    assertThat(MinHasher.of(CONFIG).signature(s))
        .hasSize(128)
        .containsExactly(MinHasher.of(CONFIG).signature(s));
    long[] otherSeed = MinHasher.of(new DedupConfig(5, 128, 32, 0.7, 12L)).signature(s);
    assertThat(Arrays.equals(otherSeed, MinHasher.of(CONFIG).signature(s))).isFalse();
  }

  @Test
  void emptySetHasTheEmptySignature() {
    assertThat(MinHasher.of(CONFIG).signature(new long[0]))
        .hasSize(128)
        .containsOnly(MinHasher.EMPTY);
  }

  @Test
  void bandKeysAreEqualForEqualSignaturesAndDifferPerBand() {
    MinHasher hasher = MinHasher.of(CONFIG);
    long[] a = hasher.signature(shingles(0, 200));
    long[] keys = hasher.bandKeys(a);
    assertThat(keys).hasSize(32).containsExactly(hasher.bandKeys(a.clone()));
    assertThat(Arrays.stream(keys).distinct().count()).isEqualTo(32);
    // A change in one row changes the key of its band (rows 4..7 are band 1) and no other.
    long[] changed = a.clone();
    changed[5]++;
    long[] changedKeys = hasher.bandKeys(changed);
    for (int band = 0; band < 32; band++) {
      if (band == 1) {
        assertThat(changedKeys[band]).isNotEqualTo(keys[band]);
      } else {
        assertThat(changedKeys[band]).isEqualTo(keys[band]);
      }
    }
    // Equal rows in different bands still give different keys.
    long[] constant = new long[128];
    assertThat(Arrays.stream(hasher.bandKeys(constant)).distinct().count()).isEqualTo(32);
  }

  @Test
  void rejectsSignaturesOfTheWrongLength() {
    MinHasher hasher = MinHasher.of(CONFIG);
    assertThatThrownBy(() -> hasher.bandKeys(new long[64]))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageContaining("expected 128");
    assertThatThrownBy(() -> MinHasher.estimatedJaccard(new long[2], new long[3]))
        .isInstanceOf(NarrascopeException.class);
  }
}
