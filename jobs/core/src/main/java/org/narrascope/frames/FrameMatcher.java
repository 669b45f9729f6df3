package org.narrascope.frames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.narrascope.NarrascopeException;
import org.narrascope.analysis.AnalysisChains;
import org.narrascope.analysis.LanguageAnalyzers;

/**
 * Finds the mentions of a lexicon's frames in texts.
 *
 * <p>A text is analysed once per language by that language's {@link AnalysisChains chain} (the
 * defaults of {@link LanguageAnalyzers} unless chosen otherwise); every variant of that language is
 * then matched on the analysed positions: a slot matches a position when one of the position's
 * terms equals one of the slot's terms (or starts with its prefix); consecutive slots may have at
 * most {@code slop} words between them; an unordered variant may put its slots in any order; a
 * match never spans a sentence boundary ({@link SentenceBoundaries}); the word right after (before)
 * a match must not be one of {@code exclude_following} ({@code exclude_preceding}). From each start
 * word a variant takes its tightest match; the matches of one frame are then made disjoint,
 * leftmost first and, among those starting together, longest first.
 *
 * <p>Not thread-safe: it holds one analyzer per language. One instance serves one thread (a Spark
 * task) for any number of texts.
 */
public final class FrameMatcher implements AutoCloseable {
  /** The pseudo-language of a text of unknown language: every language's variants apply. */
  public static final String UNDETERMINED = "und";

  private final Lexicon lexicon;
  private final AnalysisChains chains;
  private final Map<String, Analyzer> analyzers;

  /** lang → frame id → compiled variants; languages and frames in a fixed order. */
  private final Map<String, Map<String, List<CompiledVariant>>> byLanguage;

  private final Map<List<String>, Query> candidateQueries = new HashMap<>();

  private FrameMatcher(
      Lexicon lexicon,
      AnalysisChains chains,
      Map<String, Analyzer> analyzers,
      Map<String, Map<String, List<CompiledVariant>>> byLanguage) {
    this.lexicon = lexicon;
    this.chains = chains;
    this.analyzers = analyzers;
    this.byLanguage = byLanguage;
  }

  /**
   * Analyses every variant of {@code lexicon} with its language's chain.
   *
   * @throws NarrascopeException if a variant cannot be compiled (see {@link Lexicon#parse})
   */
  public static FrameMatcher compile(Lexicon lexicon) {
    return compile(lexicon, AnalysisChains.defaults());
  }

  /**
   * Analyses every variant of {@code lexicon} with the chain {@code chains} gives its language; the
   * texts to match (and an index to pre-filter with {@link #candidateQuery}) must go through the
   * same chains.
   *
   * @throws NarrascopeException if a variant cannot be compiled (see {@link Lexicon#parse})
   */
  public static FrameMatcher compile(Lexicon lexicon, AnalysisChains chains) {
    Map<String, Analyzer> analyzers = new TreeMap<>();
    Map<String, Map<String, List<CompiledVariant>>> byLanguage = new TreeMap<>();
    for (Frame frame : lexicon.frames()) {
      for (Map.Entry<String, List<Variant>> entry : frame.variants().entrySet()) {
        String lang = entry.getKey();
        Analyzer analyzer = analyzers.computeIfAbsent(lang, chains::newAnalyzer);
        List<CompiledVariant> compiled =
            byLanguage
                .computeIfAbsent(lang, l -> new LinkedHashMap<>())
                .computeIfAbsent(frame.id(), id -> new ArrayList<>());
        for (Variant variant : entry.getValue()) {
          try {
            compiled.add(CompiledVariant.compile(variant, analyzer));
          } catch (IllegalArgumentException e) {
            throw new NarrascopeException(
                "lexicon "
                    + lexicon.name()
                    + " line "
                    + variant.line()
                    + ": frame "
                    + frame.id()
                    + ", "
                    + lang
                    + " variant '"
                    + variant.phrase()
                    + "': "
                    + e.getMessage(),
                e);
          }
        }
      }
    }
    return new FrameMatcher(lexicon, chains, analyzers, byLanguage);
  }

  /** The lexicon this matcher was compiled from. */
  public Lexicon lexicon() {
    return lexicon;
  }

  /** The analysis chains the variants were compiled with. */
  public AnalysisChains chains() {
    return chains;
  }

