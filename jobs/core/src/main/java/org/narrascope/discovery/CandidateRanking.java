package org.narrascope.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the merged counts into ranked candidates per language.
 *
 * <ol>
 *   <li>Keep n-grams with at least {@code minMentions} mentions in at least {@code minDocs}
 *       documents, not on the stop-phrase list, with NPMI of at least {@code minNpmi}.
 *   <li>Mark as <em>known</em> those lying inside a lexicon mention in at least {@code knownShare}
 *       of their occurrences: they are the lexicon's own variants (seeds), kept apart as anchors.
 *       Drop those that otherwise overlap a lexicon mention that often: a seed with a word of its
 *       context ("упомянул иностранных боевиков") is neither a new phrase nor a seed.
 *   <li>Fold nested phrases: an n-gram is dropped when a longer kept n-gram containing it (known or
 *       not) has at least {@code nestedRatio} of its mentions, since the shorter one is then only a
 *       piece of the longer ("попытка государственного" of "попытка государственного переворота").
 *   <li>Rank the rest by |keyness_z| · (1 − near_seed), descending (ties: more mentions first, then
 *       the key in {@code String} order), and keep the first {@code topPerLanguage}. Framing is
 *       what one side says far more than the other, in either direction. The factor (1 − near_seed)
 *       prefers phrases that stand <em>instead of</em> the lexicon's phrases over phrases that
 *       stand <em>beside</em> them: a phrase found mostly next to seed mentions is their
 *       syntagmatic context ("пересекли границу" beside "иностранные боевики"), while a variant of
 *       a frame fills the same slot and so rarely occurs next to another variant. Measured on the
 *       generated corpus: unseen variants have near_seed 0.1–0.4, seed contexts 0.65–1.
 * </ol>
 */
public final class CandidateRanking {
  private CandidateRanking() {}

  /** The ranked candidates and the known variants of one language. */
  public record Ranked(String lang, List<PhraseCandidate> candidates, List<PhraseCandidate> known) {
    public Ranked {
      candidates = List.copyOf(candidates);
      known = List.copyOf(known);
    }
  }

  /** Ranks every language of {@code counts}, languages sorted. */
  public static List<Ranked> rank(PhraseAggregate counts, DiscoveryConfig config) {
    Set<String> stop = new HashSet<>();
    for (String line : config.stopPhrases()) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        String lang = line.substring(0, tab).strip();
        stop.add(PhraseAggregate.key(lang, PhraseKey.of(lang, line.substring(tab + 1))));
      }
    }
    Map<String, List<PhraseCandidate>> byLang = new TreeMap<>();
    for (Map.Entry<String, NgramStats> e : counts.ngrams().entrySet()) {
      NgramStats s = e.getValue();
      if (s.mentions() < config.minMentions()
          || s.docs() < config.minDocs()
          || stop.contains(e.getKey())) {
        continue;
      }
      int tab = e.getKey().indexOf('\t');
      String lang = e.getKey().substring(0, tab);
      String key = e.getKey().substring(tab + 1);
      PhraseCandidate c = score(lang, key, s, counts, config);
      boolean seedWithContext = !c.known() && s.seedOverlap() >= config.knownShare() * s.mentions();
      if (c.npmi() >= config.minNpmi() && !seedWithContext) {
        byLang.computeIfAbsent(lang, l -> new ArrayList<>()).add(c);
      }
    }
    List<Ranked> out = new ArrayList<>();
    byLang.forEach((lang, all) -> out.add(rankLanguage(lang, all, config)));
    return out;
  }

  static PhraseCandidate score(
      String lang, String key, NgramStats s, PhraseAggregate counts, DiscoveryConfig config) {
    String[] words = key.split(" ");
    LanguageTotals t = counts.totals().get(lang);
    long total = t.tokens();
    long[] wordCounts = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      wordCounts[i] = part(counts, lang, words[i]);
    }
    double npmi = Npmi.of(s.mentions(), wordCounts, total);
    int n = words.length;
    String first = words[0];
    String rest = String.join(" ", java.util.Arrays.copyOfRange(words, 1, n));
    String prefix = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n - 1));
    String lastWord = words[n - 1];
    double g2 =
        Math.min(
            LogLikelihood.ofSplit(
                s.mentions(), part(counts, lang, first), part(counts, lang, rest), total),
            LogLikelihood.ofSplit(
                s.mentions(), part(counts, lang, prefix), part(counts, lang, lastWord), total));
    double z = keyness(s, t);
    double near = (double) s.nearSeed() / s.mentions();
    Optional<String> known =
        s.seedOverlap() >= config.knownShare() * s.mentions()
            ? s.mainSeedFrame()
            : Optional.empty();
    return new PhraseCandidate(
        lang,
        key,
        s.surface(),
        n,
        s.mentions(),
        s.docs(),
        s.sources().size(),
        npmi,
        g2,
        z,
        near,
        known,
        Math.abs(z) * (1 - near));
  }

  /**
   * The keyness z of official+state media against the expert_skeptic baseline. A language without
   * documents of one of the two groups compares the other group with all the rest of the language's
   * documents (for Kazakh in the sample: state media against everyone else), so that every language
   * gets a keyness; 0 when even that is undefined.
   */
  static double keyness(NgramStats s, LanguageTotals t) {
    long yi = s.official();
    long ni = t.officialTokens();
    long yj = s.skeptic();
    long nj = t.skepticTokens();
    if (ni == 0) {
      yi = s.mentions() - s.skeptic();
      ni = t.tokens() - t.skepticTokens();
    } else if (nj == 0) {
      yj = s.mentions() - s.official();
      nj = t.tokens() - t.officialTokens();
    }
    if (ni == 0 || nj == 0) {
      return 0;
    }
    return LogOddsKeyness.z(yi, ni, yj, nj, s.mentions(), t.tokens());
  }

  private static long part(PhraseAggregate counts, String lang, String key) {
    Long c = counts.parts().get(PhraseAggregate.key(lang, key));
    if (c == null) {
      throw new IllegalStateException("no count for the part '" + key + "' (" + lang + ")");
    }
    return c;
  }

  static Ranked rankLanguage(String lang, List<PhraseCandidate> all, DiscoveryConfig config) {
    // The largest mention count of a kept super-phrase of each sub-phrase.
    Map<String, Long> superMentions = new HashMap<>();
    for (PhraseCandidate c : all) {
      String[] w = c.key().split(" ");
      for (int len = 2; len < w.length; len++) {
        for (int i = 0; i + len <= w.length; i++) {
          String sub = String.join(" ", java.util.Arrays.copyOfRange(w, i, i + len));
          superMentions.merge(sub, c.mentions(), Math::max);
        }
      }
    }
    List<PhraseCandidate> candidates = new ArrayList<>();
    List<PhraseCandidate> known = new ArrayList<>();
    for (PhraseCandidate c : all) {
      if (superMentions.getOrDefault(c.key(), 0L) >= config.nestedRatio() * c.mentions()) {
        continue;
      }
      (c.known() ? known : candidates).add(c);
    }
    Comparator<PhraseCandidate> order =
        Comparator.comparingDouble(PhraseCandidate::score)
            .reversed()
            .thenComparing(Comparator.comparingLong(PhraseCandidate::mentions).reversed())
            .thenComparing(PhraseCandidate::key);
    candidates.sort(order);
    known.sort(order);
    return new Ranked(
        lang, candidates.subList(0, Math.min(config.topPerLanguage(), candidates.size())), known);
  }
}
