package org.narrascope.frames;

import java.io.Serializable;
import org.narrascope.frames.attribution.MentionStance;

/**
 * One counted mention of a frame in a stored document field, with its concordance context and who
 * says it with what distance.
 *
 * @param field {@code title} or {@code text}
 * @param start offset of the match's first character in the field (Java {@code String} index)
 * @param end offset just past the match's last character
 * @param stance how the text stands to the frame here
 * @param speaker who the mention is attributed to, as written; {@code ""} when nobody
 */
public record Mention(
    String frame,
    String field,
    int start,
    int end,
    boolean quoted,
    MentionStance stance,
    String speaker,
    String left,
    String match,
    String right)
    implements Serializable {}
