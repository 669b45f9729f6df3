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
 */
public final class MatchingEvaluation {
  private static final int CONTEXT = 40;

  private MatchingEvaluation() {}

  /** Matches every field of {@code gold}'s documents and compares with its marked mentions. */
  public static EvaluationResult run(GoldSet gold, FrameMatcher matcher) {
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
        compare(document, field, text, expected, predicted, tallies, errors);
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
    return new EvaluationResult(scores, errors);
  }

  private static void compare(
      Document document,
      String field,
      String text,
      List<GoldMention> expected,
      List<FrameMatch> predicted,
      Map<List<String>, Tally> tallies,
      List<MatchingError> errors) {
    String lang = document.lang();
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
    int from = Math.max(0, start - CONTEXT);
    int to = Math.min(text.length(), end + CONTEXT);
    // Never cut a surrogate pair in half: the context must stay valid UTF-16.
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from--;
    }
    if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
      to++;
    }
    String context =
        text.substring(from, start)
            + "[["
            + text.substring(start, end)
            + "]]"
            + text.substring(end, to);
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
