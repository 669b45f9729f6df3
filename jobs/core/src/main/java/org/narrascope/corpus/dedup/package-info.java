/**
 * Near-duplicate detection: word shingles, MinHash signatures, LSH band keys, exact Jaccard
 * verification and deterministic clustering of syndicated copies, plus a generator of planted
 * copies for measuring it.
 *
 * <p>The pieces are split so that a distributed driver can reuse every one of them: {@link
 * NearDuplicates#shingles}, {@link MinHasher#signature} and {@link MinHasher#bandKeys} are
 * per-document; grouping by band key and verifying candidate pairs need a shuffle; {@link
 * DuplicateClusters#of} runs on the (small) set of verified pairs.
 */
package org.narrascope.corpus.dedup;
