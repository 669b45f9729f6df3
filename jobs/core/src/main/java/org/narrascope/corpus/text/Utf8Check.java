package org.narrascope.corpus.text;

/**
 * The result of a strict UTF-8 check.
 *
 * @param valid true when every byte sequence is well-formed UTF-8 (Unicode table 3-7)
 * @param firstBadOffset byte offset of the first ill-formed sequence, -1 when valid
 * @param badSequences number of ill-formed sequences, each a maximal ill-formed subpart (the unit a
 *     decoder would turn into one U+FFFD)
 */
public record Utf8Check(boolean valid, long firstBadOffset, int badSequences) {}
