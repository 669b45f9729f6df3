/**
 * A deterministic generator of a fictional multilingual news corpus about the January 2022 unrest
 * in Kazakhstan, with frame mentions planted at known places so that the pipeline's counts can be
 * checked against an exact truth table.
 */
package org.narrascope.corpus.sample;
