package org.narrascope.frames.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.narrascope.corpus.Document;
import org.narrascope.corpus.text.HomoglyphFolding;
import org.narrascope.frames.Frame;
import org.narrascope.frames.FrameMatch;
import org.narrascope.frames.FrameMatcher;
import org.narrascope.frames.attribution.Attribution;
import org.narrascope.frames.attribution.MentionAttributor;
import org.narrascope.frames.attribution.MentionStance;

/**
 * Scores a {@link FrameMatcher} against a {@link GoldSet}.
 *
 * <p>Every field of every document is matched as the pipeline matches it: {@code matcher.find(lang,
 * HomoglyphFolding.fold(fieldText))}, whose offsets are valid in the original text. A predicted
 * mention is a <em>strict</em> true positive when a marked mention of the same document, field and
 * frame has the same start and end; each marked mention is used once. Leniently, a predicted
 * mention counts when it overlaps a marked one of the same frame in the same field, and a marked
 * mention counts when a predicted one overlaps it; the two lenient ratios are computed
 * independently, so one long prediction over two marked mentions counts as one hit for precision
 * and two for recall.
 *
 * <p>Attribution is measured on the strict true positives only, so that a matching error never
 * counts as an attribution error: each found mention is given a speaker and stance by {@link
 * MentionAttributor#attribute} (with the matcher's quoted flag) and compared with the coded ones.
 * Stance accuracy and the 3×3 confusion count every such mention; speaker exact match counts the
 * mentions whose gold speaker is not empty (the strings must be equal); the invented-speaker rate
 * counts those whose gold speaker is empty and whose predicted one is not.
 */
public final class MatchingEvaluation {
  private static final int CONTEXT = 40;

  private MatchingEvaluation() {}

  /** Matches every field of {@code gold}'s documents and compares with its marked mentions. */
  public static EvaluationResult run(GoldSet gold, FrameMatcher matcher) {
    return run(gold, matcher, MentionAttributor.builtIn());
  }

  /**
   * As {@link #run(GoldSet, FrameMatcher)}, attributing the found mentions with {@code attributor}.
   */
  public static EvaluationResult run(
      GoldSet gold, FrameMatcher matcher, MentionAttributor attributor) {
    return run(gold, matcher, attributor, Set.of());
  }

