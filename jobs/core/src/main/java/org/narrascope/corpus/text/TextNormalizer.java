package org.narrascope.corpus.text;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Set;

/**
 * Normalizes a document field before it is indexed and counted, and says what it changed. The
 * steps, in this order:
 *
 * <ol>
 *   <li>mojibake repair on the raw string ({@link MojibakeRepair}) — first, because the garbled
 *       form holds NBSP, soft hyphens and C1 controls that later steps would delete, losing the
 *       bytes the repair needs;
 *   <li>HTML character references decoded ({@link HtmlEntities}), before the removals so that
 *       {@code &#8203;} or {@code &shy;} is removed like the literal character;
 *   <li>line endings: {@code \r\n} and a lone {@code \r} become {@code \n} ({@link
 *       Repair#LINE_ENDINGS}), so that sentence and paragraph splitting sees one convention;
 *   <li>control characters (C0 and C1, DEL) removed, except tab and line feed;
 *   <li>zero-width and invisible format characters removed: U+200B..U+200F, U+202A..U+202E,
 *       U+2060..U+2064, U+2066..U+2069, U+FEFF, U+180E and the soft hyphen U+00AD (it splits a word
 *       for a matcher but not for a reader);
 *   <li>Unicode NFC.
 * </ol>
 *
 * <p>Homoglyph folding is not a step: it would change the text researchers read in concordance
 * lines. Apply {@link HomoglyphFolding#fold} to the copy that is matched. Thread-safe.
 */
public final class TextNormalizer {
  private static final TextNormalizer STANDARD = new TextNormalizer();

  private TextNormalizer() {}

  /** All steps, in the documented order. */
  public static TextNormalizer standard() {
    return STANDARD;
  }

  /** Normalizes {@code text}; {@link Normalized#repairs()} is empty when it was already clean. */
  public Normalized normalize(String text) {
    Set<Repair> repairs = EnumSet.noneOf(Repair.class);
    MojibakeRepair.Repaired repaired = MojibakeRepair.repair(text);
    repairs.addAll(repaired.repairs());
    String current = repaired.text();

    String decoded = HtmlEntities.decode(current);
    if (!decoded.equals(current)) {
      repairs.add(Repair.HTML_ENTITIES);
      current = decoded;
    }

    current = removeInvisible(current, repairs);

    if (!Normalizer.isNormalized(current, Normalizer.Form.NFC)) {
      String composed = Normalizer.normalize(current, Normalizer.Form.NFC);
      if (!composed.equals(current)) {
        repairs.add(Repair.NFC);
        current = composed;
      }
    }
    return new Normalized(current, repairs);
  }

  private static String removeInvisible(String text, Set<Repair> repairs) {
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      Repair removed = null;
      char replacement = 0;
      if (c == '\r') {
        removed = Repair.LINE_ENDINGS;
        if (i + 1 >= n || text.charAt(i + 1) != '\n') {
          replacement = '\n';
        }
      } else if (isZeroWidth(c)) {
        removed = Repair.ZERO_WIDTH;
      } else if (c != '\n' && c != '\t' && Character.getType(c) == Character.CONTROL) {
        removed = Repair.CONTROL_CHARACTERS;
      }
      if (removed == null) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      repairs.add(removed);
      if (out == null) {
        out = new StringBuilder(n).append(text, 0, i);
      }
      if (replacement != 0) {
        out.append(replacement);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isZeroWidth(char c) {
    return c == '\u00AD'
        || c == '\u180E'
        || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u2064')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF';
  }
}
