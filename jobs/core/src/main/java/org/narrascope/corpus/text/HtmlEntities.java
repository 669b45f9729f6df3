package org.narrascope.corpus.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Decodes HTML character references: the HTML 4 named entities (Latin-1, Greek, punctuation, arrows
 * and maths, plus {@code &apos;} and {@code &numero;}), decimal {@code &#1052;} and hex {@code
 * &#x41C;}. One pass only, so {@code &amp;quot;} becomes {@code &quot;}: a second pass would also
 * rewrite text that legitimately shows an entity. The terminating semicolon is required, because
 * without it {@code &copy} in a URL query would be taken for ©. References to code points that
 * cannot be in text (0, surrogates, above U+10FFFF) are left as they are rather than turned into
 * U+FFFD; references to 128..159 are read as windows-1252, as HTML5 does.
 */
public final class HtmlEntities {
  private static final int MAX_NAME = 10;
  private static final String LATIN1_NAMES =
      "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn"
          + " sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest"
          + " Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave"
          + " Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave"
          + " Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig"
          + " ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc"
          + " otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";
  private static final String GREEK_UPPER =
      "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho -"
          + " Sigma Tau Upsilon Phi Chi Psi Omega";
  private static final Object[] OTHERS = {
    "quot",
    '"',
    "amp",
    '&',
    "lt",
    '<',
    "gt",
    '>',
    "apos",
    '\'',
    "OElig",
    'Œ',
    "oelig",
    'œ',
    "Scaron",
    'Š',
    "scaron",
    'š',
    "Yuml",
    'Ÿ',
    "fnof",
    'ƒ',
    "circ",
    'ˆ',
    "tilde",
    '˜',
    "ensp",
    '\u2002',
    "emsp",
    '\u2003',
    "thinsp",
    '\u2009',
    "zwnj",
    '\u200C',
    "zwj",
    '\u200D',
    "lrm",
    '\u200E',
    "rlm",
    '\u200F',
    "ndash",
    '–',
    "mdash",
    '—',
    "lsquo",
    '‘',
    "rsquo",
    '’',
    "sbquo",
    '‚',
    "ldquo",
    '“',
    "rdquo",
    '”',
    "bdquo",
    '„',
    "dagger",
    '†',
    "Dagger",
    '‡',
    "bull",
    '•',
    "hellip",
    '…',
    "permil",
    '‰',
    "prime",
    '′',
    "Prime",
    '″',
    "lsaquo",
    '‹',
    "rsaquo",
    '›',
    "oline",
    '‾',
    "frasl",
    '⁄',
    "euro",
    '€',
    "trade",
    '™',
    "numero",
    '№',
    "larr",
    '←',
    "uarr",
    '↑',
    "rarr",
    '→',
    "darr",
    '↓',
    "harr",
    '↔',
    "minus",
    '−',
    "lowast",
    '∗',
    "radic",
    '√',
    "infin",
    '∞',
    "ne",
    '≠',
    "le",
    '≤',
    "ge",
    '≥',
    "asymp",
    '≈',
    "equiv",
    '≡',
    "sum",
    '∑',
    "prod",
    '∏',
    "part",
    '∂',
    "loz",
    '◊',
    "sdot",
    '⋅',
    "thetasym",
    'ϑ',
    "piv",
    'ϖ',
    "upsih",
    'ϒ',
    "sigmaf",
    'ς'
  };

  private static final Map<String, Character> NAMED = named();

  /** windows-1252 characters for numeric references 128..159 (HTML5); 0 where undefined. */
  private static final String CP1252_C1 = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

  private HtmlEntities() {}

  /** Returns {@code text} with its character references decoded (the same instance if none). */
  public static String decode(String text) {
    int amp = text.indexOf('&');
    if (amp < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (; amp >= 0; amp = text.indexOf('&', amp + 1)) {
      int semi = text.indexOf(';', amp + 1);
      if (semi < 0) {
        break;
      }
      if (semi - amp - 1 > MAX_NAME || amp < copied) {
        continue;
      }
      int cp = resolve(text.substring(amp + 1, semi));
      if (cp >= 0) {
        out.append(text, copied, amp).appendCodePoint(cp);
        copied = semi + 1;
      }
    }
    if (copied == 0) {
      return text;
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** The code point a reference body (between & and ;) stands for, or -1. */
  private static int resolve(String body) {
    if (body.length() > 1 && body.charAt(0) == '#') {
      boolean hex = body.charAt(1) == 'x' || body.charAt(1) == 'X';
      String digits = body.substring(hex ? 2 : 1);
      if (digits.isEmpty() || digits.length() > (hex ? 6 : 7)) {
        return -1;
      }
      for (int i = 0; i < digits.length(); i++) {
        if (Character.digit(digits.charAt(i), hex ? 16 : 10) < 0 || digits.charAt(i) > 0x7F) {
          return -1;
        }
      }
      int cp = Integer.parseInt(digits, hex ? 16 : 10);
      if (cp >= 0x80 && cp <= 0x9F) {
        char c = CP1252_C1.charAt(cp - 0x80);
        return c == 0 ? cp : c;
      }
      if (cp == 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return -1;
      }
      return cp;
    }
    Character c = NAMED.get(body);
    return c == null ? -1 : c;
  }

  private static Map<String, Character> named() {
    Map<String, Character> map = new HashMap<>();
    String[] latin1 = LATIN1_NAMES.split(" ");
    for (int i = 0; i < latin1.length; i++) {
      map.put(latin1[i], (char) (0xA0 + i));
    }
    String[] greek = GREEK_UPPER.split(" ");
    for (int i = 0; i < greek.length; i++) {
      if (!greek[i].equals("-")) {
        map.put(greek[i], (char) (0x391 + i));
        map.put(greek[i].toLowerCase(java.util.Locale.ROOT), (char) (0x3B1 + i));
      }
    }
    for (int i = 0; i < OTHERS.length; i += 2) {
      map.put((String) OTHERS[i], (Character) OTHERS[i + 1]);
    }
    return Map.copyOf(map);
  }
}
