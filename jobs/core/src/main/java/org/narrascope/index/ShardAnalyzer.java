package org.narrascope.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.narrascope.analysis.LanguageAnalyzers;

/**
 * Routes each analysed field to its language's chain by the field's name ({@code text_uk} → the
 * Ukrainian chain). Lucene's {@code PerFieldAnalyzerWrapper} needs every field up front; a corpus
 * brings its languages only as documents arrive, so the chains are created on first use.
 */
final class ShardAnalyzer extends DelegatingAnalyzerWrapper {
  private final Map<String, Analyzer> byLanguage = new HashMap<>();
  private final Analyzer keyword = new KeywordAnalyzer();

  ShardAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return IndexFields.languageOf(fieldName)
        .map(lang -> byLanguage.computeIfAbsent(lang, LanguageAnalyzers::forLanguage))
        .orElse(keyword);
  }

  @Override
  public void close() {
    byLanguage.values().forEach(Analyzer::close);
    keyword.close();
    super.close();
  }
}
