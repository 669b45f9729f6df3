package org.narrascope.corpus.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.narrascope.NarrascopeException;

/**
 * Detects and undoes mojibake: text whose bytes were decoded with the wrong charset.
 *
 * <p><b>UTF-8 read as a single-byte charset</b> (windows-1251, KOI8-R, KOI8-U, ISO-8859-1 /
 * windows-1252). Every such garbling is reversible: map each character back to the byte the wrong
 * charset gave it, then decode those bytes as UTF-8 <em>strictly</em>. The text is cut at ASCII
 * characters (ASCII is the same in all these charsets and never part of a multi-byte sequence), and
 * each run of non-ASCII characters is tried. Clean Cyrillic text almost never passes: in cp1251 and
 * KOI8 its letters are lead bytes, and a lead byte must be followed by continuation bytes. A
 * decoded character is <em>plausible</em> when it is a letter of the Cyrillic alphabets of ru, uk,
 * be, kk (Latin letters too for the Latin-1 misreading), ʼ, Latin-1 punctuation, the stress mark,
 * or from the punctuation, currency, letterlike, arrow, technical, geometric, dingbat or emoji
 * blocks; see {@code plausible} for the clean words that taught each exclusion.
 *
 * <ul>
 *   <li>Whole field: when <em>every</em> non-ASCII run is well-formed UTF-8 once re-encoded, the
 *       runs decode to at least two characters (or to one inside a Latin word, "d'Ã©tat"), and most
 *       decoded characters or most runs are plausible, all runs are replaced, whatever they decode
 *       to (a Korean phrase in a Russian post comes back too). This is the exact inverse of
 *       whole-field garbling.
 *   <li>Partial: otherwise only plausible strong spans are replaced (at least three garbled
 *       characters, so at least two Cyrillic letters or one 3- or 4-byte character), also inside
 *       runs that hold clean characters too ({@code «РќР°Р·Р°СЂР±Р°РµРІ»}). Single garbled letters
 *       ({@code "Рё"} for "и") are replaced only as whole runs and only when the text has two
 *       strong spans: on their own they are too weak to tell from clean text.
 * </ul>
 *
 * <p>When several charsets fit, the one that explains more characters wins (ties: the order of
 * {@link Repair}). Repair runs at most twice, for double garbling (cp1251 then Latin-1).
 *
 * <p><b>Undefined bytes.</b> windows-1251 leaves 0x98 undefined, and UTF-8 needs it: И is D0 98, Ә
 * is D3 98, the left quote ‘ is E2 80 98. Java (and Python's {@code errors="replace"}) decode it to
 * U+FFFD, browsers (WHATWG) to U+0098; both are mapped back to 0x98, which is exact because it is
 * the only undefined byte. windows-1252 leaves five bytes undefined (81 8D 8F 90 9D, needed by с э
 * я А Н): the C1 controls browsers produce for them map back exactly, but a U+FFFD from Java could
 * be any of the five and is left alone (that span stays garbled).
 *
 * <p><b>windows-1251 read as ISO-8859-1/windows-1252</b> ("Ïðåçèäåíò" for "Президент") has no UTF-8
 * check to lean on, so it is repaired only for the whole field: every non-ASCII character must map
 * back, no non-ASCII run may touch an ASCII letter (clean French, German or Kazakh Latin has
 * accented letters inside ASCII words: "café", "Respýblıka"), the decoded runs must be Cyrillic,
 * and they must hold at least three letters with one run of two or more.
 *
 * <p>windows-1251 or KOI8-R bytes read as UTF-8 are not repairable from the string: the decoder
 * already replaced the letters by U+FFFD. That is caught on the bytes by {@link Utf8Validation}.
 */
public final class MojibakeRepair {
  private static final int MAX_PASSES = 2;
  private static final int STRONG_SPAN_CHARS = 3;
  private static final int MIN_DECODED_CHARS = 2;
  private static final int MIN_STRONG_SPANS_FOR_WEAK = 2;

  private static final Charset CP1251 = Charset.forName("windows-1251");
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private static final List<Misreading> UTF8_MISREADINGS =
      List.of(
          new Misreading(Repair.MOJIBAKE_UTF8_AS_CP1251, byteTable(CP1251, false), false),
          new Misreading(
              Repair.MOJIBAKE_UTF8_AS_KOI8R, byteTable(Charset.forName("KOI8-R"), false), false),
          new Misreading(
              Repair.MOJIBAKE_UTF8_AS_KOI8U, byteTable(Charset.forName("KOI8-U"), false), false),
          new Misreading(Repair.MOJIBAKE_UTF8_AS_LATIN1, byteTable(CP1252, true), true));