  /**
   * As {@link #run(GoldSet, FrameMatcher, MentionAttributor)}, telling the attributor which
   * documents an institution publishes.
   *
   * @param institutionalSources the sources whose role is {@code official} (a ministry, a press
   *     service), as {@link org.narrascope.corpus.SourceRegistry} gives them
   */
  public static EvaluationResult run(
      GoldSet gold,
      FrameMatcher matcher,
      MentionAttributor attributor,
      Set<String> institutionalSources) {
    Set<String> frames = new TreeSet<>();
    matcher.lexicon().frames().stream().map(Frame::id).forEach(frames::add);
    gold.mentions().stream().map(GoldMention::frame).forEach(frames::add);
    Set<String> langs = new TreeSet<>();
    gold.documents().stream().map(Document::lang).forEach(langs::add);

    Map<String, Map<String, List<GoldMention>>> marked = new TreeMap<>();
    for (GoldMention m : gold.mentions()) {
      marked
          .computeIfAbsent(m.docId(), k -> new TreeMap<>())
          .computeIfAbsent(m.field(), k -> new ArrayList<>())
          .add(m);
    }

    Map<List<String>, Tally> tallies = new HashMap<>();
    List<MatchingError> errors = new ArrayList<>();
    Map<String, AttributionTally> attribution = new TreeMap<>();
    List<AttributionError> attributionErrors = new ArrayList<>();
    for (Document document : gold.documents()) {
      for (String field : GoldSet.FIELDS) {
        String text = GoldSet.fieldText(document, field);
        List<GoldMention> expected =
            marked.getOrDefault(document.id(), Map.of()).getOrDefault(field, List.of());
        List<FrameMatch> predicted =
            text.isEmpty() ? List.of() : matcher.find(document.lang(), HomoglyphFolding.fold(text));
        for (FrameMatch p : predicted) {
          frames.add(p.frameId());
        }
        List<GoldMention> found =
            compare(document, field, text, expected, predicted, tallies, errors);
        AttributionTally tally =
            attribution.computeIfAbsent(document.lang(), k -> new AttributionTally());
        for (GoldMention g : found) {
          boolean quoted =
              predicted.stream()
                  .filter(p -> p.start() == g.start() && p.end() == g.end())
                  .findFirst()
                  .map(FrameMatch::quoted)
                  .orElse(g.quoted());
          Attribution a =
              attributor.attribute(
                  document.lang(),
                  text,
                  g.start(),
                  g.end(),
                  quoted,
                  institutionalSources.contains(document.source()));
          if (tally.add(g, a)) {
            attributionErrors.add(attributionError(document, field, text, g, a));
          }
        }
      }
    }

    List<FrameScore> scores = new ArrayList<>();
    for (String frame : frames) {
      for (String lang : langs) {
        scores.add(tallies.getOrDefault(List.of(frame, lang), new Tally()).score(frame, lang));
      }
    }
    for (String lang : langs) {
      Tally sum = new Tally();
      frames.forEach(f -> sum.add(tallies.getOrDefault(List.of(f, lang), new Tally())));
      scores.add(sum.score(FrameScore.ALL, lang));
    }
    Tally overall = new Tally();
    tallies.values().forEach(overall::add);
    scores.add(overall.score(FrameScore.ALL, FrameScore.ALL));

    errors.sort(
        Comparator.comparing(MatchingError::docId)
            .thenComparing(e -> GoldSet.FIELDS.indexOf(e.field()))
            .thenComparingInt(MatchingError::start)
            .thenComparingInt(MatchingError::end)
            .thenComparing(MatchingError::frame)
            .thenComparing(MatchingError::kind));
    List<AttributionScore> attributionScores = new ArrayList<>();
    AttributionTally all = new AttributionTally();
    for (String lang : langs) {
      AttributionTally t = attribution.getOrDefault(lang, new AttributionTally());
      attributionScores.add(t.score(lang));
      all.add(t);
    }
    attributionScores.add(all.score(FrameScore.ALL));
    attributionErrors.sort(
        Comparator.comparing(AttributionError::docId)
            .thenComparing(e -> GoldSet.FIELDS.indexOf(e.field()))
            .thenComparingInt(AttributionError::start)
            .thenComparing(AttributionError::frame));
    return new EvaluationResult(scores, errors, attributionScores, attributionErrors);
  }

  private static AttributionError attributionError(
      Document document, String field, String text, GoldMention g, Attribution a) {
    return new AttributionError(
        document.id(),
        document.lang(),
        field,
        g.frame(),
        g.start(),
        g.end(),
        g.surface(),
        g.stance(),
        a.stance().code(),
        g.speaker(),
        a.speaker(),
        context(text, g.start(), g.end(), 80));
  }

