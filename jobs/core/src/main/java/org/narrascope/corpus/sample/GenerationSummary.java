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
 * @param outDir the directory holding the files
 */
public record GenerationSummary(
    int documents, int mentions, int quotedMentions, int distractors, int truthRows, Path outDir) {}
