package org.narrascope.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A light Kazakh stemmer for nouns and adjectives: it strips inflectional endings from the end of a
 * lower-cased word, never derivational suffixes (-лық, -шы, -дік stay), so that "содырлардың",
 * "содырлары" and "содыр" meet as "содыр".
 *
 * <p>Kazakh stacks endings in a fixed order: stem + plural + possessive + case. The filter removes
 * them from the outside in, at most one of each layer:
 *
 * <ol>
 *   <li>case: genitive -ның/-нің (after a vowel or м/н/ң), -дың/-дің/-тың/-тің (after a consonant);
 *       ablative -дан/-ден/-нан/-нен, -тан/-тен (after a consonant); instrumental -мен/-бен/-пен;
 *       locative -нда/-нде (after the possessive ы/і), -да/-де, -та/-те (after a consonant); dative
 *       -ға/-ге/-қа/-ке, -на/-не (after the possessive ы/і), -а/-е (after the possessive м/ң of
 *       -ым/-ің...); accusative -ны/-ні (after a vowel), -ды/-ді/-ты/-ті (after a consonant), -н
 *       (after the possessive ы/і).
 *   <li>possessive: -ымыз/-іміз/-ыңыз/-іңіз/-ым/-ім/-ың/-ің/-ы/-і (after a consonant),
 *       -мыз/-міз/-ңыз/-ңіз/-сы/-сі (after a vowel).
 *   <li>plural: -лар/-лер, -дар/-дер/-тар/-тер (after a consonant).
 * </ol>
 *
 * <p>"Vowel" means а ә е ё и о ө ұ ү ы і э ю я; у and й count as consonants. These phonological
 * conditions (Kazakh picks the ending's first letter by the sound before it) keep the rules from
 * cutting into roots: "әрекеті" is әрекет+і, not әреке+ті, because the accusative after a vowel
 * would be -ні.
 *
 * <p>An ending is removed only if at least {@value #MIN_STEM} characters remain, so that short
 * roots ("топ", "газ") survive; when an ending of a layer is present but cannot be removed for that
 * reason, stemming stops there, so that "елдің" (ел+дің) does not lose "-ің" as if it were a
 * possessive. Within a layer the longest matching ending wins. The rules are blind to homonymy:
 * "майдан" loses "-дан" like an ablative ("май"), and a word ending in ы/і loses it like a
 * possessive ("түрлі" → "түрл"). Because the index and the lexicon go through the same filter, such
 * over-stemming only merges words, it never separates the forms of one word.
 *
 * <p>One ambiguity is kept rather than guessed: after a vowel, "-сы/-сі" is the possessive of a
 * vowel-final root ("бағасы" = баға+сы) but also an с-final root plus "-ы/-і" ("күресі" = күрес+і);
 * such a word gets both stems at one position, like a stacked synonym.
 *
 * <p>Only the term text changes (it gets shorter), so offsets stay those of the word.
 */
public final class KazakhStemFilter extends TokenFilter {
  /** The shortest stem an ending may leave behind. */
  public static final int MIN_STEM = 3;

  /** Vowels that close a syllable; у and й count as consonants for the endings, as in Kazakh. */
  private static final String VOWELS = "аәеёиоөұүыіэюя";

  private static final String AFTER_VOWEL = VOWELS;
  // The genitive and ablative take н- after vowels and after the nasals м, н, ң ("адамның").
  private static final String AFTER_VOWEL_OR_NASAL = VOWELS + "мнң";
  private static final String AFTER_CONSONANT = "!" + VOWELS;
  // ы/і end the 3rd-person possessive; м/ң end the 1st/2nd-person possessives.
  private static final String AFTER_POSSESSIVE_VOWEL = "ыі";
  private static final String AFTER_POSSESSIVE_CONSONANT = "мң";

  /**
   * An ending and the characters that may precede it: any, only those listed, or ("!" prefix) any
   * but those listed. The phonological conditions tell the accusative "-ті" from a root-final "т"
   * plus the possessive "-і" ("әрекеті" is әрекет+і, not әреке+ті).
   */
  private record Ending(String text, String preceding) {
    Ending(String text) {
      this(text, "");
    }

    boolean mayFollow(char c) {
      if (preceding.isEmpty()) {
        return true;
      }
      if (preceding.charAt(0) == '!') {
        return preceding.indexOf(c, 1) < 0;
      }
      return preceding.indexOf(c) >= 0;
    }
  }

  private static final List<Ending> CASES =
      List.of(
          new Ending("ның", AFTER_VOWEL_OR_NASAL),
          new Ending("нің", AFTER_VOWEL_OR_NASAL),
          new Ending("дың", AFTER_CONSONANT),
          new Ending("дің", AFTER_CONSONANT),
          new Ending("тың", AFTER_CONSONANT),
          new Ending("тің", AFTER_CONSONANT),
          new Ending("дан"),
          new Ending("ден"),
          new Ending("тан", AFTER_CONSONANT),
          new Ending("тен", AFTER_CONSONANT),
          new Ending("нан"),
          new Ending("нен"),
          new Ending("мен"),
          new Ending("бен"),
          new Ending("пен"),
          new Ending("нда", AFTER_POSSESSIVE_VOWEL),
          new Ending("нде", AFTER_POSSESSIVE_VOWEL),
          new Ending("да"),
          new Ending("де"),
          new Ending("та", AFTER_CONSONANT),
          new Ending("те", AFTER_CONSONANT),
          new Ending("ға"),
          new Ending("ге"),
          new Ending("қа"),
          new Ending("ке"),
          new Ending("на", AFTER_POSSESSIVE_VOWEL),
          new Ending("не", AFTER_POSSESSIVE_VOWEL),
          new Ending("ны", AFTER_VOWEL),
          new Ending("ні", AFTER_VOWEL),
          new Ending("ды", AFTER_CONSONANT),
          new Ending("ді", AFTER_CONSONANT),
          new Ending("ты", AFTER_CONSONANT),
          new Ending("ті", AFTER_CONSONANT),
          new Ending("а", AFTER_POSSESSIVE_CONSONANT),
          new Ending("е", AFTER_POSSESSIVE_CONSONANT),
          new Ending("н", AFTER_POSSESSIVE_VOWEL));

  private static final List<Ending> POSSESSIVES =
      List.of(
          new Ending("ымыз", AFTER_CONSONANT),
          new Ending("іміз", AFTER_CONSONANT),
          new Ending("ыңыз", AFTER_CONSONANT),
          new Ending("іңіз", AFTER_CONSONANT),
          new Ending("мыз", AFTER_VOWEL),
          new Ending("міз", AFTER_VOWEL),
          new Ending("ңыз", AFTER_VOWEL),
          new Ending("ңіз", AFTER_VOWEL),
          new Ending("сы", AFTER_VOWEL),
          new Ending("сі", AFTER_VOWEL),
          new Ending("ым", AFTER_CONSONANT),
          new Ending("ім", AFTER_CONSONANT),
          new Ending("ың", AFTER_CONSONANT),
          new Ending("ің", AFTER_CONSONANT),
          new Ending("ы", AFTER_CONSONANT),
          new Ending("і", AFTER_CONSONANT));

  private static final List<Ending> PLURALS =
      List.of(
          new Ending("лар"),
          new Ending("лер"),
          new Ending("дар", AFTER_CONSONANT),
          new Ending("дер", AFTER_CONSONANT),
          new Ending("тар", AFTER_CONSONANT),
          new Ending("тер", AFTER_CONSONANT));

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private State pending;
  private String pendingStem;

  public KazakhStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      term.setEmpty().append(pendingStem);
      posInc.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      char[] word = term.buffer();
      int length = term.length();
      int stem = stem(word, length);
      int alternative = alternativeStem(word, length);
      if (alternative != stem) {
        pendingStem = new String(word, 0, alternative);
        term.setLength(stem);
        pending = captureState();
        return true;
      }
      term.setLength(stem);
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
  }

  /** Returns the length of the stem of {@code word[0..length)}, the -сы/-сі reading first. */
  static int stem(char[] word, int length) {
    int afterCase = strip(word, length, CASES);
    if (afterCase == length && blocked(word, length, CASES)) {
      return length;
    }
    int afterPossessive = strip(word, afterCase, POSSESSIVES);
    if (afterPossessive == afterCase && blocked(word, afterCase, POSSESSIVES)) {
      return afterCase;
    }
    return strip(word, afterPossessive, PLURALS);
  }

  /**
   * A word ending in vowel+с+ы/і is either root+сы ("бағасы") or root-in-с + ы ("күресі"); the
   * second reading, stacked at the same position, keeps "күрес" and "күресі" together.
   */
  private static int alternativeStem(char[] word, int length) {
    int afterCase = strip(word, length, CASES);
    if (afterCase >= 2 + MIN_STEM
        && !(afterCase == length && blocked(word, length, CASES))
        && word[afterCase - 2] == 'с'
        && (word[afterCase - 1] == 'ы' || word[afterCase - 1] == 'і')) {
      return strip(word, afterCase - 1, PLURALS);
    }
    return stem(word, length);
  }

  /**
   * Whether an ending of the layer is there but would leave too short a stem: then the word is a
   * short root with that ending ("елдің" = ел+дің), and inner layers must not cut into the root.
   */
  private static boolean blocked(char[] word, int length, List<Ending> endings) {
    for (Ending ending : endings) {
      int rest = length - ending.text().length();
      if (rest > 0
          && rest < MIN_STEM
          && endsWith(word, length, ending.text())
          && ending.mayFollow(word[rest - 1])) {
        return true;
      }
    }
    return false;
  }

  private static int strip(char[] word, int length, List<Ending> endings) {
    for (Ending ending : endings) {
      int rest = length - ending.text().length();
      if (rest >= MIN_STEM
          && endsWith(word, length, ending.text())
          && ending.mayFollow(word[rest - 1])) {
        return rest;
      }
    }
    return length;
  }

  private static boolean endsWith(char[] word, int length, String suffix) {
    int offset = length - suffix.length();
    for (int i = 0; i < suffix.length(); i++) {
      if (word[offset + i] != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
