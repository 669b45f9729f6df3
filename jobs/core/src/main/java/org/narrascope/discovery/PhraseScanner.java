package org.narrascope.discovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.narrascope.analysis.LanguageAnalyzers;
import org.narrascope.corpus.Document;
import org.narrascope.corpus.SourceRole;
import org.narrascope.corpus.text.HomoglyphFolding;
import org.narrascope.frames.FrameMatch;
import org.narrascope.frames.FrameMatcher;
import org.narrascope.index.IndexedDocument;
import org.narrascope.index.ShardReader;
import org.narrascope.index.StoredText;

/**
 * Reads documents for discovery, in two passes a Spark task runs per shard.
 *
 * <p>Pass 1 ({@link #count}) counts every n-gram of 1 to {@code maxN} words inside a segment (see
 * {@link PhraseTokens}: never across punctuation or a sentence boundary). N-grams of {@code minN}
 * to {@code maxN} words are <em>candidates</em> with full statistics unless they start or end with
 * a stop word or have no word with a letter ("1 000" is not a phrase, "20 тысяч бандитов" is: a
 * number may stand at an edge, because a number can be the frame); shorter ones are counted as
 * parts for NPMI and G². The lexicon's mentions (the seeds) are matched in the same text: an
 * occurrence that overlaps one is recorded under its frame (so a known variant can be recognised),
 * one within {@code seedWindow} words of one is near a seed.
 *
 * <p>Pass 2 ({@link #contexts}) collects, for the selected candidates and for every frame's seed
 * mentions, the words within {@code window} of each occurrence in the same sentence, stop words and
 * numbers left out: the raw material of the phrase vectors.
 *
 * <p>Documents of undetermined language and later near-duplicate copies ({@code counted = false})
 * are skipped: copies would count one story several times.
 *
 * <p>Not thread-safe: one per task.
 */
public final class PhraseScanner implements AutoCloseable {
  /** The pseudo-phrase under which a frame's seed contexts are collected: {@code #frame_id}. */
  public static final String FRAME_PREFIX = "#";

  private final FrameMatcher matcher;
  private final Map<String, SourceRole> roles;
  private final DiscoveryConfig config;
  private final Map<String, Analyzer> analyzers = new TreeMap<>();
  private final Map<String, StopWords> stopWords = new HashMap<>();

  public PhraseScanner(
      FrameMatcher matcher, Map<String, SourceRole> roles, DiscoveryConfig config) {
    this.matcher = matcher;
    this.roles = Map.copyOf(roles);
    this.config = config;
  }

  /** Pass 1 over every counted document of a shard. */
  public PhraseAggregate count(ShardReader shard) {
    PhraseAggregate out = new PhraseAggregate();
    for (IndexedDocument doc : shard.documents()) {
      if (skipped(doc)) {
        continue;
      }
      StoredText text = shard.text(doc.luceneDoc());
      count(doc.source(), doc.lang(), List.of(text.title(), text.text()), out);
    }
    return out;
  }

  /** Pass 2 over every counted document of a shard. */
  public ContextCounts contexts(ShardReader shard, Set<String> wanted) {
    ContextCounts out = new ContextCounts();
    for (IndexedDocument doc : shard.documents()) {
      if (skipped(doc)) {
        continue;
      }
      StoredText text = shard.text(doc.luceneDoc());
      contexts(doc.lang(), List.of(text.title(), text.text()), wanted, out);
    }
    return out;
  }

  private static boolean skipped(IndexedDocument doc) {
    return !doc.counted() || doc.lang().equals(Document.UNDETERMINED);
  }

