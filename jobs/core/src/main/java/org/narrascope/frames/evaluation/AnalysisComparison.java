package org.narrascope.frames.evaluation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.narrascope.NarrascopeException;
import org.narrascope.analysis.AnalysisChain;
import org.narrascope.analysis.AnalysisChains;
import org.narrascope.corpus.Document;
import org.narrascope.frames.FrameMatcher;
import org.narrascope.frames.Lexicon;
import org.narrascope.report.CsvTableWriter;
import org.narrascope.report.Tables;

/**
 * Runs the gold set under every analysis chain of each of its languages, to choose each language's
 * chain by measurement: for a chain of language L the lexicon is compiled with that chain for L
 * (the defaults elsewhere) and scored on L's gold documents only, exactly as {@link
 * MatchingEvaluation} scores the pipeline (strict spans, after homoglyph folding).
 *
 * <p>Besides precision and recall each row counts the false hits that fall on the gold set's
 * <em>hard negatives</em> ({@code hard_negatives.csv}: phrases that look like a frame but must not
 * count, such as "террористическая угроза" or "foreign fighter jets"): a chain that conflates more
 * words shows it there first.
 */
public final class AnalysisComparison {
  /** The file of hard negatives in a gold-set folder. */
  public static final String HARD_NEGATIVES = "hard_negatives.csv";

  private static final List<String> HEADER = List.of("lang", "surface");

  private AnalysisComparison() {}

  /**
   * A phrase of the gold set's documents in {@code lang} that must never be reported as a frame.
   *
   * @param lang the language of the documents it occurs in
   * @param surface the phrase exactly as written; every occurrence in a title or text counts
   */
  public record HardNegative(String lang, String surface) {
    public HardNegative {
      Objects.requireNonNull(lang, "lang");
      Objects.requireNonNull(surface, "surface");
      if (surface.isEmpty()) {
        throw new NarrascopeException("hard negative of " + lang + ": empty surface");
      }
    }
  }

  /**
   * The gold set scored under one chain of one language.
   *
   * @param chain the chain, e.g. {@code ru:snowball}
   * @param score the language's row ({@link FrameScore#ALL} frames) under that chain
   * @param hardNegativeHits false hits overlapping an occurrence of a hard negative
   */
  public record Row(AnalysisChain chain, FrameScore score, int hardNegativeHits) {
    public Row {
      Objects.requireNonNull(chain, "chain");
      Objects.requireNonNull(score, "score");
    }

    /** Whether the chain is its language's default. */
    public boolean isDefault() {
      return chain.isDefault();
    }
  }

  /**
   * Reads {@code dir/hard_negatives.csv} (header {@code lang,surface}, RFC 4180).
   *
   * @throws NarrascopeException naming the file and line of a bad header or row
   */
  public static List<HardNegative> loadHardNegatives(Path dir) {
    Path file = dir.resolve(HARD_NEGATIVES);
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new NarrascopeException(
          "cannot read hard negatives " + file + ": " + e.getMessage(), e);
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<HardNegative> negatives = new ArrayList<>();
    try (CSVParser parser = format.parse(new StringReader(content))) {
      if (!parser.getHeaderNames().equals(HEADER)) {
        throw new NarrascopeException(
            file
                + ": line 1: expected the header "
                + String.join(",", HEADER)
                + ", found "
                + String.join(",", parser.getHeaderNames()));
      }
      for (CSVRecord record : parser) {
        if (!record.isConsistent()) {
          throw new NarrascopeException(
              file
                  + ": line "
                  + parser.getCurrentLineNumber()
                  + ": expected 2 cells, found "
                  + record.size());
        }
        negatives.add(new HardNegative(record.get("lang"), record.get("surface")));
      }
    } catch (CSVException e) {
      throw new NarrascopeException(file + ": not valid CSV: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new NarrascopeException(
          "cannot read hard negatives " + file + ": " + e.getMessage(), e);
    }
    return negatives;
  }

  /**
   * Scores every chain ({@link AnalysisChain#alternatives}) of every language of {@code gold}'s
   * documents; rows by language, then in the order of the alternatives (the default first).
   */
  public static List<Row> run(GoldSet gold, Lexicon lexicon, List<HardNegative> hardNegatives) {
    List<AnalysisChain> chains = new ArrayList<>();
    for (String lang : languages(gold)) {
      chains.addAll(AnalysisChain.alternatives(lang));
    }
    return run(gold, lexicon, hardNegatives, chains);
  }

