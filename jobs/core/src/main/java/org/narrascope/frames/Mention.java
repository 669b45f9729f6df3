package org.narrascope.frames;

import java.io.Serializable;

/**
 * One counted mention of a frame in a stored document field, with its concordance context.
 *
 * @param field {@code title} or {@code text}
 * @param start offset of the match's first character in the field (Java {@code String} index)
 * @param end offset just past the match's last character
 */
public record Mention(
    String frame,
    String field,
    int start,
    int end,
    boolean quoted,
    String left,
    String match,
    String right)
    implements Serializable {}
