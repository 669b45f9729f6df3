package org.narrascope.frames.attribution;

import java.util.List;
import java.util.Map;

/** The cue lists of one language, as {@code attribution-cues.yaml} describes them. */
record LanguageCues(
    List<Cue> reportingVerbs,
    List<Cue> distancingVerbs,
    List<Cue> accordingTo,
    List<Cue> accordingToAfter,
    List<Cue> distancingBefore,
    List<Cue> distancingAfter,
    List<Cue> distancingSentence,
    List<Cue> titles,
    List<Cue> sources,
    List<Cue> properSources,
    List<Cue> modifiers,
    List<Cue> pronouns,
    List<Cue> dropped,
    List<Map.Entry<String, String>> genitiveEndings,
    List<Cue> complementizers,
    List<Cue> labels,
    List<Cue> obliqueEndings,
    List<Cue> ownVoice,
    List<Cue> relatives,
    List<Cue> prepositions,
    List<Cue> adverbialPrepositions,
    List<Cue> countries,
    List<Cue> statementNouns,
    List<Cue> personalPronouns,
    List<Cue> venues,
    List<Map.Entry<String, String>> venueEndings,
    List<Cue> partitive,
    List<Map.Entry<String, String>> partitiveEndings,
    List<Cue> ownStatementVerbs,
    List<Cue> institutions,
    List<Cue> existenceNegations,
    List<Cue> conjunctions,
    List<Cue> gerunds,
    List<Cue> quantifiers,
    List<Cue> genitiveConnectors,
    List<Map.Entry<String, String>> properForms,
    List<Cue> subjectRelatives,
    List<Cue> perspective,
    List<Cue> groupParts) {

  LanguageCues {
    reportingVerbs = List.copyOf(reportingVerbs);
    distancingVerbs = List.copyOf(distancingVerbs);
    accordingTo = List.copyOf(accordingTo);
    accordingToAfter = List.copyOf(accordingToAfter);
    distancingBefore = List.copyOf(distancingBefore);
    distancingAfter = List.copyOf(distancingAfter);
    distancingSentence = List.copyOf(distancingSentence);
    titles = List.copyOf(titles);
    sources = List.copyOf(sources);
    properSources = List.copyOf(properSources);
    modifiers = List.copyOf(modifiers);
    pronouns = List.copyOf(pronouns);
    dropped = List.copyOf(dropped);
    genitiveEndings = List.copyOf(genitiveEndings);
    complementizers = List.copyOf(complementizers);
    labels = List.copyOf(labels);
    obliqueEndings = List.copyOf(obliqueEndings);
    ownVoice = List.copyOf(ownVoice);
    relatives = List.copyOf(relatives);
    prepositions = List.copyOf(prepositions);
    adverbialPrepositions = List.copyOf(adverbialPrepositions);
    countries = List.copyOf(countries);
    statementNouns = List.copyOf(statementNouns);
    personalPronouns = List.copyOf(personalPronouns);
    venues = List.copyOf(venues);
    venueEndings = List.copyOf(venueEndings);
    partitive = List.copyOf(partitive);
    partitiveEndings = List.copyOf(partitiveEndings);
    ownStatementVerbs = List.copyOf(ownStatementVerbs);
    institutions = List.copyOf(institutions);
    existenceNegations = List.copyOf(existenceNegations);
    conjunctions = List.copyOf(conjunctions);
    gerunds = List.copyOf(gerunds);
    quantifiers = List.copyOf(quantifiers);
    genitiveConnectors = List.copyOf(genitiveConnectors);
    properForms = List.copyOf(properForms);
    subjectRelatives = List.copyOf(subjectRelatives);
    perspective = List.copyOf(perspective);
    groupParts = List.copyOf(groupParts);
  }

  /** The length of the longest cue of {@code cues} that matches at {@code from}, or 0. */
  static int match(List<Cue> cues, List<Words.Word> words, int from) {
    int best = 0;
    for (Cue cue : cues) {
      if (cue.length() > best && cue.matchesAt(words, from)) {
        best = cue.length();
      }
    }
    return best;
  }

  /** Where a cue of {@code cues} that ends at word {@code last} starts, or -1. */
  static int matchEndingAt(List<Cue> cues, List<Words.Word> words, int last) {
    int best = -1;
    for (Cue cue : cues) {
      int from = last - cue.length() + 1;
      if (cue.matchesAt(words, from) && (best < 0 || from < best)) {
        best = from;
      }
    }
    return best;
  }
}
