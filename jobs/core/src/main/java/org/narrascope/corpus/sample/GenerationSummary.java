package org.narrascope.corpus.sample;

import java.nio.file.Path;

/**
 * What one generator run wrote.
 *
 * @param documents the documents written to {@code documents.jsonl}
 * @param mentions the planted frame mentions (rows of {@code planted.csv})
 * @param quotedMentions those of them wrapped in quotation marks
 * @param distractors the hard-negative sentences planted (they must not be counted)
 * @param truthRows the data rows of {@code truth.csv}
 * @param discoveryMentions the planted occurrences of unseen variants and new frames (rows of
 *     {@code discovery_planted.csv})
 * @param discoveryTypes the phrase types planted, seeds included (rows of {@code
 *     discovery_truth.csv})
 * @param outDir the directory holding the files
 */
public record GenerationSummary(
    int documents,
    int mentions,
    int quotedMentions,
    int distractors,
    int truthRows,
    int discoveryMentions,
    int discoveryTypes,
    Path outDir) {}
