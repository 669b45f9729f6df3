package org.narrascope.frames;

import java.time.LocalDate;
import org.narrascope.frames.attribution.MentionStance;

/**
 * One line of a keyword-in-context listing: a mention of a frame with its document's metadata and
 * its context as stored (line breaks flattened, see {@link ConcordanceLine}).
 *
 * @param field {@code title} or {@code text}
 * @param start offset of the match's first character in the field (Java {@code String} index)
 * @param end offset just past the match's last character
 * @param stance how the text stands to the frame here
 * @param speaker who the mention is attributed to, as written; {@code ""} when nobody
 * @param left the context before the match, up to the characters the query asked for
 * @param right the context after the match
 */
public record ConcordanceEntry(
    String docId,
    LocalDate date,
    String source,
    String lang,
    String field,
    int start,
    int end,
    boolean quoted,
    MentionStance stance,
    String speaker,
    String left,
    String match,
    String right) {}
