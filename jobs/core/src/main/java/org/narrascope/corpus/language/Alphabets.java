package org.narrascope.corpus.language;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The letters each language of the OpenNLP model writes with, keyed by its ISO 639-3 code, for the
 * languages where letters can rule a language out. Languages absent here are never ruled out by
 * letters, only by script.
 *
 * <p>An in-word apostrophe between Cyrillic letters is counted as the pseudo-letter {@link
 * #APOSTROPHE}: Ukrainian and Belarusian write {@code м'ясо}, Russian writes {@code ъ} instead. In
 * Latin words only the turned comma {@code ʻ} (U+02BB) counts, as Uzbek's {@code oʻ gʻ}: the plain
 * apostrophe is too common in English and French to tell anything.
 */
final class Alphabets {
  /** Stands for an apostrophe between two Cyrillic letters. */
  static final int APOSTROPHE = 'ʼ';

  private static final String RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

  /** Cyrillic languages of the model. */
  static final Set<String> CYRILLIC =
      Set.of(
          "rus", "ukr", "bel", "bul", "mkd", "srp", "kaz", "kir", "tat", "bak", "mon", "che",
          "tgk");

  /**
   * Latin-script languages of the model ({@code srp} is written in both scripts and is in both
   * sets).
   */
  static final Set<String> LATIN =
      Set.of(
          "afr", "ast", "aze", "bos", "bre", "cat", "ceb", "ces", "cym", "dan", "deu", "ekk", "eng",
          "epo", "est", "eus", "fao", "fin", "fra", "fry", "gle", "glg", "gsw", "hrv", "hun", "ind",
          "isl", "ita", "jav", "lat", "lav", "lim", "lit", "ltz", "lvs", "min", "mlt", "mri", "msa",
          "nds", "nld", "nno", "nob", "oci", "plt", "pol", "por", "ron", "slk", "slv", "som", "spa",
          "sqi", "srp", "sun", "swa", "swe", "tgl", "tur", "uzb", "vie", "vol", "war", "zul");

  /**
   * Cyrillic languages that cannot write a sentence without a letter Russian lacks (Kazakh {@code і
   * қ ә}, Belarusian {@code і ў}, Serbian and Macedonian {@code ј}, Tajik {@code ҳ ӣ}, ...): one of
   * those letters must appear before they are considered, else Russian (or Bulgarian, whose letters
   * are all Russian's) explains the text better. Ukrainian is not among them on purpose: a short
   * Ukrainian headline may well go without {@code і ї є ґ}.
   */
  static final Set<String> NEED_OWN_LETTER =
      Set.of("kaz", "kir", "tat", "bak", "mon", "che", "tgk", "bel", "mkd", "srp");

  private static final Map<String, Set<Integer>> LETTERS =
      Map.ofEntries(
          entry("rus", RUSSIAN),
          entry("ukr", "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ"),
          entry("bel", "абвгдеёжзійклмнопрстуўфхцчшыьэюяʼ"),
          entry("bul", "абвгдежзийклмнопрстуфхцчшщъьюяѝ"),
          entry("mkd", "абвгдѓежзѕијклљмнњопрстќуфхцчџш"),
          entry("srp", "абвгдђежзијклљмнњопрстћуфхцчџш" + "abcčćdđefghijklmnoprsštuvzž"),
          entry("kaz", RUSSIAN + "әғқңөұүһі"),
          entry("kir", RUSSIAN + "ңөү"),
          entry("tat", RUSSIAN + "әөүҗңһ"),
          entry("bak", RUSSIAN + "әөүғҡңҙҫһ"),
          entry("mon", RUSSIAN + "өү"),
          entry("che", RUSSIAN + "ӏ"),
          entry("tgk", "абвгғдеёжзиӣйкқлмнопрстуӯфхҳчҷшъэюя"),
          entry("eng", "abcdefghijklmnopqrstuvwxyz"),
          entry("deu", "abcdefghijklmnopqrstuvwxyzäöüß"),
          entry("fra", "abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ"),
          entry("pol", "abcdefghijklmnopqrstuvwxyząćęłńóśźż"),
          entry("aze", "abcdefghijklmnopqrstuvwxyzçəğıöşü"),
          entry("tur", "abcdefghijklmnopqrstuvwxyzçğıöşüâîû"),
          entry("uzb", "abcdefghijklmnopqrstuvwxyzʻ"));

  private static Map.Entry<String, Set<Integer>> entry(String lang, String letters) {
    return Map.entry(lang, letters.codePoints().boxed().collect(Collectors.toUnmodifiableSet()));
  }

  private Alphabets() {}

  /** The letters of {@code lang}, or empty when its letters are not known to us. */
  static Set<Integer> of(String lang) {
    return LETTERS.getOrDefault(lang, Set.of());
  }

  /** Whether letters can rule {@code lang} out. */
  static boolean isKnown(String lang) {
    return LETTERS.containsKey(lang);
  }

  /** Letters of {@code lang} that Russian lacks. */
  static Set<Integer> beyondRussian(String lang) {
    Set<Integer> russian = LETTERS.get("rus");
    return of(lang).stream()
        .filter(c -> !russian.contains(c))
        .collect(Collectors.toUnmodifiableSet());
  }
}