  /** The gold mentions found at their exact span (strict true positives). */
  private static List<GoldMention> compare(
      Document document,
      String field,
      String text,
      List<GoldMention> expected,
      List<FrameMatch> predicted,
      Map<List<String>, Tally> tallies,
      List<MatchingError> errors) {
    String lang = document.lang();
    List<GoldMention> found = new ArrayList<>();
    boolean[] goldUsed = new boolean[expected.size()];
    for (GoldMention g : expected) {
      Tally tally = tallies.computeIfAbsent(List.of(g.frame(), lang), k -> new Tally());
      tally.gold++;
      if (predicted.stream().anyMatch(p -> sameFrameOverlap(p, g))) {
        tally.lenientGoldHits++;
      }
    }
    for (FrameMatch p : predicted) {
      Tally tally = tallies.computeIfAbsent(List.of(p.frameId(), lang), k -> new Tally());
      tally.predicted++;
      if (expected.stream().anyMatch(g -> sameFrameOverlap(p, g))) {
        tally.lenientPredictedHits++;
      }
      int hit = -1;
      for (int i = 0; i < expected.size() && hit < 0; i++) {
        GoldMention g = expected.get(i);
        if (!goldUsed[i]
            && g.frame().equals(p.frameId())
            && g.start() == p.start()
            && g.end() == p.end()) {
          hit = i;
        }
      }
      if (hit >= 0) {
        goldUsed[hit] = true;
        found.add(expected.get(hit));
        tally.truePositives++;
        if (expected.get(hit).quoted() == p.quoted()) {
          tally.quotedAgreements++;
        }
      } else {
        errors.add(
            error(
                MatchingError.Kind.FALSE_HIT,
                document,
                field,
                text,
                p.frameId(),
                p.start(),
                p.end()));
      }
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!goldUsed[i]) {
        GoldMention g = expected.get(i);
        errors.add(
            error(MatchingError.Kind.MISS, document, field, text, g.frame(), g.start(), g.end()));
      }
    }
    return found;
  }

  private static boolean sameFrameOverlap(FrameMatch p, GoldMention g) {
    return p.frameId().equals(g.frame()) && p.start() < g.end() && g.start() < p.end();
  }

  private static MatchingError error(
      MatchingError.Kind kind,
      Document document,
      String field,
      String text,
      String frame,
      int start,
      int end) {
    String context = context(text, start, end, CONTEXT);
    return new MatchingError(
        kind,
        document.id(),
        document.lang(),
        field,
        frame,
        start,
        end,
        text.substring(start, end),
        context);
  }

  private static String context(String text, int start, int end, int width) {
    int from = Math.max(0, start - width);
    int to = Math.min(text.length(), end + width);
    // Never cut a surrogate pair in half: the context must stay valid UTF-16.
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from--;
    }
    if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
      to++;
    }
    return text.substring(from, start)
        + "[["
        + text.substring(start, end)
        + "]]"
        + text.substring(end, to);
  }

  /** Attribution counts of one language. */
  private static final class AttributionTally {
    int mentions;
    final int[][] confusion = new int[3][3];
    int speakerMarked;
    int speakerExact;
    int speakerUnmarked;
    int speakerInvented;

    /** Counts one mention; whether its speaker or stance is wrong. */
    boolean add(GoldMention g, Attribution a) {
      MentionStance gold = MentionStance.parse(g.stance());
      mentions++;
      confusion[gold.ordinal()][a.stance().ordinal()]++;
      boolean speakerRight = g.speaker().equals(a.speaker());
      if (g.speaker().isEmpty()) {
        speakerUnmarked++;
        if (!a.speaker().isEmpty()) {
          speakerInvented++;
        }
      } else {
        speakerMarked++;
        if (speakerRight) {
          speakerExact++;
        }
      }
      return gold != a.stance() || !speakerRight;
    }

    void add(AttributionTally other) {
      mentions += other.mentions;
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          confusion[i][j] += other.confusion[i][j];
        }
      }
      speakerMarked += other.speakerMarked;
      speakerExact += other.speakerExact;
      speakerUnmarked += other.speakerUnmarked;
      speakerInvented += other.speakerInvented;
    }

    AttributionScore score(String lang) {
      return new AttributionScore(
          lang, mentions, confusion, speakerMarked, speakerExact, speakerUnmarked, speakerInvented);
    }
  }

  /** Counts of one frame × language, summed into the ALL rows. */
  private static final class Tally {
    int gold;
    int predicted;
    int truePositives;
    int quotedAgreements;
    int lenientPredictedHits;
    int lenientGoldHits;

    void add(Tally other) {
      gold += other.gold;
      predicted += other.predicted;
      truePositives += other.truePositives;
      quotedAgreements += other.quotedAgreements;
      lenientPredictedHits += other.lenientPredictedHits;
      lenientGoldHits += other.lenientGoldHits;
    }

    FrameScore score(String frame, String lang) {
      return new FrameScore(
          frame,
          lang,
          gold,
          predicted,
          truePositives,
          quotedAgreements,
          lenientPredictedHits,
          lenientGoldHits);
    }
  }
}
