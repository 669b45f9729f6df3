package org.narrascope.frames;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.narrascope.analysis.LanguageAnalyzers;

/**
 * Turns a term of one language's chain into a query on a field indexed with the fallback chain (the
 * chain of {@code und}: case-folded surface words, no stemming), matching every surface word the
 * language's chain could have analysed to that term.
 *
 * <p>The language chains differ from the fallback by suffix operations, which a prefix query
 * undoes: Snowball Russian and {@link org.narrascope.analysis.KazakhStemFilter} only cut endings,
 * so a stem is a prefix of its word (with е standing also for ё, which the Russian chain folds);
 * the English minimal stemmer cuts endings except "-ies" → "-y", so a stem without a final y is a
 * prefix. Ukrainian lemmas are not prefixes of their forms ("банди" → "банда"), but regular
 * inflection and its alternations (к/ц, г/з, о/і, fleeting vowels) only touch the last syllable, so
 * the lemma cut before the vowel of its last syllable is a prefix of every form ("банда" → "б",
 * "технологія" → "технол"). Typographic apostrophes and ґ, which the Ukrainian and English chains
 * fold, are accepted as written. Suppletive Ukrainian forms (a lemma not sharing even the first
 * syllable with its form) are the one case this cannot promise.
 */
final class UndeterminedTerms {
  private static final String UKRAINIAN_VOWELS = "аяоеєіїиуюё";
  private static final String APOSTROPHES = "'\u2019\u2018\u02BC`\u00B4";

  private UndeterminedTerms() {}

  static Query query(String lang, String field, String term, boolean prefix) {
    if (!LanguageAnalyzers.dedicated().contains(lang)) {
      // Same chain as the und field: the term is spelled as it is indexed.
      return prefix ? new PrefixQuery(new Term(field, term)) : new TermQuery(new Term(field, term));
    }
    String head =
        switch (lang) {
          case "en" ->
              !prefix && term.length() > 1 && term.endsWith("y")
                  ? term.substring(0, term.length() - 1)
                  : term;
          case "uk" -> ukrainianHead(term);
          default -> term;
        };
    List<Automaton> chars = new ArrayList<>();
    for (int i = 0; i < head.length(); i++) {
      chars.add(variants(lang, head.charAt(i)));
    }
    chars.add(Automata.makeAnyString());
    Automaton automaton =
        Operations.determinize(
            Operations.concatenate(chars), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
    return new AutomatonQuery(new Term(field, head + "*"), automaton);
  }

  /** The lemma up to the vowel of its last syllable (at least one letter). */
  static String ukrainianHead(String lemma) {
    int end = lemma.length();
    int apostrophe = lemma.indexOf('\'');
    if (apostrophe > 0) {
      end = apostrophe;
    }
    while (end > 1 && isUkrainianVowelOrSoft(lemma.charAt(end - 1))) {
      end--;
    }
    for (int i = end - 1; i >= 1; i--) {
      if (UKRAINIAN_VOWELS.indexOf(lemma.charAt(i)) >= 0) {
        end = i;
        break;
      }
    }
    return lemma.substring(0, Math.max(1, end));
  }

  private static boolean isUkrainianVowelOrSoft(char c) {
    return UKRAINIAN_VOWELS.indexOf(c) >= 0 || c == 'й' || c == 'ь';
  }

  private static Automaton variants(String lang, char c) {
    if (c == 'е' && lang.equals("ru")) {
      return Operations.union(Automata.makeChar('е'), Automata.makeChar('ё'));
    }
    if (c == 'г' && lang.equals("uk")) {
      return Operations.union(Automata.makeChar('г'), Automata.makeChar('ґ'));
    }
    if (c == '\'') {
      List<Automaton> any = new ArrayList<>();
      for (int i = 0; i < APOSTROPHES.length(); i++) {
        any.add(Automata.makeChar(APOSTROPHES.charAt(i)));
      }
      return Operations.union(any);
    }
    return Automata.makeChar(c);
  }
}
