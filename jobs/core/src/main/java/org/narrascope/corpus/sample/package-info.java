/**
 * A deterministic generator of a fictional multilingual news corpus about the January 2022 unrest
 * in Kazakhstan, with frame mentions planted at known places so that the pipeline's counts can be
 * checked against an exact truth table, and with phrases the lexicon does not know (unseen variants
 * of its frames, whole new frames) planted with a truth of their own for phrase discovery.
 */
package org.narrascope.corpus.sample;