  private static final byte[] LATIN1_TABLE = byteTable(CP1252, true);
  private static final char[] CP1251_CHARS = charTable(CP1251);

  private static final String EXTRA_CYRILLIC = "ЁёЄєІіЇїЎўҐґӘәҒғҚқҢңӨөҰұҮүҺһ";

  private MojibakeRepair() {}

  /**
   * A repaired text and the garblings undone (empty when nothing looked garbled).
   *
   * @param text the repaired text
   * @param repairs the garblings undone, in an unmodifiable set
   */
  public record Repaired(String text, Set<Repair> repairs) {
    public Repaired {
      Objects.requireNonNull(text, "text");
      repairs =
          repairs.isEmpty()
              ? Collections.unmodifiableSet(EnumSet.noneOf(Repair.class))
              : Collections.unmodifiableSet(EnumSet.copyOf(repairs));
    }
  }

  /** Repairs {@code text}, or returns it unchanged with no repairs. */
  public static Repaired repair(String text) {
    String current = text;
    Set<Repair> repairs = EnumSet.noneOf(Repair.class);
    for (int pass = 0; pass < MAX_PASSES && !isAscii(current); pass++) {
      Plan best = null;
      for (Misreading misreading : UTF8_MISREADINGS) {
        Plan plan = planUtf8(current, misreading);
        if (plan.repairedChars() > 0
            && (best == null || plan.repairedChars() > best.repairedChars())) {
          best = plan;
        }
      }
      if (best == null) {
        best = planCp1251AsLatin1(current);
      }
      if (best.repairedChars() == 0) {
        break;
      }
      current = best.apply(current);
      repairs.add(best.repair());
    }
    return new Repaired(current, repairs);
  }

  /**
   * What a reader that decodes UTF-8 bytes with {@code wrong} makes of {@code clean}: encode as
   * UTF-8, decode as {@code wrong} the way Java does (a byte the charset leaves undefined becomes
   * U+FFFD). Used by tests and by garbled-corpus fixtures.
   */
  public static String garble(String clean, Charset wrong) {
    return new String(clean.getBytes(StandardCharsets.UTF_8), wrong);
  }

