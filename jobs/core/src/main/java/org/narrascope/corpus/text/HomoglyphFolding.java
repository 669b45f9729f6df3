package org.narrascope.corpus.text;

/**
 * Folds Latin look-alike letters inside Cyrillic words into their Cyrillic twins, for matching: a
 * keyword filter dodged with "пoпыткa" (Latin o and a) must still count as "попытка". The text is
 * not rewritten for display; this is applied to the copy that is matched.
 *
 * <p>A word (a run of letters and combining marks) is folded when it has at least one Cyrillic
 * letter and every Latin letter in it is a confusable: a c e o p x y k i ï h, A B C E H K M O P T X
 * Y I Ï, ə Ə. Pure Latin words ("Tokayev", "iPhone", "COVID") and words with a Latin letter that
 * has no Cyrillic twin ("Zаявление", "Гугл-Docs" pieces) are not folded into Cyrillic. Lower-case
 * m, n, u, b are not confusables (м, п, и, ь look different) and block folding into Cyrillic.
 *
 * <p>The other way round, a word whose Latin letters block that folding but whose every Cyrillic
 * letter is a twin of a Latin one is a Latin word with Cyrillic look-alikes typed into it ("cоup"
 * with a Cyrillic о): those letters become Latin.
 *
 * <p>i → і, ï → ї and h → һ always, even in Russian words: Russian has no і, ї or һ, so the folded
 * word cannot falsely match a Russian phrase, while the same keystroke is the usual substitution in
 * Ukrainian, Belarusian and Kazakh (і, ї, һ) and must match there. ə → ә is the Kazakh one.
 *
 * <p>Every mapping is one UTF-16 unit to one UTF-16 unit, so the folded text has the same length
 * and match offsets found in it are valid in the original.
 */
public final class HomoglyphFolding {
  private static final String LATIN = "aceopxykiïhABCEHKMOPTXYIÏəƏ";
  private static final String CYRILLIC = "асеорхукіїһАВСЕНКМОРТХУІЇәӘ";

  private HomoglyphFolding() {}

  /** Returns {@code text} with confusable Latin letters in Cyrillic words made Cyrillic. */
  public static String fold(String text) {
    char[] out = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isWordChar(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
        continue;
      }
      int start = i;
      boolean cyrillic = false;
      boolean latin = false;
      boolean blocked = false;
      boolean cyrillicBlocked = false;
      while (i < n && isWordChar(text.codePointAt(i))) {
        int cp = text.codePointAt(i);
        Character.UnicodeScript script = scriptOf(cp);
        if (script == Character.UnicodeScript.CYRILLIC) {
          cyrillic = true;
          cyrillicBlocked |= CYRILLIC.indexOf(cp) < 0;
        } else if (script == Character.UnicodeScript.LATIN) {
          latin = true;
          blocked |= LATIN.indexOf(cp) < 0;
        }
        i += Character.charCount(cp);
      }
      if (cyrillic && latin && (!blocked || !cyrillicBlocked)) {
        if (out == null) {
          out = text.toCharArray();
        }
        // Into Cyrillic when every Latin letter has a Cyrillic twin; otherwise the word is Latin
        // with Cyrillic look-alikes typed into it ("cоup" with a Cyrillic о).
        String from = blocked ? CYRILLIC : LATIN;
        String to = blocked ? LATIN : CYRILLIC;
        for (int k = start; k < i; k++) {
          int at = from.indexOf(out[k]);
          if (at >= 0) {
            out[k] = to.charAt(at);
          }
        }
      }
    }
    return out == null ? text : new String(out);
  }

  // Every matched text goes through here: the two scripts that fill news text are recognised by
  // their blocks before the general (binary-search) lookup.
  private static Character.UnicodeScript scriptOf(int cp) {
    if (cp < 0x80) {
      return Character.isLetter(cp)
          ? Character.UnicodeScript.LATIN
          : Character.UnicodeScript.COMMON;
    }
    if (cp >= 0x0400 && cp <= 0x04FF) {
      return Character.UnicodeScript.CYRILLIC;
    }
    return Character.UnicodeScript.of(cp);
  }

  /** True when the letters of {@code word} come from more than one script (marks don't count). */
  public static boolean hasMixedScript(String word) {
    Character.UnicodeScript seen = null;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED) {
        continue;
      }
      if (seen != null && seen != script) {
        return true;
      }
      seen = script;
    }
    return false;
  }

  private static boolean isWordChar(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
