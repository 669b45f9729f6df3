package org.narrascope.corpus.dedup;

/**
 * MurmurHash3 x64 128-bit (Austin Appleby's public-domain reference, {@code MurmurHash3_x64_128}),
 * reduced to its first 64-bit half. Implemented here rather than taken from a library because
 * shingle hashes are written into signatures that must stay comparable across runs, JVMs and
 * library upgrades; {@link String#hashCode} is 32 bits and collides far too often for shingles.
 */
final class MurmurHash3 {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private MurmurHash3() {}

  /** The first 64 bits ({@code h1}) of MurmurHash3_x64_128 of {@code data} with {@code seed}. */
  static long hash64(byte[] data, int seed) {
    return hash128(data, seed)[0];
  }

  /** Both halves {@code {h1, h2}} of MurmurHash3_x64_128; {@code seed} is taken as unsigned. */
  static long[] hash128(byte[] data, int seed) {
    long h1 = seed & 0xffffffffL;
    long h2 = seed & 0xffffffffL;
    int length = data.length;
    int blocks = length / 16;
    for (int i = 0; i < blocks; i++) {
      long k1 = littleEndian(data, i * 16, 8);
      long k2 = littleEndian(data, i * 16 + 8, 8);
      k1 *= C1;
      k1 = Long.rotateLeft(k1, 31);
      k1 *= C2;
      h1 ^= k1;
      h1 = Long.rotateLeft(h1, 27);
      h1 += h2;
      h1 = h1 * 5 + 0x52dce729;
      k2 *= C2;
      k2 = Long.rotateLeft(k2, 33);
      k2 *= C1;
      h2 ^= k2;
      h2 = Long.rotateLeft(h2, 31);
      h2 += h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    int tail = blocks * 16;
    int rest = length - tail;
    if (rest > 8) {
      long k2 = littleEndian(data, tail + 8, rest - 8);
      k2 *= C2;
      k2 = Long.rotateLeft(k2, 33);
      k2 *= C1;
      h2 ^= k2;
    }
    if (rest > 0) {
      long k1 = littleEndian(data, tail, Math.min(rest, 8));
      k1 *= C1;
      k1 = Long.rotateLeft(k1, 31);
      k1 *= C2;
      h1 ^= k1;
    }
    h1 ^= length;
    h2 ^= length;
    h1 += h2;
    h2 += h1;
    h1 = fmix64(h1);
    h2 = fmix64(h2);
    h1 += h2;
    h2 += h1;
    return new long[] {h1, h2};
  }

  /** The reference finaliser: a bijection of 64-bit values with full avalanche. */
  static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  private static long littleEndian(byte[] data, int from, int count) {
    long value = 0;
    for (int i = count - 1; i >= 0; i--) {
      value = (value << 8) | (data[from + i] & 0xffL);
    }
    return value;
  }
}
