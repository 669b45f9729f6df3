package org.narrascope.corpus.sample;

import java.util.List;

/**
 * The sentence material of one language. Templates use slots: {S} a speaker, {C} a city, {IN} "in
 * the city", {D} a date, {N} a small and {M} a large number, {X} the planted phrase, {O} the
 * Russian preposition "о"/"об" fitted to the phrase. A slot at the start of a template is
 * capitalised.
 *
 * <p>Fillers, distractors and carriers contain no quotation mark and no sentence-internal full
 * stop: authorial mentions must sit in quote-free paragraphs and no mention may straddle a sentence
 * boundary. Fillers contain no frame vocabulary at all; each distractor holds exactly one hard
 * negative ("Майдан" alone, "new technologies", "foreign journalists", ...) and nothing else
 * frame-like.
 *
 * @param lang the ISO 639-1 code
 * @param fillers neutral news sentences
 * @param distractors sentences with one hard negative each
 * @param titles headlines without a mention
 * @param carriers sentences with one {X} slot, by grammatical slot
 * @param titleCarriers headlines with one {X} slot, by grammatical slot
 * @param speakers who says things (masculine agreement in ru and uk)
 * @param cities city names, nominative
 * @param inCities "in the city" phrases, parallel to {@code cities}
 * @param months month names as used after a day number, January first
 * @param quotes pairs of opening and closing quotation marks used in this language
 */
record NewsLanguage(
    String lang,
    List<String> fillers,
    List<String> distractors,
    List<String> titles,
    List<Template> carriers,
    List<Template> titleCarriers,
    List<String> speakers,
    List<String> cities,
    List<String> inCities,
    List<String> months,
    List<String> quotes) {

  /**
   * A template holding one planted phrase.
   *
   * @param slot the grammatical slot the phrase must fill
   * @param text the template
   */
  record Template(String slot, String text) {}
}
