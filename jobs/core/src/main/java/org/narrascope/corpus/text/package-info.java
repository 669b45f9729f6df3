/**
 * Text normalization before anything is indexed or counted: mojibake repair, HTML entities,
 * invisible characters, Unicode NFC, strict UTF-8 decoding and homoglyph folding for matching.
 * Entry point: {@link org.narrascope.corpus.text.TextNormalizer}.
 */
package org.narrascope.corpus.text;