  /** Pass 1 over one document: its fields (title, text) in {@code lang} by {@code source}. */
  public void count(String source, String lang, List<String> fields, PhraseAggregate out) {
    Analyzer analyzer = analyzer(lang);
    StopWords stop = stopWords.get(lang);
    SourceRole role = roles.getOrDefault(source, SourceRole.OTHER);
    boolean official = role == SourceRole.OFFICIAL || role == SourceRole.STATE_MEDIA;
    boolean skeptic = role == SourceRole.EXPERT_SKEPTIC;
    LanguageTotals totals = out.totals.computeIfAbsent(lang, l -> new LanguageTotals());
    totals.docs++;
    Set<String> seenInDoc = new HashSet<>();
    for (String value : fields) {
      String folded = HomoglyphFolding.fold(value);
      PhraseTokens t = PhraseTokens.of(analyzer, folded);
      int n = t.size();
      totals.tokens += n;
      totals.officialTokens += official ? n : 0;
      totals.skepticTokens += skeptic ? n : 0;
      List<int[]> seeds = new ArrayList<>();
      List<String> seedFrames = new ArrayList<>();
      for (FrameMatch m : matcher.find(lang, folded)) {
        seeds.add(positions(t, m.start(), m.end()));
        seedFrames.add(m.frameId());
      }
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < n; i++) {
        key.setLength(0);
        for (int len = 1; len <= config.maxN() && i + len <= n; len++) {
          int last = i + len - 1;
          if (t.segment[last] != t.segment[i]) {
            break;
          }
          if (len > 1) {
            key.append(' ');
          }
          key.append(t.keys[last]);
          String k = PhraseAggregate.key(lang, key.toString());
          if (len < config.maxN()) {
            out.parts.merge(k, 1L, Long::sum);
          }
          if (len < config.minN()
              || stop.contains(t.keys[i])
              || stop.contains(t.keys[last])
              || !hasLetterWord(t, i, last)) {
            continue;
          }
          NgramStats s = out.ngrams.computeIfAbsent(k, x -> new NgramStats());
          s.mentions++;
          if (seenInDoc.add(k)) {
            s.docs++;
          }
          s.official += official ? 1 : 0;
          s.skeptic += skeptic ? 1 : 0;
          s.sources.add(source);
          s.surfaces.merge(value.substring(t.start[i], t.end[last]), 1L, Long::sum);
          boolean near = false;
          boolean overlaps = false;
          String inside = null;
          for (int m = 0; m < seeds.size(); m++) {
            int[] seed = seeds.get(m);
            if (seed[0] <= last && i <= seed[1]) {
              overlaps = true;
              if (seed[0] <= i && last <= seed[1]) {
                inside = seedFrames.get(m);
              }
              break;
            }
            int gap = seed[0] > last ? seed[0] - last : i - seed[1];
            near |= gap <= config.seedWindow();
          }
          if (inside != null) {
            s.seedFrames.merge(inside, 1L, Long::sum);
          }
          if (overlaps) {
            s.seedOverlap++;
          } else if (near) {
            s.nearSeed++;
          }
        }
      }
    }
  }

  /** Pass 2 over one document. */
  public void contexts(String lang, List<String> fields, Set<String> wanted, ContextCounts out) {
    Analyzer analyzer = analyzer(lang);
    StopWords stop = stopWords.get(lang);
    for (String value : fields) {
      String folded = HomoglyphFolding.fold(value);
      PhraseTokens t = PhraseTokens.of(analyzer, folded);
      int n = t.size();
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < n; i++) {
        key.setLength(0);
        for (int len = 1; len <= config.maxN() && i + len <= n; len++) {
          int last = i + len - 1;
          if (t.segment[last] != t.segment[i]) {
            break;
          }
          if (len > 1) {
            key.append(' ');
          }
          key.append(t.keys[last]);
          if (len >= config.minN()) {
            String k = PhraseAggregate.key(lang, key.toString());
            if (wanted.contains(k)) {
              addContext(k, t, i, last, stop, out);
            }
          }
        }
      }
      for (FrameMatch m : matcher.find(lang, folded)) {
        int[] p = positions(t, m.start(), m.end());
        addContext(PhraseAggregate.key(lang, FRAME_PREFIX + m.frameId()), t, p[0], p[1], stop, out);
      }
    }
  }

  private void addContext(
      String phrase, PhraseTokens t, int first, int last, StopWords stop, ContextCounts out) {
    int sentence = t.sentence[first];
    int from = Math.max(0, first - config.window());
    int to = Math.min(t.size() - 1, last + config.window());
    for (int p = from; p <= to; p++) {
      if ((p >= first && p <= last) || t.sentence[p] != sentence) {
        continue;
      }
      if (stop.contains(t.keys[p]) || t.numeric(p)) {
        continue;
      }
      out.add(phrase, t.keys[p], 1);
    }
  }

  private static boolean hasLetterWord(PhraseTokens t, int first, int last) {
    for (int p = first; p <= last; p++) {
      if (!t.numeric(p)) {
        return true;
      }
    }
    return false;
  }

  /** The first and last word positions inside the character span [start, end). */
  private static int[] positions(PhraseTokens t, int start, int end) {
    int first = -1;
    int last = -1;
    for (int p = 0; p < t.size(); p++) {
      if (t.start[p] >= start && t.end[p] <= end) {
        if (first < 0) {
          first = p;
        }
        last = p;
      }
    }
    return new int[] {first, last};
  }

  private Analyzer analyzer(String lang) {
    return analyzers.computeIfAbsent(
        lang,
        l -> {
          Analyzer a = LanguageAnalyzers.forLanguage(l);
          stopWords.put(l, StopWords.of(l, a));
          return a;
        });
  }

  @Override
  public void close() {
    analyzers.values().forEach(Analyzer::close);
  }
}