  /**
   * What a reader that decodes {@code actual}-encoded text with {@code wrong} makes of {@code
   * clean}, e.g. ({@code windows-1251}, {@code ISO-8859-1}).
   *
   * @throws NarrascopeException when {@code clean} has characters {@code actual} cannot encode
   *     (Kazakh letters or ʼ in windows-1251)
   */
  public static String garble(String clean, Charset actual, Charset wrong) {
    try {
      ByteBuffer bytes =
          actual
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(clean));
      byte[] array = new byte[bytes.remaining()];
      bytes.get(array);
      return new String(array, wrong);
    } catch (CharacterCodingException e) {
      throw new NarrascopeException(
          "cannot garble: " + actual.name() + " has no bytes for a character of \"" + clean + "\"",
          e);
    }
  }

  private static Plan planUtf8(String text, Misreading misreading) {
    List<Span> wellFormedRuns = new ArrayList<>();
    List<Span> plausibleRuns = new ArrayList<>();
    List<Span> strongParts = new ArrayList<>();
    boolean everyRunWellFormed = true;
    int decodedChars = 0;
    int plausibleChars = 0;
    int plausibleWholeRuns = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (text.charAt(i) < 0x80) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && text.charAt(i) >= 0x80) {
        i++;
      }
      int[] bytes = new int[i - start];
      boolean allMapped = true;
      for (int k = 0; k < bytes.length; k++) {
        int b = misreading.table()[text.charAt(start + k)] & 0xFF;
        bytes[k] = b == 0 ? -1 : b;
        allMapped &= b != 0;
      }
      String whole = allMapped ? decodeStrict(bytes) : null;
      if (whole == null) {
        everyRunWellFormed = false;
        collectStrongParts(bytes, start, misreading.latinLetters(), strongParts);
        continue;
      }
      Span run = new Span(start, i, whole);
      wellFormedRuns.add(run);
      decodedChars += whole.codePointCount(0, whole.length());
      int plausibleHere = (int) whole.codePoints().filter(cp -> plausible(cp, true)).count();
      plausibleChars += plausibleHere;
      if (plausibleHere == whole.codePointCount(0, whole.length())) {
        plausibleWholeRuns++;
      }
      if (allPlausible(whole, misreading.latinLetters())) {
        plausibleRuns.add(run);
      } else {
        collectStrongParts(bytes, start, misreading.latinLetters(), strongParts);
      }
    }
    boolean enough =
        decodedChars >= MIN_DECODED_CHARS
            // one garbled letter inside a Latin word, "d'Ã©tat": clean text never has that
            || (decodedChars == 1 && touchesAsciiLetter(text, wellFormedRuns.get(0)));
    boolean mostlyPlausible =
        2 * plausibleChars >= decodedChars || 2 * plausibleWholeRuns >= wellFormedRuns.size();
    if (everyRunWellFormed && enough && mostlyPlausible) {
      // The whole field is well-formed UTF-8 once re-encoded: take every run, even one that
      // decodes to a letter of another script (a Greek word quoted in the text, or the Serbian
      // letters of a text garbled twice, "Рѕ" for "о", on the first pass).
      return new Plan(misreading.repair(), wellFormedRuns);
    }
    int strong = strongParts.size();
    for (Span run : plausibleRuns) {
      if (run.length() >= STRONG_SPAN_CHARS) {
        strong++;
      }
    }
    List<Span> chosen = new ArrayList<>(strongParts);
    for (Span run : plausibleRuns) {
      if (run.length() >= STRONG_SPAN_CHARS || strong >= MIN_STRONG_SPANS_FOR_WEAK) {
        chosen.add(run);
      }
    }
    chosen.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new Plan(misreading.repair(), chosen);
  }

  /** The strict UTF-8 decode of a whole run of multi-byte sequences, or null if ill-formed. */
  private static String decodeStrict(int[] bytes) {
    StringBuilder out = new StringBuilder();
    int k = 0;
    while (k < bytes.length) {
      int length = Utf8Validation.sequenceLength(bytes, k, bytes.length);
      if (length < 2) {
        return null;
      }
      out.appendCodePoint(Utf8Validation.decodeSequence(bytes, k, length));
      k += length;
    }
    return out.toString();
  }

  private static boolean allPlausible(String decoded, boolean latinLetters) {
    return decoded.codePoints().allMatch(cp -> plausible(cp, latinLetters));
  }

  /** Adds the strong well-formed, plausible stretches of a run that does not repair as a whole. */
  private static void collectStrongParts(
      int[] bytes, int runStart, boolean latinLetters, List<Span> out) {
    int k = 0;
    while (k < bytes.length) {
      int from = k;
      StringBuilder decoded = new StringBuilder();
      while (k < bytes.length) {
        int length = Utf8Validation.sequenceLength(bytes, k, bytes.length);
        if (length < 2) {
          break;
        }
        int cp = Utf8Validation.decodeSequence(bytes, k, length);
        if (!plausible(cp, latinLetters)) {
          break;
        }
        decoded.appendCodePoint(cp);
        k += length;
      }
      if (k - from >= STRONG_SPAN_CHARS) {
        out.add(new Span(runStart + from, runStart + k, decoded.toString()));
      }
      if (k == from) {
        k++;
      }
    }
  }

  private static Plan planCp1251AsLatin1(String text) {
    List<Span> runs = new ArrayList<>();
    int letters = 0;
    boolean hasTwoLetterRun = false;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (text.charAt(i) < 0x80) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && text.charAt(i) >= 0x80) {
        i++;
      }
      if ((start > 0 && isAsciiLetter(text.charAt(start - 1)))
          || (i < n && isAsciiLetter(text.charAt(i)))) {
        return Plan.none(Repair.MOJIBAKE_CP1251_AS_LATIN1);
      }
      StringBuilder decoded = new StringBuilder(i - start);
      int runLetters = 0;
      for (int k = start; k < i; k++) {
        int b = LATIN1_TABLE[text.charAt(k)] & 0xFF;
        char c = b == 0 ? '\uFFFD' : CP1251_CHARS[b];
        if (c == '\uFFFD' || !plausible(c, false)) {
          return Plan.none(Repair.MOJIBAKE_CP1251_AS_LATIN1);
        }
        if (Character.isLetter(c)) {
          runLetters++;
        }
        decoded.append(c);
      }
      letters += runLetters;
      hasTwoLetterRun |= runLetters >= 2;
      runs.add(new Span(start, i, decoded.toString()));
    }
    if (letters < 3 || !hasTwoLetterRun) {
      return Plan.none(Repair.MOJIBAKE_CP1251_AS_LATIN1);
    }
    return new Plan(Repair.MOJIBAKE_CP1251_AS_LATIN1, runs);
  }

  /**
   * Whether a character decoded from re-encoded bytes is something a ru/uk/be/kk/en news text would
   * hold: a Cyrillic letter of those alphabets (Latin letters only if {@code latinLetters}), ʼ and
   * the other spacing modifiers, Latin-1 punctuation and symbols, combining accents, and the
   * punctuation, currency, letterlike, arrow, technical, geometric, dingbat and emoji blocks.
   * Everything else is rejected because clean text decodes to it by accident: Belarusian "вёў" is
   * E2 B8 A2 in windows-1251, well-formed UTF-8 for U+2E22 "⸢"; "С»" is D1 BB, Serbian "ћ".
   */
  private static boolean plausible(int cp, boolean latinLetters) {
    if (cp == 0xFFFD) {
      return true; // a replacement character from an earlier, lossy decoding: keep its place
    }
    if (Character.isLetter(cp)) {
      return isCyrillic(cp) || cp == 'ʼ' || (latinLetters && cp < 0x250);
    }
    if (cp < 0x800) {
      // Not the other modifiers and combining marks: Kazakh "кіміз" is CB A6 CD A6 in KOI8-U,
      // well-formed UTF-8 for U+02E6 U+0366. The accents kept are the stress mark and the marks
      // of a decomposed й or ё.
      return (cp >= 0xA0 && cp <= 0xBF)
          || cp == 0xD7
          || cp == 0xF7
          || cp == 0x300
          || cp == 0x301
          || cp == 0x306
          || cp == 0x308;
    }
    if (Character.getType(cp) == Character.UNASSIGNED
        || Character.getType(cp) == Character.LETTER_NUMBER) {
      return false;
    }
    return (cp >= 0x2000 && cp <= 0x23FF)
        || (cp >= 0x2460 && cp <= 0x24FF)
        || (cp >= 0x25A0 && cp <= 0x27BF)
        || (cp >= 0x2B00 && cp <= 0x2BFF)
        || cp == 0xFE0E
        || cp == 0xFE0F
        || (cp >= 0x1F000 && cp <= 0x1FAFF);
  }

  private static boolean isCyrillic(int cp) {
    return (cp >= 0x0410 && cp <= 0x044F) || EXTRA_CYRILLIC.indexOf(cp) >= 0;
  }

  private static boolean touchesAsciiLetter(String text, Span run) {
    return (run.start() > 0 && isAsciiLetter(text.charAt(run.start() - 1)))
        || (run.end() < text.length() && isAsciiLetter(text.charAt(run.end())));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * char → byte the charset decodes to it, 0 for none (no non-ASCII char comes from byte 0). An
   * undefined byte also maps back from the C1 control of the same value (what browsers decode it
   * to) and, when it is the only undefined byte, from U+FFFD (what Java decodes it to).
   */
  private static byte[] byteTable(Charset charset, boolean c1Controls) {
    byte[] table = new byte[Character.MAX_VALUE + 1];
    List<Integer> undefined = new ArrayList<>();
    for (int b = 0x80; b <= 0xFF; b++) {
      String s = new String(new byte[] {(byte) b}, charset);
      if (s.length() == 1 && s.charAt(0) != '\uFFFD') {
        table[s.charAt(0)] = (byte) b;
      } else {
        undefined.add(b);
      }
    }
    for (int b : undefined) {
      table[b] = (byte) b;
    }
    if (undefined.size() == 1) {
      table[0xFFFD] = (byte) (int) undefined.get(0);
    }
    if (c1Controls) {
      for (int b = 0x80; b <= 0x9F; b++) {
        if (table[b] == 0) {
          table[b] = (byte) b;
        }
      }
    }
    return table;
  }

  private static char[] charTable(Charset charset) {
    char[] table = new char[256];
    for (int b = 0; b <= 0xFF; b++) {
      table[b] = new String(new byte[] {(byte) b}, charset).charAt(0);
    }
    return table;
  }

  /**
   * A wrong charset for UTF-8 bytes. {@code latinLetters}: whether a partial repair may produce
   * Latin letters. Not for the Cyrillic charsets: clean Ukrainian "фіці" is C6 A6 C3 A6 in KOI8-U,
   * well-formed UTF-8 for "Ʀæ"; a Cyrillic charset's clean text only ever decodes by accident, and
   * then rarely to Cyrillic.
   */
  private record Misreading(Repair repair, byte[] table, boolean latinLetters) {}

  private record Span(int start, int end, String replacement) {
    int length() {
      return end - start;
    }
  }

  private record Plan(Repair repair, List<Span> spans) {
    static Plan none(Repair repair) {
      return new Plan(repair, List.of());
    }

    int repairedChars() {
      int sum = 0;
      for (Span span : spans) {
        sum += span.length();
      }
      return sum;
    }

    String apply(String text) {
      StringBuilder out = new StringBuilder(text.length());
      int at = 0;
      for (Span span : spans) {
        out.append(text, at, span.start()).append(span.replacement());
        at = span.end();
      }
      return out.append(text, at, text.length()).toString();
    }
  }
}
