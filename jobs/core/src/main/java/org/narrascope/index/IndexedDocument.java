package org.narrascope.index;

import java.time.LocalDate;

/**
 * The metadata of one document as read back from a shard: enough to count it in the denominators
 * without loading its text.
 *
 * @param luceneDoc the document's number inside its shard (valid only while the shard is open)
 * @param tokens UAX #29 words of title and text (see {@link org.narrascope.analysis.WordCount})
 * @param duplicateOf the canonical document of its near-duplicate cluster, or "" when it has none
 * @param counted whether it counts in the deduplicated counts: false only for a later copy of a
 *     story its own source already published
 */
public record IndexedDocument(
    int luceneDoc,
    String id,
    String source,
    LocalDate date,
    String lang,
    int tokens,
    String duplicateOf,
    boolean counted) {}
