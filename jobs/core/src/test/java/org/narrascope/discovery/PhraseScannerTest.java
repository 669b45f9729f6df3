package org.narrascope.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.narrascope.corpus.SourceRole;
import org.narrascope.frames.FrameMatcher;
import org.narrascope.frames.Lexicon;

/** Counting, ranking, clustering and suggesting on hand-made Russian documents. */
class PhraseScannerTest {
  static final String LEXICON =
      """
      lexicon: test
      frames:
        - id: foreign_fighters
          label: foreign fighters
          stance: official
          variants:
            ru:
              - "иностранные боевики"
        - id: gas_prices
          label: gas prices
          stance: skeptic
          variants:
            ru:
              - "цены на газ"
      """;

  static final Map<String, SourceRole> ROLES =
      Map.of(
          "tass", SourceRole.STATE_MEDIA,
          "akorda", SourceRole.OFFICIAL,
          "expert", SourceRole.EXPERT_SKEPTIC,
          "blog", SourceRole.OTHER);

  private static String key(String phrase) {
    return PhraseAggregate.key("ru", PhraseKey.of("ru", phrase));
  }

  @Test
  void countsNgramsInsideSegmentsWithSeedsRolesAndSurfaces() {
    PhraseAggregate agg = new PhraseAggregate();
    DiscoveryConfig config = DiscoveryConfig.defaults(1);
    try (FrameMatcher matcher = FrameMatcher.compile(Lexicon.parse(LEXICON, "test"));
        PhraseScanner scanner = new PhraseScanner(matcher, ROLES, config)) {
      scanner.count(
          "tass",
          "ru",
          List.of(
              "Боевики из-за рубежа",
              "Иностранные боевики пересекли границу. Боевики из-за рубежа пересекли границу,"
                  + " сообщил МИД."),
          agg);
      scanner.count("expert", "ru", List.of("", "Боевиков из-за рубежа не было, 20 тысяч."), agg);
    }
    NgramStats from = agg.ngrams().get(key("боевики из-за рубежа"));
    assertThat(from.mentions()).isEqualTo(3);
    assertThat(from.docs()).isEqualTo(2);
    assertThat(from.official()).isEqualTo(2);
    assertThat(from.skeptic()).isEqualTo(1);
    assertThat(from.sources()).containsExactly("expert", "tass");
    // the title is another field (no seed in it); in the text the seed is 2 words before
    assertThat(from.nearSeed()).isEqualTo(1);
    assertThat(from.seedOverlap()).isZero();
    // two "Боевики из-за рубежа", one "Боевиков из-за рубежа": the most frequent form is shown
    assertThat(from.surface()).isEqualTo("Боевики из-за рубежа");
    NgramStats seedPlus = agg.ngrams().get(key("иностранные боевики пересекли"));
    assertThat(seedPlus.seedFrames()).isEmpty();
    assertThat(seedPlus.seedOverlap()).isEqualTo(1);
    NgramStats seed = agg.ngrams().get(key("иностранные боевики"));
    assertThat(seed.seedFrames()).containsExactly(Map.entry("foreign_fighters", 1L));
    assertThat(seed.insideSeed()).isEqualTo(1);
    // never across a comma, a full stop, nor starting or ending with a stop word
    assertThat(agg.ngrams()).doesNotContainKey(key("границу сообщил"));
    assertThat(agg.ngrams()).doesNotContainKey(key("границу боевики"));
    assertThat(agg.ngrams()).doesNotContainKey(key("боевики из"));
    assertThat(agg.ngrams()).doesNotContainKey(key("было 20"));
    // parts count every n-gram shorter than 4 words, stop words included
    assertThat(agg.parts().get(key("из-за"))).isEqualTo(3L);
    assertThat(agg.parts().get(key("боевики"))).isEqualTo(4L);
    LanguageTotals t = agg.totals().get("ru");
    assertThat(t.docs()).isEqualTo(2);
    assertThat(t.tokens()).isEqualTo(4 + 12 + 8);
    assertThat(t.officialTokens()).isEqualTo(16);
    assertThat(t.skepticTokens()).isEqualTo(8);
  }

  @Test
  void mergingPartialsInAnyOrderGivesTheSameTotals() {
    DiscoveryConfig config = DiscoveryConfig.defaults(1);
    List<PhraseAggregate> parts = new ArrayList<>();
    try (FrameMatcher matcher = FrameMatcher.compile(Lexicon.parse(LEXICON, "test"));
        PhraseScanner scanner = new PhraseScanner(matcher, ROLES, config)) {
      for (String[] doc : DOCS) {
        PhraseAggregate a = new PhraseAggregate();
        scanner.count(doc[0], "ru", List.of("", doc[1]), a);
        parts.add(a);
      }
    }
    PhraseAggregate forward = new PhraseAggregate();
    parts.forEach(forward::add);
    PhraseAggregate backward = new PhraseAggregate();
    for (int i = parts.size() - 1; i >= 0; i--) {
      backward.add(parts.get(i));
    }
    assertThat(backward.parts()).isEqualTo(forward.parts());
    assertThat(backward.ngrams().keySet()).isEqualTo(forward.ngrams().keySet());
    forward
        .ngrams()
        .forEach(
            (k, s) -> {
              NgramStats b = backward.ngrams().get(k);
              assertThat(b.mentions()).isEqualTo(s.mentions());
              assertThat(b.surface()).isEqualTo(s.surface());
              assertThat(b.sources()).isEqualTo(s.sources());
            });
  }

