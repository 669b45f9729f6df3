package org.narrascope.corpus.language;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How often each letter occurs in a text, lower-cased without a locale, split by script; the
 * evidence {@link LanguageIdentifier} weighs before asking OpenNLP.
 */
final class Letters {
  /** The script most of a text's letters are written in. */
  enum Script {
    CYRILLIC,
    LATIN,
    OTHER
  }

  private final Map<Integer, Integer> cyrillic = new HashMap<>();
  private final Map<Integer, Integer> latin = new HashMap<>();
  private int cyrillicTotal;
  private int latinTotal;
  private int otherTotal;

  private Letters() {}

  static Letters of(String text) {
    Letters letters = new Letters();
    int[] cps = text.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      int cp = cps[i];
      if (isApostrophe(cp)) {
        boolean between = i > 0 && i + 1 < cps.length;
        if (between && isCyrillic(cps[i - 1]) && isCyrillic(cps[i + 1])) {
          letters.add(letters.cyrillic, Alphabets.APOSTROPHE);
          letters.cyrillicTotal++;
        } else if (cp == 'ʻ' && i > 0 && isLatin(cps[i - 1])) {
          letters.add(letters.latin, cp);
          letters.latinTotal++;
        }
      } else if (Character.isLetter(cp)) {
        if (isCyrillic(cp)) {
          letters.add(letters.cyrillic, Character.toLowerCase(cp));
          letters.cyrillicTotal++;
        } else if (isLatin(cp)) {
          letters.add(letters.latin, Character.toLowerCase(cp));
          letters.latinTotal++;
        } else {
          letters.otherTotal++;
        }
      }
    }
    return letters;
  }

  private void add(Map<Integer, Integer> counts, int cp) {
    counts.merge(cp, 1, Integer::sum);
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '’' || cp == 'ʼ' || cp == 'ʻ' || cp == '‘';
  }

  private static boolean isCyrillic(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC;
  }

  private static boolean isLatin(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
  }

  int total() {
    return cyrillicTotal + latinTotal + otherTotal;
  }

  Script dominant() {
    if (cyrillicTotal >= latinTotal && cyrillicTotal >= otherTotal) {
      return Script.CYRILLIC;
    }
    return latinTotal >= otherTotal ? Script.LATIN : Script.OTHER;
  }

  /** Letters in the dominant script. */
  int inDominantScript() {
    return switch (dominant()) {
      case CYRILLIC -> cyrillicTotal;
      case LATIN -> latinTotal;
      case OTHER -> otherTotal;
    };
  }

  /** How many letters of the dominant script are not in {@code alphabet}. */
  int outside(Set<Integer> alphabet) {
    int outside = 0;
    for (Map.Entry<Integer, Integer> e : dominantCounts().entrySet()) {
      if (!alphabet.contains(e.getKey())) {
        outside += e.getValue();
      }
    }
    return outside;
  }

  /** How many letters of the dominant script are in {@code some}. */
  int countOf(Set<Integer> some) {
    int count = 0;
    for (Map.Entry<Integer, Integer> e : dominantCounts().entrySet()) {
      if (some.contains(e.getKey())) {
        count += e.getValue();
      }
    }
    return count;
  }

  private Map<Integer, Integer> dominantCounts() {
    return switch (dominant()) {
      case CYRILLIC -> cyrillic;
      case LATIN -> latin;
      case OTHER -> Map.of();
    };
  }
}
