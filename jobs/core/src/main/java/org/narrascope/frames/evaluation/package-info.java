/**
 * Matching quality: the frame matcher scored against the hand-marked gold set ({@code
 * corpus/gold}), with strict (same span) and lenient (overlapping span) precision and recall per
 * frame and language, and every miss and false hit with its context.
 */
package org.narrascope.frames.evaluation;
