package org.narrascope.corpus.sample;

import java.time.ZoneId;
import java.util.List;

/**
 * One fictional outlet of the sample corpus, as in {@code corpus/sources.csv}.
 *
 * @param source the outlet id
 * @param role one of state_media, official, independent, expert_skeptic, other
 * @param country ISO 3166-1 alpha-2
 * @param lang the language it mostly writes in
 * @param tz its time zone: publication days are counted in it
 * @param otherLangs languages it also publishes in, now and then
 * @param weight its relative share of the corpus volume
 * @param domain the fictional host of its URLs
 */
record SampleSource(
    String source,
    String role,
    String country,
    String lang,
    ZoneId tz,
    List<String> otherLangs,
    double weight,
    String domain) {}
