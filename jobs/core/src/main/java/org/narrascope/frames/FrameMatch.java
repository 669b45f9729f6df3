package org.narrascope.frames;

/**
 * One mention of a frame in a text.
 *
 * @param frameId the frame's id
 * @param start index of the first character of the first word (Java String index)
 * @param end index after the last character of the last word
 * @param quoted whether the mention lies inside quotation marks (see {@link QuotationMarks})
 */
public record FrameMatch(String frameId, int start, int end, boolean quoted) {}