  /**
   * All mentions of all frames in {@code text} of language {@code lang}, sorted by start, then
   * frame id. {@code "und"} applies every language's variants, each with its own chain; a language
   * without variants yields no mentions.
   *
   * @throws NarrascopeException if {@code lang} is not a well-formed language code
   */
  public List<FrameMatch> find(String lang, String text) {
    LanguageAnalyzers.chainOf(lang); // validates the code
    Map<String, List<Candidate>> candidates = new TreeMap<>();
    if (lang.equals(UNDETERMINED)) {
      for (String each : byLanguage.keySet()) {
        collect(each, text, candidates);
      }
    } else if (byLanguage.containsKey(lang)) {
      collect(lang, text, candidates);
    }
    List<FrameMatch> matches = new ArrayList<>();
    for (Map.Entry<String, List<Candidate>> entry : candidates.entrySet()) {
      List<Candidate> list = entry.getValue();
      list.sort(
          Comparator.comparingInt(Candidate::start)
              .thenComparing(Comparator.comparingInt(Candidate::end).reversed()));
      int taken = -1;
      for (Candidate c : list) {
        if (c.start() >= taken) {
          matches.add(
              new FrameMatch(
                  entry.getKey(),
                  c.start(),
                  c.end(),
                  QuotationMarks.isQuoted(text, c.start(), c.end())));
          taken = c.end();
        }
      }
    }
    matches.sort(Comparator.comparingInt(FrameMatch::start).thenComparing(FrameMatch::frameId));
    return matches;
  }

  /**
   * A cheap pre-filter: a query that matches every document whose {@code field}, indexed with
   * {@code LanguageAnalyzers.forLanguage(lang)}, contains a mention of the frame that {@link #find}
   * would report — an OR over variants of an AND over slots of an OR over the slot's terms (prefix
   * slots as prefix queries). It ignores order, slop, sentences and exclusions, so it matches more
   * documents than {@code find} confirms. For {@code und} it ORs every language's variants, each
   * term rewritten to match the case-folded surface words of the fallback chain (see {@link
   * UndeterminedTerms}). A language without variants gets a {@link MatchNoDocsQuery}.
   *
   * @throws NarrascopeException if the frame is not in the lexicon or the code is malformed
   */
  public Query candidateQuery(String frameId, String lang, String field) {
    // Built once per (frame, language, field): the und form determinises many automata.
    return candidateQueries.computeIfAbsent(
        List.of(frameId, lang, field), key -> buildCandidateQuery(frameId, lang, field));
  }

  private Query buildCandidateQuery(String frameId, String lang, String field) {
    LanguageAnalyzers.chainOf(lang);
    if (lexicon.frames().stream().noneMatch(f -> f.id().equals(frameId))) {
      throw new NarrascopeException(
          "frame '"
              + frameId
              + "' is not in lexicon "
              + lexicon.name()
              + "; its frames are "
              + lexicon.frames().stream().map(Frame::id).toList());
    }
    boolean undetermined = lang.equals(UNDETERMINED);
    List<String> languages =
        undetermined
            ? List.copyOf(byLanguage.keySet())
            : byLanguage.containsKey(lang) ? List.of(lang) : List.of();
    BooleanQuery.Builder anyVariant = new BooleanQuery.Builder();
    int variants = 0;
    for (String each : languages) {
      for (CompiledVariant variant : byLanguage.get(each).getOrDefault(frameId, List.of())) {
        BooleanQuery.Builder allSlots = new BooleanQuery.Builder();
        for (List<CompiledVariant.Alternative> slot : variant.slots) {
          BooleanQuery.Builder anyAlternative = new BooleanQuery.Builder();
          for (CompiledVariant.Alternative alternative : slot) {
            anyAlternative.add(
                alternativeQuery(alternative, each, field, undetermined), Occur.SHOULD);
          }
          allSlots.add(anyAlternative.build(), Occur.MUST);
        }
        anyVariant.add(allSlots.build(), Occur.SHOULD);
        variants++;
      }
    }
    if (variants == 0) {
      return new MatchNoDocsQuery("frame " + frameId + " has no variant in language " + lang);
    }
    return anyVariant.build();
  }

