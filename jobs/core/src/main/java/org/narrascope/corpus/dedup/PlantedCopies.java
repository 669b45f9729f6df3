package org.narrascope.corpus.dedup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.narrascope.NarrascopeException;
import org.narrascope.corpus.Document;

/**
 * Plants syndicated copies of known originals into a corpus, with the exact truth of which pairs
 * are duplicates, to measure near-duplicate detection.
 *
 * <p>Copies are derived from originals only (never from other copies) and get a new id {@code
 * <original id>~c<n>}, which sorts after the original's, and a date 0–2 days after it, so the
 * original is always the canonical member of its cluster. Every pair among an original and its
 * copies is a true duplicate pair; translations are not duplicates of anything.
 *
 * <p>The same originals, shares and seed always give the same result.
 */
public final class PlantedCopies {
  private static final Pattern FIRST_SENTENCE = Pattern.compile("^.*?(?:[.!?…][»”\"]?(?=\\s)|\\n)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

  /** Footers outlets append, by language: a call to subscribe and a copyright line. */
  private static final Map<String, List<String>> FOOTERS =
      Map.of(
          "en",
          List.of(
              "Subscribe to our Telegram channel to be the first to know the main news.",
              "© %s 2022. All rights reserved. Reproduction only with the permission of the"
                  + " editors."),
          "ru",
          List.of(
              "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать главные новости.",
              "© %s 2022. Все права защищены. Перепечатка материалов только с разрешения"
                  + " редакции."),
          "uk",
          List.of(
              "Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися головні новини.",
              "© %s 2022. Усі права захищено. Передрук матеріалів лише з дозволу редакції."),
          "kk",
          List.of(
              "Басты жаңалықтарды бірінші болып білу үшін біздің Telegram-арнамызға жазылыңыз.",
              "© %s 2022. Барлық құқықтар қорғалған. Материалдарды көшіріп басу тек редакцияның"
                  + " рұқсатымен."));

  private static final List<String> LANGS = List.of("en", "kk", "ru", "uk");

  private PlantedCopies() {}

  /** How a copy was made. */
  public enum Kind {
    /** The same title and text under another id, usually in another source. */
    EXACT,
    /** The first sentence of the text replaced by the lead of another story. */
    EDITED_LEAD,
    /** The outlet's subscription and copyright footer appended. */
    FOOTER,
    /** About 5% of the words replaced by other words. */
    WORDS_CHANGED,
    /** The same story in another language (a word-by-word pseudo-translation): NOT a duplicate. */
    TRANSLATION
  }

  /**
   * One planted document.
   *
   * @param id its id
   * @param originalId the original it was made from
   * @param kind how it was made
   */
  public record Copy(String id, String originalId, Kind kind) {}

  /**
   * The augmented corpus and its truth.
   *
   * @param documents the originals, in their order, followed by the planted documents
   * @param copies the planted documents (copies and translations), in the order they were made
   * @param duplicatePairs every true duplicate pair: original–copy and copy–copy of one original
   */
  public record Result(
      List<Document> documents, List<Copy> copies, SortedSet<DocumentPair> duplicatePairs) {
    public Result {
      documents = List.copyOf(documents);
      copies = List.copyOf(copies);
      duplicatePairs = Collections.unmodifiableSortedSet(new TreeSet<>(duplicatePairs));
    }
  }

  /**
   * Plants copies so that they make up {@code copyShare} of the resulting corpus (translations not
   * counted), plus {@code translationShare × originals} translations (at most one per original, so
   * {@code translationShare} must not exceed 1). Originals are drawn with replacement, so some get
   * several copies; kinds are drawn uniformly among the four duplicate kinds.
   *
   * @param originals distinct documents with unique ids
   * @param copyShare in {@code [0, 1)}: e.g. 0.4 for a corpus of 40% copies
   * @param translationShare at least 0
   * @param seed the random seed
   */
  public static Result plant(
      List<Document> originals, double copyShare, double translationShare, long seed) {
    if (originals.isEmpty()) {
      throw new NarrascopeException("planted copies: no originals given");
    }
    if (!(copyShare >= 0 && copyShare < 1) || !(translationShare >= 0 && translationShare <= 1)) {
      throw new NarrascopeException(
          "planted copies: copy share must be in [0, 1) and translation share in [0, 1], got "
              + copyShare
              + " and "
              + translationShare);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<String> sources =
        new ArrayList<>(new TreeSet<>(originals.stream().map(Document::source).toList()));
    Map<String, List<Document>> byLang = new TreeMap<>();
    for (Document d : originals) {
      byLang.computeIfAbsent(d.lang(), l -> new ArrayList<>()).add(d);
    }
    int copyCount = (int) Math.round(copyShare / (1 - copyShare) * originals.size());
    int translationCount = (int) Math.round(translationShare * originals.size());
    Kind[] duplicateKinds = {Kind.EXACT, Kind.EDITED_LEAD, Kind.FOOTER, Kind.WORDS_CHANGED};

    List<Document> documents = new ArrayList<>(originals);
    List<Copy> copies = new ArrayList<>();
    Map<String, List<String>> groups = new TreeMap<>();
    Map<String, Integer> copiesMade = new TreeMap<>();
    Set<String> translated = new HashSet<>();
    int made = 0;
    while (made < copyCount + translationCount) {
      Document original = originals.get(random.nextInt(originals.size()));
      Kind kind =
          made < copyCount
              ? duplicateKinds[random.nextInt(duplicateKinds.length)]
              : Kind.TRANSLATION;
      String source =
          kind != Kind.EXACT && random.nextDouble() < 0.2
              ? original.source()
              : otherThan(original.source(), sources, random);
      if (kind == Kind.TRANSLATION && !translated.add(original.id())) {
        // Two translations of one story into one language would be true duplicates of each other:
        // each original is translated at most once.
        continue;
      }
      int number = copiesMade.merge(original.id(), 1, Integer::sum);
      String id = original.id() + "~c" + number;
      Document copy =
          switch (kind) {
            case EXACT -> withText(original, id, source, original.title(), original.text(), random);
            case EDITED_LEAD ->
                withText(
                    original,
                    id,
                    source,
                    original.title(),
                    editedLead(original, byLang.get(original.lang()), random),
                    random);
            case FOOTER ->
                withText(
                    original, id, source, original.title(), withFooter(original, source), random);
            case WORDS_CHANGED ->
                withText(
                    original,
                    id,
                    source,
                    original.title(),
                    changeWords(original.text(), byLang.get(original.lang()), random),
                    random);
            case TRANSLATION -> translation(original, id, source, random);
          };
      documents.add(copy);
      copies.add(new Copy(id, original.id(), kind));
      made++;
      if (kind != Kind.TRANSLATION) {
        groups.computeIfAbsent(original.id(), o -> new ArrayList<>(List.of(o))).add(id);
      }
    }
    SortedSet<DocumentPair> pairs = new TreeSet<>();
    for (List<String> group : groups.values()) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          pairs.add(DocumentPair.of(group.get(i), group.get(j)));
        }
      }
    }
    return new Result(documents, copies, pairs);
  }

  private static String otherThan(String source, List<String> sources, SplittableRandom random) {
    if (sources.size() == 1) {
      return source;
    }
    String other;
    do {
      other = sources.get(random.nextInt(sources.size()));
    } while (other.equals(source));
    return other;
  }

  private static Document withText(
      Document original,
      String id,
      String source,
      String title,
      String text,
      SplittableRandom random) {
    return new Document(
        id, source, original.date().plusDays(random.nextInt(3)), original.lang(), title, text, "");
  }

  /** The text with its first sentence replaced by the first sentence of another story. */
  static String editedLead(Document original, List<Document> sameLang, SplittableRandom random) {
    String text = original.text();
    String lead = firstSentence(text);
    for (int attempt = 0; attempt < 20; attempt++) {
      Document other = sameLang.get(random.nextInt(sameLang.size()));
      String otherLead = firstSentence(other.text()).strip();
      if (!otherLead.isEmpty() && !otherLead.equals(lead.strip())) {
        return otherLead + text.substring(lead.length());
      }
    }
    // No other lead to borrow (a one-story language): the lead is dropped instead.
    return text.substring(lead.length()).strip();
  }

  private static String firstSentence(String text) {
    Matcher m = FIRST_SENTENCE.matcher(text);
    return m.find() ? m.group() : text;
  }

  /** The text with the source's footer, in the document's language (English if unknown). */
  static String withFooter(Document original, String source) {
    List<String> footer = FOOTERS.getOrDefault(original.lang(), FOOTERS.get("en"));
    return original.text()
        + "\n\n"
        + footer.get(0)
        + "\n"
        + String.format(Locale.ROOT, footer.get(1), source);
  }

  /** About 5% of the words (at least one) replaced by words of other stories in the language. */
  static String changeWords(String text, List<Document> sameLang, SplittableRandom random) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return text;
    }
    int changes = Math.max(1, (int) Math.round(spans.size() * 0.05));
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      positions.add(i);
    }
    for (int i = positions.size() - 1; i > 0; i--) {
      Collections.swap(positions, i, random.nextInt(i + 1));
    }
    List<Integer> chosen = new ArrayList<>(positions.subList(0, changes));
    Collections.sort(chosen);
    StringBuilder out = new StringBuilder(text);
    for (int c = chosen.size() - 1; c >= 0; c--) {
      int[] span = spans.get(chosen.get(c));
      String old = text.substring(span[0], span[1]);
      out.replace(span[0], span[1], replacementWord(old, sameLang, random));
    }
    return out.toString();
  }

  private static String replacementWord(
      String old, List<Document> sameLang, SplittableRandom random) {
    for (int attempt = 0; attempt < 20; attempt++) {
      String other = sameLang.get(random.nextInt(sameLang.size())).text();
      List<String> words = new ArrayList<>();
      Matcher m = WORD.matcher(other);
      while (m.find()) {
        words.add(m.group());
      }
      if (!words.isEmpty()) {
        String word = words.get(random.nextInt(words.size()));
        if (!word.equalsIgnoreCase(old)) {
          return word;
        }
      }
    }
    return old + old;
  }

  /**
   * The story in another language: every word replaced by its pseudo-translation (a fixed made-up
   * word of the target language, the same for the same word everywhere), numbers and punctuation
   * kept. So it shares structure and figures with the original but no words — like a translation.
   */
  static Document translation(
      Document original, String id, String source, SplittableRandom random) {
    List<String> targets = new ArrayList<>(LANGS);
    targets.remove(original.lang());
    String lang = targets.get(random.nextInt(targets.size()));
    return new Document(
        id,
        source,
        original.date().plusDays(random.nextInt(3)),
        lang,
        translate(original.title(), lang),
        translate(original.text(), lang),
        "");
  }

  static String translate(String text, String lang) {
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String word = m.group();
      boolean number = word.chars().allMatch(Character::isDigit);
      m.appendReplacement(out, Matcher.quoteReplacement(number ? word : pseudoWord(word, lang)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String pseudoWord(String word, String lang) {
    String[] syllables =
        lang.equals("en")
            ? new String[] {"ta", "ren", "so", "mil", "ka", "dor", "ve", "lun", "pri", "ost"}
            : new String[] {"ла", "мен", "сы", "тор", "ки", "дан", "ре", "пол", "жу", "ват"};
    long h =
        MurmurHash3.hash64(
            (lang + ":" + word.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8), 7);
    int count = 2 + (int) Long.remainderUnsigned(h, 3);
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < count; i++) {
      h = MurmurHash3.fmix64(h + i);
      w.append(syllables[(int) Long.remainderUnsigned(h, syllables.length)]);
    }
    String result = w.toString();
    return Character.isUpperCase(word.codePointAt(0))
        ? result.substring(0, 1).toUpperCase(Locale.ROOT) + result.substring(1)
        : result;
  }
}