  /** Scores each of {@code chains} on the gold documents of its language, in the given order. */
  public static List<Row> run(
      GoldSet gold, Lexicon lexicon, List<HardNegative> hardNegatives, List<AnalysisChain> chains) {
    List<Row> rows = new ArrayList<>();
    for (AnalysisChain chain : chains) {
      GoldSet ofLanguage = ofLanguage(gold, chain.lang());
      EvaluationResult result;
      try (FrameMatcher matcher =
          FrameMatcher.compile(lexicon, AnalysisChains.defaults().with(chain))) {
        result = MatchingEvaluation.run(ofLanguage, matcher);
      }
      FrameScore score =
          result
              .score(FrameScore.ALL, chain.lang())
              .orElse(new FrameScore(FrameScore.ALL, chain.lang(), 0, 0, 0, 0, 0, 0));
      rows.add(new Row(chain, score, hardNegativeHits(ofLanguage, result, hardNegatives)));
    }
    return rows;
  }

  /**
   * The row of each language whose F1 is highest, ties broken by fewer hard-negative hits, then by
   * the order of the alternatives (the default first, the simpler ones last).
   */
  public static Map<String, Row> best(List<Row> rows) {
    Map<String, Row> best = new TreeMap<>();
    for (Row row : rows) {
      best.merge(row.chain().lang(), row, (a, b) -> better(b, a) ? b : a);
    }
    return best;
  }

  private static boolean better(Row candidate, Row incumbent) {
    double f1 = candidate.score().f1().orElse(0);
    double incumbentF1 = incumbent.score().f1().orElse(0);
    if (f1 != incumbentF1) {
      return f1 > incumbentF1;
    }
    return candidate.hardNegativeHits() < incumbent.hardNegativeHits();
  }

  /** Writes {@link Tables#ANALYSIS_COMPARISON} under {@code outputDir}, replacing it. */
  public static void write(List<Row> rows, Path outputDir) {
    try (CsvTableWriter out =
        CsvTableWriter.open(
            Tables.ANALYSIS_COMPARISON, Tables.ANALYSIS_COMPARISON.pathIn(outputDir))) {
      for (Row row : rows) {
        FrameScore s = row.score();
        out.write(
            List.of(
                row.chain().lang(),
                row.chain().id(),
                row.isDefault(),
                s.gold(),
                s.predicted(),
                s.truePositives(),
                s.precision(),
                s.recall(),
                s.f1(),
                s.falsePositives(),
                row.hardNegativeHits(),
                row.chain().description()));
      }
    }
  }

  /** The rows as a Markdown table, for the README. */
  public static String markdown(List<Row> rows) {
    StringBuilder md =
        new StringBuilder(
            "| lang | chain | default | gold | predicted | exact | precision | recall | F1 |"
                + " false hits | on hard negatives |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Row row : rows) {
      FrameScore s = row.score();
      md.append("| ")
          .append(
              String.join(
                  " | ",
                  row.chain().lang(),
                  "`" + row.chain().id() + "`",
                  row.isDefault() ? "yes" : "",
                  Integer.toString(s.gold()),
                  Integer.toString(s.predicted()),
                  Integer.toString(s.truePositives()),
                  three(s.precision()),
                  three(s.recall()),
                  three(s.f1()),
                  Integer.toString(s.falsePositives()),
                  Integer.toString(row.hardNegativeHits())))
          .append(" |\n");
    }
    return md.toString();
  }

  private static String three(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "";
  }

  private static Set<String> languages(GoldSet gold) {
    Set<String> langs = new TreeSet<>();
    gold.documents().stream().map(Document::lang).forEach(langs::add);
    return langs;
  }

  private static GoldSet ofLanguage(GoldSet gold, String lang) {
    List<Document> documents =
        gold.documents().stream().filter(d -> d.lang().equals(lang)).toList();
    Set<String> ids = new TreeSet<>();
    documents.forEach(d -> ids.add(d.id()));
    return new GoldSet(
        documents, gold.mentions().stream().filter(m -> ids.contains(m.docId())).toList());
  }

  /** False hits that overlap an occurrence of one of the language's hard negatives. */
  private static int hardNegativeHits(
      GoldSet gold, EvaluationResult result, List<HardNegative> hardNegatives) {
    int hits = 0;
    for (MatchingError e : result.errors(MatchingError.Kind.FALSE_HIT)) {
      Document document = gold.document(e.docId()).orElseThrow();
      String text = GoldSet.fieldText(document, e.field());
      if (hardNegatives.stream()
          .filter(n -> n.lang().equals(document.lang()))
          .anyMatch(n -> overlapsOccurrence(text, n.surface(), e.start(), e.end()))) {
        hits++;
      }
    }
    return hits;
  }

  private static boolean overlapsOccurrence(String text, String surface, int start, int end) {
    for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      if (at < end && start < at + surface.length()) {
        return true;
      }
    }
    return false;
  }
}