  private static Query alternativeQuery(
      CompiledVariant.Alternative alternative, String lang, String field, boolean undetermined) {
    if (alternative.isPrefix()) {
      return undetermined
          ? UndeterminedTerms.query(lang, field, alternative.prefix(), true)
          : new PrefixQuery(new Term(field, alternative.prefix()));
    }
    BooleanQuery.Builder allPositions = new BooleanQuery.Builder();
    for (Set<String> terms : alternative.positions()) {
      BooleanQuery.Builder anyTerm = new BooleanQuery.Builder();
      for (String term : new TreeSet<>(terms)) {
        anyTerm.add(
            undetermined
                ? UndeterminedTerms.query(lang, field, term, false)
                : new TermQuery(new Term(field, term)),
            Occur.SHOULD);
      }
      allPositions.add(anyTerm.build(), Occur.MUST);
    }
    return allPositions.build();
  }

  private record Candidate(int start, int end) {}

  private void collect(String lang, String text, Map<String, List<Candidate>> candidates) {
    AnalysedText analysed = AnalysedText.of(analyzers.get(lang), text);
    for (Map.Entry<String, List<CompiledVariant>> frame : byLanguage.get(lang).entrySet()) {
      List<Candidate> found = null;
      for (CompiledVariant variant : frame.getValue()) {
        if (!variant.mayMatch(analysed.vocabulary)) {
          continue;
        }
        for (int p = 0; p < analysed.size(); p++) {
          int last = -1;
          for (int[] order : variant.orders) {
            int end = matchSlot(variant, order, 0, p, p, analysed);
            if (end >= 0 && (last < 0 || end < last)) {
              last = end;
            }
          }
          if (last >= 0) {
            if (found == null) {
              found = candidates.computeIfAbsent(frame.getKey(), k -> new ArrayList<>());
            }
            found.add(new Candidate(analysed.start[p], analysed.end[last]));
          }
        }
      }
    }
  }

  /**
   * Tries to match slot {@code order[k]} at position {@code p} and the following slots after it,
   * within the sentence of {@code first}, the position of the first slot. Returns the position of
   * the last word of the first (hence tightest) completion, or -1.
   */
  private static int matchSlot(
      CompiledVariant variant, int[] order, int k, int first, int p, AnalysedText text) {
    int sentence = text.sentence[first];
    for (CompiledVariant.Alternative alternative : variant.slots.get(order[k])) {
      int last = p + alternative.length() - 1;
      if (last >= text.size()
          || text.sentence[last] != sentence
          || !matches(alternative, p, text)) {
        continue;
      }
      if (k == order.length - 1) {
        if (!excluded(variant, first, last, text)) {
          return last;
        }
        continue;
      }
      int limit = Math.min(text.size() - 1, last + 1 + variant.variant.slop());
      for (int q = last + 1; q <= limit && text.sentence[q] == sentence; q++) {
        int end = matchSlot(variant, order, k + 1, first, q, text);
        if (end >= 0) {
          return end;
        }
      }
    }
    return -1;
  }

  private static boolean matches(
      CompiledVariant.Alternative alternative, int p, AnalysedText text) {
    if (alternative.isPrefix()) {
      for (String term : text.terms[p]) {
        if (term.startsWith(alternative.prefix())) {
          return true;
        }
      }
      return false;
    }
    List<Set<String>> positions = alternative.positions();
    for (int i = 0; i < positions.size(); i++) {
      if (!containsAny(positions.get(i), text.terms[p + i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsAny(Set<String> wanted, String[] terms) {
    for (String term : terms) {
      if (wanted.contains(term)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word right before or right after the match, in its sentence, cancels it. */
  private static boolean excluded(CompiledVariant variant, int first, int last, AnalysedText text) {
    int after = last + 1;
    if (!variant.excludeFollowing.isEmpty()
        && after < text.size()
        && text.sentence[after] == text.sentence[last]
        && containsAny(variant.excludeFollowing, text.terms[after])) {
      return true;
    }
    int before = first - 1;
    return !variant.excludePreceding.isEmpty()
        && before >= 0
        && text.sentence[before] == text.sentence[first]
        && containsAny(variant.excludePreceding, text.terms[before]);
  }

  @Override
  public void close() {
    analyzers.values().forEach(Analyzer::close);
  }
}
