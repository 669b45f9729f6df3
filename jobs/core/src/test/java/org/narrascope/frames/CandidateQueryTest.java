package org.narrascope.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.NarrascopeException;
import org.narrascope.analysis.LanguageAnalyzers;

/** The pre-filter query must let through every document in which the matcher finds the frame. */
class CandidateQueryTest {
  private static final String FIELD = "body";
  private static FrameMatcher matcher;

  @BeforeAll
  static void compile() {
    matcher = FrameMatcher.compile(Lexicon.load(FrameExamples.SHIPPED));
  }

  @AfterAll
  static void close() {
    matcher.close();
  }

  /** A text of {@code lang} indexed with that language's chain, one document per text. */
  private static IndexSearcher index(String lang, List<String> texts) throws IOException {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (Analyzer analyzer = LanguageAnalyzers.forLanguage(lang);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < texts.size(); i++) {
        Document doc = new Document();
        doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
        doc.add(new TextField(FIELD, texts.get(i), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    return new IndexSearcher(DirectoryReader.open(directory));
  }

  private static int hits(IndexSearcher searcher, Query query, int id) throws IOException {
    return searcher.count(
        new BooleanQuery.Builder()
            .add(query, Occur.MUST)
            .add(new TermQuery(new Term("id", Integer.toString(id))), Occur.FILTER)
            .build());
  }

  @Test
  void matchesEveryPositiveExampleInItsLanguage() throws IOException {
    Map<String, List<FrameExamples.Example>> byLang = new TreeMap<>();
    FrameExamples.positives()
        .forEach(e -> byLang.computeIfAbsent(e.lang(), l -> new ArrayList<>()).add(e));
    int checked = 0;
    for (Map.Entry<String, List<FrameExamples.Example>> entry : byLang.entrySet()) {
      List<FrameExamples.Example> examples = entry.getValue();
      IndexSearcher searcher =
          index(entry.getKey(), examples.stream().map(FrameExamples.Example::text).toList());
      for (int i = 0; i < examples.size(); i++) {
        FrameExamples.Example e = examples.get(i);
        assertThat(matcher.find(e.lang(), e.text()))
            .extracting(FrameMatch::frameId)
            .contains(e.frameId());
        assertThat(hits(searcher, matcher.candidateQuery(e.frameId(), e.lang(), FIELD), i))
            .as(e.toString())
            .isEqualTo(1);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(307);
  }

  @Test
  void matchesEveryPositiveExampleIndexedAsUndetermined() throws IOException {
    List<FrameExamples.Example> examples = FrameExamples.positives();
    IndexSearcher searcher =
        index("und", examples.stream().map(FrameExamples.Example::text).toList());
    for (int i = 0; i < examples.size(); i++) {
      FrameExamples.Example e = examples.get(i);
      for (FrameMatch match : matcher.find("und", e.text())) {
        assertThat(hits(searcher, matcher.candidateQuery(match.frameId(), "und", FIELD), i))
            .as(match.frameId() + " in " + e)
            .isEqualTo(1);
      }
    }
  }

  @Test
  void isSelectiveOnHardNegatives() throws IOException {
    List<String> texts = FrameExamples.NEGATIVES.get("en");
    IndexSearcher searcher = index("en", texts);
    int total = 0;
    for (Frame frame : matcher.lexicon().frames()) {
      total += searcher.count(matcher.candidateQuery(frame.id(), "en", FIELD));
    }
    // Only "foreign fighter jets", "a foreign fighter jet" (the matcher's exclusion rejects them)
    // and "Prices rose. Gas was ..." (a sentence boundary) hold all words of a variant.
    assertThat(total).isEqualTo(3);
  }

  @Test
  void matchesNothingForALanguageWithoutVariants() {
    assertThat(matcher.candidateQuery("gas_prices", "de", FIELD))
        .isInstanceOf(MatchNoDocsQuery.class);
  }

  @Test
  void rejectsAnUnknownFrame() {
    assertThatThrownBy(() -> matcher.candidateQuery("gas_price", "en", FIELD))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageContaining("gas_prices");
  }

  @Test
  void undeterminedHeadsOfUkrainianLemmasArePrefixesOfTheirForms() {
    assertThat(UndeterminedTerms.ukrainianHead("технологія")).isEqualTo("технол");
    assertThat(UndeterminedTerms.ukrainianHead("банда")).isEqualTo("б");
    assertThat(UndeterminedTerms.ukrainianHead("переворот")).isEqualTo("перевор");
    assertThat(UndeterminedTerms.ukrainianHead("п'ятниця")).isEqualTo("п");
  }
}