  static final String[][] DOCS = {
    {"tass", "Единый центр координировал нападения на здания."},
    {"tass", "Единый центр руководил атаками боевиков."},
    {"akorda", "Единый центр координировал атаки."},
    {"akorda", "Иностранные боевики пересекли границу ночью."},
    {"tass", "Боевики из-за рубежа пересекли границу ночью."},
    {"akorda", "Боевики из-за рубежа пересекли границу утром."},
    {"expert", "Цены на газ выросли вдвое в Жанаозене."},
    {"expert", "Подорожание топлива выросло вдвое в Жанаозене."},
    {"expert", "Подорожание топлива ударило по жителям Жанаозена."},
    {"blog", "Погода в Алматы была морозной."},
  };

  @Test
  void rankingClusteringAndSuggestionsOnASmallCorpus() {
    DiscoveryConfig config =
        new DiscoveryConfig(2, 2, 2, 4, 5, 25, 100, 0.0, 0.8, 0.5, 10, 0.3, 10, List.of(), 1);
    PhraseAggregate agg = new PhraseAggregate();
    ContextCounts contexts = new ContextCounts();
    Lexicon lexicon = Lexicon.parse(LEXICON, "test");
    List<CandidateRanking.Ranked> ranked;
    try (FrameMatcher matcher = FrameMatcher.compile(lexicon);
        PhraseScanner scanner = new PhraseScanner(matcher, ROLES, config)) {
      for (int copy = 0; copy < 3; copy++) {
        for (String[] doc : DOCS) {
          scanner.count(doc[0], "ru", List.of("", doc[1]), agg);
        }
      }
      ranked = Discovery.rank(agg, config);
      Set<String> wanted = Discovery.wanted(ranked);
      for (String[] doc : DOCS) {
        scanner.contexts("ru", List.of("", doc[1]), wanted, contexts);
      }
    }
    assertThat(ranked).hasSize(1);
    List<String> candidates =
        ranked.get(0).candidates().stream().map(PhraseCandidate::phrase).toList();
    assertThat(candidates)
        .contains("Единый центр", "Боевики из-за рубежа", "Подорожание топлива")
        .doesNotContain("Иностранные боевики", "Цены на газ");
    // The seeds are anchors; a seed with a word of its context is dropped.
    assertThat(ranked.get(0).known())
        .extracting(PhraseCandidate::phrase, PhraseCandidate::knownFrame)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Цены на газ", Optional.of("gas_prices")),
            org.assertj.core.groups.Tuple.tuple(
                "Иностранные боевики", Optional.of("foreign_fighters")));
    PhraseCandidate centre =
        ranked.get(0).candidates().stream()
            .filter(c -> c.phrase().equals("Единый центр"))
            .findFirst()
            .orElseThrow();
    assertThat(centre.mentions()).isEqualTo(9);
    assertThat(centre.docs()).isEqualTo(9);
    assertThat(centre.sources()).isEqualTo(2);
    assertThat(centre.keynessZ()).isPositive();
    PhraseCandidate fuel =
        ranked.get(0).candidates().stream()
            .filter(c -> c.phrase().equals("Подорожание топлива"))
            .findFirst()
            .orElseThrow();
    assertThat(fuel.keynessZ()).isNegative();
    assertThat(fuel.npmi()).isCloseTo(1.0, within(1e-12));

    List<ClusteredPhrase> clusters =
        Discovery.cluster(ranked, contexts, config, Discovery.Method.DEFAULT);
    assertThat(clusters).isNotEmpty();
    assertThat(clusters.get(0).cluster()).isEqualTo(1);
    String yaml = LexiconSuggestions.yaml(lexicon, clusters).orElseThrow();
    Lexicon suggestions = Lexicon.parse(yaml, "suggestions");
    assertThat(suggestions.name()).isEqualTo("test-suggestions");
    assertThat(yaml).startsWith("# SUGGESTIONS");
    List<String> suggested =
        suggestions.frames().stream()
            .flatMap(f -> f.variantsOf("ru").stream())
            .map(v -> v.phrase())
            .toList();
    assertThat(suggested).doesNotContain("Иностранные боевики");
    assertThat(suggested).containsAll(candidates.stream().filter(c -> !c.contains("\"")).toList());
  }
}
