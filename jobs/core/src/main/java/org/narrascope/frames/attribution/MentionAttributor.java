package org.narrascope.frames.attribution;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.narrascope.frames.attribution.Words.Word;

/**
 * Tells who says a frame mention and with what distance, by deterministic cue rules per language
 * (ru, uk, kk, en). The cue lists live in {@code attribution-cues.yaml} next to this class; every
 * list is documented there and can be read and extended by a researcher.
 *
 * <p><b>Decision procedure.</b> The rules look at the mention's sentence (ended by . ! ? … or a
 * blank line); for a quoted mention whose quotation spans sentences, at every sentence the
 * quotation touches. Cue words are matched as stems on lower-cased words (a stem of one or two
 * letters as a whole word); words of the mention itself, and for a quoted mention the words inside
 * its own quotation, are never cues.
 *
 * <ol>
 *   <li><b>Unknown language</b>: quoted → reported, else endorsed; never a speaker.
 *   <li><b>An institution's own voice.</b> In a document whose source has the role {@code
 *       official}, an institution ("The Ministry", "Пресс-служба") with a present-tense statement
 *       verb ("confirms", "сообщает") and no other speaker's verb before the mention is the outlet
 *       itself: no speaker; distanced if a distancing cue below applies, else reported if quoted,
 *       else endorsed.
 *   <li><b>Speaker cue.</b> Source phrases first, then verbs, each nearest to the mention: an
 *       "according to" phrase ("по словам X", "за даними X", "according to X", "как отметил X"),
 *       whose following noun phrase is the speaker; a Kazakh postposition ("Тоқаевтың айтуынша",
 *       "хабарлауынша"), whose preceding noun phrase is; a reporting or distancing verb, whose
 *       subject is. The subject is the nearest source noun or name before the verb in its clause:
 *       never across a complementizer, colon, dash or quotation mark; never inside the mention's
 *       own quotation; never a noun phrase after a preposition ("a host on Russian television"); an
 *       apposition or relative clause between commas before the verb is skipped ("X, a spokesman
 *       for Y, denied"), unless it is a name alone after a role ("Другой читатель, Асхат, уточнил"
 *       → "Асхат"); a subject relative stands for the noun before it ("Putin, who told the
 *       summit"); a capitalised preposition or conjunction is no name ("По телевизору", "As Grant
 *       notes"); a lone place yields to a source further left. An adverbial participle ("...,
 *       попередивши, що") has the sentence's first subject. After the mention, an inverted verb (",
 *       сообщает МВД", "«...», – деді X") takes the subject after it. A verb of a relative clause
 *       closed before the mention, or of one opening after the mention on another noun, is skipped;
 *       a verb after ", while"/", а" comes last. In Kazakh the subject is the first noun phrase of
 *       the sentence without an oblique case ending, or a group in the genitive before "басым
 *       бөлігі". An attribution set into the quotation between dashes ("«..., — добавил эксперт. —
 *       ...»") is read as outside it. Failing all: a headline label "X: ..." read from its first
 *       word up to a preposition ("Таксист из Жанаозена:" → "таксист"); a quotation that opens
 *       after a colon belongs to the subject before the colon.
 *   <li><b>Across sentences.</b> A sentence without a cue that speaks of a statement ("В
 *       обвинуваченні", "Хабарламада", "The same feed") continues the speaker of the sentence
 *       before, unless the noun names its own author ("обращение Назарбаева"). A personal pronoun
 *       resolves to a source or name before it in the sentence, else to the previous sentence's
 *       speaker, else (he, she, он, вона) to the last person named in the field. A medium before
 *       the mention ("в телеэфире", "On Russian talk shows") is its source when nothing else is,
 *       and a distanced sentence opening "Для X" gives X's view ("Для Кремля кожен протест — це
 *       ..." → "Кремль").
 *   <li><b>Own voice.</b> A first-person phrase ("наши источники", "редакция", "our analysts") is
 *       the outlet itself: its cue is ignored; a named person after it ("Наш аналітик Максим
 *       Бондар") still speaks.
 *   <li><b>The speaker phrase</b> is a run of capitalised words (a name; a sentence's first word
 *       only if it is a known proper source, a short name, an acronym, followed by another
 *       capitalised word, or written with a capital inside a sentence elsewhere in the field), a
 *       source noun with the modifiers before it (its first source noun is the head unless a
 *       one-word institution follows: "ведучий російського державного телеканалу" → "ведучий",
 *       "речник уряду"), or a proper source ("Мемлекет басшысы"). Then: leading numerals,
 *       quantifiers, time words, "one"/"один" and the indefinite article are dropped ("Багато
 *       коментаторів" → "коментатори"); "one of the X" is one X; a phrase holding a short name
 *       (public figures) is that surname, unless it follows a source noun that is no title
 *       ("окружение Назарбаева"); a title or role before a name is dropped, the name being the last
 *       run of capitalised words ("Руководитель Центра ... Виктор Шалагин" → "Виктор Шалагин"); a
 *       country before an institution or after anything is dropped ("Казахстанське МВС", "Президент
 *       Казахстану" → "Президент"); an institution loses its country; a run of three or more
 *       capitalised words keeps the person's two names; the words of an "according to" phrase with
 *       a preposition return to the dictionary form ("по словам Путина" → "Путин"), as do inflected
 *       proper sources ("Версія Кремля" → "Кремль"); a common source noun or modifier opening the
 *       sentence is written in lower case in ru, uk and kk; English keeps the text's case and the
 *       definite article, cuts at a possessive ("A Russian news agency's feed" → "Russian news
 *       agency").
 *   <li><b>Distanced</b> when a distancing modifier stands at most three words before the mention
 *       (so-called, якобы, нібито, никакой, "не было", "no evidence of", "рассказы о", "talk of"),
 *       a distancing particle at most three words after it (якобы, нібито, "туралы әңгіме",
 *       "бірде-біреуі"), a denial of existence right after it, over a place phrase ("күрес жоқ
 *       деді", "революції в Казахстані не було"), a refutation anywhere in the sentence (не
 *       подтверждается, no evidence, groundless, вигадка, "если это была", Kazakh reportative
 *       -мыс/имиш), the speaker cue is a distancing verb (claimed, described ... as, отрицает,
 *       заперечив, rejects, пошутила), or the mention stands in scare quotes: a quotation holding
 *       the phrase and at most one more word, not governed by a speaker cue of the same clause. The
 *       speaker of a distanced mention is the speaker cue's, else the first source before the
 *       mention in the sentence (not after a preposition), else one after it (in English and Kazakh
 *       only in a clause of its own), else none.
 *   <li><b>Reported</b> when not distanced and a speaker was found, or the mention is quoted.
 *   <li><b>Endorsed</b> otherwise: the outlet's own voice.
 * </ol>
 *
 * <p>Known limits: no parser, so a subject is the nearest plausible noun phrase (an object noun can
 * be taken for it) and cases are restored by ending tables, not a dictionary; irony without a cue
 * word (vocatives, rhetorical questions, ridicule, a list the outlet refutes later) stays endorsed
 * or reported; a promoter's own "так называемые" is read as distance; a speaker named only in the
 * title is missed in the text. Measured quality: see the README (Matching quality).
 *
 * <p>Immutable and thread-safe (every call works on its own analysis; the cue lists are parsed once
 * by {@link #builtIn()}). Serialisable: it deserialises to the built-in instance.
 */
public final class MentionAttributor implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int BEFORE_WINDOW = 3;
  private static final int AFTER_WINDOW = 3;
  private static final int HEADLINE_WORDS = 3;
  private static final String STOP_MARKS = ":;–—«»\"“”„()";
  private static final int SUBJECT_WINDOW = 12;
  private static final int PERSON_LOOKBACK = 600;
  private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an");

  /** What {@code render} returns for a first-person phrase: the outlet itself, no speaker. */
  private static final String OWN_VOICE = "\u0000own";

  private final transient AttributionCues cues;
  private final transient List<String> shortNamesNorm;

  private MentionAttributor(AttributionCues cues) {
    this.cues = cues;
    this.shortNamesNorm = cues.shortNames().stream().map(Words::normalize).toList();
  }

  private static final class Holder {
    static final MentionAttributor BUILT_IN = new MentionAttributor(AttributionCues.builtIn());
  }

  /** The attributor with the cue lists shipped in {@code attribution-cues.yaml}. */
  public static MentionAttributor builtIn() {
    return Holder.BUILT_IN;
  }

  private Object readResolve() {
    return builtIn();
  }

  /** Languages with cue lists. */
  public List<String> languages() {
    return cues.languages().keySet().stream().sorted().toList();
  }

  /**
   * Attributes the mention {@code fieldText[start, end)}.
   *
   * @param lang the document's language (ISO 639-1); one without cues gets no speaker
   * @param fieldText the whole title or text the mention lies in
   * @param start index of the mention's first character (Java String index)
   * @param end index after its last character
   * @param quoted whether the mention lies inside quotation marks
   */
  public Attribution attribute(String lang, String fieldText, int start, int end, boolean quoted) {
    return attribute(lang, fieldText, start, end, quoted, false);
  }

  /**
   * As {@link #attribute(String, String, int, int, boolean)}, for a document whose outlet may be an
   * institution publishing its own statements.
   *
   * @param institutionalOutlet whether the document's source is an institution (role {@code
   *     official}: a ministry, a press service), so that "The Ministry confirms that ..." in the
   *     present tense is its own voice, not a report
   */
  public Attribution attribute(
      String lang,
      String fieldText,
      int start,
      int end,
      boolean quoted,
      boolean institutionalOutlet) {
    if (start < 0 || end <= start || end > fieldText.length()) {
      throw new IllegalArgumentException(
          "mention ["
              + start
              + ", "
              + end
              + ") is not inside a field of "
              + fieldText.length()
              + " chars");
    }
    LanguageCues language = cues.languages().get(lang);
    if (language == null) {
      return new Attribution("", quoted ? MentionStance.REPORTED : MentionStance.ENDORSED);
    }
    return new Analysis(
            language, lang.equals("kk"), lang.equals("en"), fieldText, start, end, quoted)
        .run(institutionalOutlet);
  }

  /** A speaker phrase found by a cue, and whether the cue distances. */
  private record Found(String speaker, boolean distancing, boolean governsQuote) {}

  /** The analysis of one mention. */
  private final class Analysis {
    final LanguageCues c;
    final boolean verbFinal;
    final boolean english;
    final String text;
    final int start;
    final int end;
    final boolean quoted;
    final int[] quote;
    final int from;
    final List<Word> words;
    final int m0;
    final int m1;
    private List<String> namesInField;

    Analysis(
        LanguageCues c,
        boolean verbFinal,
        boolean english,
        String text,
        int start,
        int end,
        boolean quoted) {
      this.c = c;
      this.verbFinal = verbFinal;
      this.english = english;
      this.text = text;
      this.start = start;
      this.end = end;
      this.quoted = quoted;
      this.quote = quoted ? Sentences.enclosingQuote(text, start, end).orElse(null) : null;
      int s = Sentences.start(text, start);
      int e = Sentences.end(text, end);
      if (quote != null) {
        s = Math.min(s, Sentences.start(text, quote[0]));
        e = Math.max(e, Sentences.end(text, quote[1] + 1));
      }
      this.from = s;
      this.words = Words.of(text, s, e);
      int first = 0;
      while (first < words.size() && words.get(first).end() <= start) {
        first++;
      }
      int last = words.size() - 1;
      while (last >= 0 && words.get(last).start() >= end) {
        last--;
      }
      // A span without a word (punctuation only) is the empty range [first, first - 1].
      this.m0 = first;
      this.m1 = Math.max(first - 1, last);
    }

    Attribution run(boolean institutionalOutlet) {
      if (institutionalOutlet && ownStatement()) {
        boolean distanced =
            distancingNear() || distancingInSentence() || scareQuoted(Optional.empty());
        if (distanced) {
          return new Attribution("", MentionStance.DISTANCED);
        }
        return new Attribution("", quoted ? MentionStance.REPORTED : MentionStance.ENDORSED);
      }
      Optional<Found> found = speakerCue();
      if (found.isEmpty()) {
        found = statementOfPreviousSentence();
      }
      if (found.isEmpty()) {
        found = venue();
      }

      boolean distanced =
          found.map(Found::distancing).orElse(false)
              || distancingNear()
              || distancingInSentence()
              || scareQuoted(found);
      if (distanced) {
        String speaker = found.map(Found::speaker).orElseGet(this::firstSourceInSentence);
        return new Attribution(speaker, MentionStance.DISTANCED);
      }
      if (found.isPresent()) {
        return new Attribution(found.get().speaker(), MentionStance.REPORTED);
      }
      return new Attribution("", quoted ? MentionStance.REPORTED : MentionStance.ENDORSED);
    }

    // --- speaker cues -----------------------------------------------------------------------

    /** The speaker cue nearest to the mention that yields a speaker. */
    Optional<Found> speakerCue() {
      List<int[]> candidates = new ArrayList<>(); // {distance, kind, index, length}
      for (int i = 0; i < words.size(); i++) {
        if (excluded(i)) {
          continue;
        }
        // The source phrases first: "хабарлауынша" also starts like the verb "хабарлады".
        int len = LanguageCues.match(c.accordingTo(), words, i);
        int kind = 2;
        if (len == 0) {
          len = LanguageCues.match(c.accordingToAfter(), words, i);
          kind = 3;
        }
        if (len == 0) {
          len = LanguageCues.match(c.distancingVerbs(), words, i);
          kind = 1;
        }
        if (len == 0) {
          len = LanguageCues.match(c.reportingVerbs(), words, i);
          kind = 0;
        }
        if (len > 0 && !overlapsMention(i, i + len - 1)) {
          // A verb of another clause ("..., while guests recalled") or of a relative clause that
          // closes before the mention ("повод, о котором он говорит, — это ...") comes last.
          int d = distance(i, i + len - 1);
          if (kind <= 1 && otherClauseAfter(i)) {
            d += 1000;
          }
          if (!(kind <= 1 && closedRelativeBefore(i))) {
            candidates.add(new int[] {d, kind, i, len});
          }
        }
      }
      // An explicit source phrase ("по словам X", "X-тың айтуынша") wins over a verb; then the
      // cue nearest to the mention.
      candidates.sort(
          (a, b) ->
              (a[1] >= 2) != (b[1] >= 2)
                  ? (a[1] >= 2 ? -1 : 1)
                  : a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[2], b[2]));
      for (int[] cand : candidates) {
        int i = cand[2];
        int len = cand[3];
        if (cand[1] <= 1 && i > m1 && relativeClauseOfAnotherNoun(i)) {
          continue;
        }
        Optional<String> speaker =
            switch (cand[1]) {
              case 0, 1 -> subjectOf(i, i + len - 1);
              case 2 -> afterAccordingTo(i, len);
              default -> beforePostposition(i);
            };
        if (speaker.isPresent() && !speaker.get().equals(OWN_VOICE)) {
          return Optional.of(new Found(speaker.get(), cand[1] == 1, governs(i, i + len - 1)));
        }
      }
      Optional<String> label = headline().or(this::colonQuote);
      return label.filter(s -> !s.equals(OWN_VOICE)).map(s -> new Found(s, false, true));
    }

    /**
     * Whether the verb at {@code v} follows the mention in another clause: a comma and a
     * conjunction ("while", "а", "але", "ал") stand between them.
     */
    boolean otherClauseAfter(int v) {
      if (v <= m1) {
        return false;
      }
      for (int k = m1 + 1; k < v; k++) {
        if (words.get(k).gapBefore().indexOf(',') >= 0
            && !inQuote(k)
            && LanguageCues.match(c.conjunctions(), words, k) > 0) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the verb at {@code v} sits in a relative clause between commas before the mention.
     */
    boolean closedRelativeBefore(int v) {
      if (v >= m0) {
        return false;
      }
      int open = -1;
      for (int k = v; k > 0 && v - k <= 6; k--) {
        if (LanguageCues.matchEndingAt(c.relatives(), words, k) >= 0
            && words
                    .get(LanguageCues.matchEndingAt(c.relatives(), words, k))
                    .gapBefore()
                    .indexOf(',')
                >= 0) {
          open = k;
          break;
        }
        if (words.get(k).gapBefore().indexOf(',') >= 0 && k != v) {
          return false;
        }
      }
      if (open < 0) {
        return false;
      }
      for (int k = v + 1; k <= m0 && k < words.size(); k++) {
        String gap = words.get(k).gapBefore();
        if (gap.indexOf(',') >= 0 || gap.indexOf('—') >= 0 || gap.indexOf('–') >= 0) {
          return true;
        }
      }
      return false;
    }

    /**
     * A quotation holding the mention that opens after a colon: "Третий автор краток: «...»",
     * "Политолог X ... провёл параллель с Киевом: «...»". Its speaker is the subject of the clause
     * before the colon.
     */
    Optional<String> colonQuote() {
      if (quote == null) {
        return Optional.empty();
      }
      int first = -1;
      for (int k = 0; k < words.size(); k++) {
        if (words.get(k).start() > quote[0]) {
          first = k;
          break;
        }
      }
      if (first <= 0 || words.get(first).gapBefore().indexOf(':') < 0) {
        return Optional.empty();
      }
      for (int i = 0; i < first; i++) {
        if (afterPreposition(i) || (verbFinal && oblique(i))) {
          continue;
        }
        if (headSpan(i).isPresent()) {
          return phraseWithHeadAt(i, first);
        }
      }
      return Optional.empty();
    }

    /**
     * Whether the institution publishing the document speaks in its own voice in the mention's
     * sentence: an institution ("The Ministry", "Пресс-служба") with a present-tense statement verb
     * ("confirms", "сообщает", "растайды") at most ten words after it, in one clause, and no other
     * speaker's verb between that verb and the mention ("The Ministry notes that some foreign media
     * describe ... as a power struggle" reports the media).
     */
    boolean ownStatement() {
      for (int v = 0; v < words.size(); v++) {
        if (excluded(v)
            || LanguageCues.match(c.ownStatementVerbs(), words, v) == 0
            || reportingVerbBetween(v)) {
          continue;
        }
        for (int k = v - 1; k >= 0 && v - k <= 10; k--) {
          if (stopsBetween(k, k + 1)
              || LanguageCues.matchEndingAt(c.complementizers(), words, k) >= 0) {
            break;
          }
          if (!excluded(k) && LanguageCues.match(c.institutions(), words, k) > 0) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether a reporting or distancing verb stands between word {@code v} and the mention. */
    boolean reportingVerbBetween(int v) {
      int lo = Math.min(v, m1) + 1;
      int hi = Math.max(v, m0);
      for (int k = lo; k < hi; k++) {
        if (!excluded(k)
            && (LanguageCues.match(c.reportingVerbs(), words, k) > 0
                || LanguageCues.match(c.distancingVerbs(), words, k) > 0)) {
          return true;
        }
      }
      return false;
    }

    /**
     * A sentence that speaks of a statement ("Хабарламада ... атап өтілді", "про які йдеться в
     * обвинуваченні", "The same feed warned of") continues the speaker of the sentence before.
     */
    Optional<Found> statementOfPreviousSentence() {
      for (int i = 0; i < words.size(); i++) {
        int len = LanguageCues.match(c.statementNouns(), words, i);
        // "обращение Назарбаева" names its own author: no reference back.
        boolean owned = len > 0 && i + len < words.size() && headSpan(i + len).isPresent();
        if (!excluded(i) && len > 0 && !owned) {
          // Quotation marks here are the outlet's, not the speaker's: they may still distance.
          return previousSentenceSpeaker()
              .filter(s -> !s.equals(OWN_VOICE))
              .map(s -> new Found(s, false, false));
        }
      }
      return Optional.empty();
    }

    /**
     * A medium named before the mention, without a speaker cue, is its source: "On Russian talk
     * shows, Kazakhstan is another colour revolution", "в телеэфире звучат рассказы о ...", "По
     * всем каналам повторяют про ..." (returned to the nominative: "каналы").
     */
    Optional<Found> venue() {
      for (int i = 0; i + 1 < m0; i++) {
        if (inQuote(i) || LanguageCues.match(c.adverbialPrepositions(), words, i) == 0) {
          continue;
        }
        for (int j = i + 1; j < m0 && j <= i + 4; j++) {
          if (!onlySpace(j) || inQuote(j)) {
            break;
          }
          int len = LanguageCues.match(c.venues(), words, j);
          if (len > 0 && j + len - 1 < m0 && sameClause(j + len - 1, m0)) {
            return Optional.of(new Found(renderVenue(i + 1, j + len - 1), false, false));
          }
          if (!isModifierOrName(j) && LanguageCues.match(c.dropped(), words, j) == 0) {
            break;
          }
        }
      }
      return Optional.empty();
    }

    /** Whether no colon, semicolon, dash or quotation mark stands between words a and b. */
    boolean sameClause(int a, int b) {
      for (int k = a; k < b; k++) {
        if (stopsBetween(k, k + 1) && !(k + 1 == m0 && quote != null)) {
          return false;
        }
      }
      return true;
    }

    /** Words {@code [a, b]} of a medium after its preposition, in the nominative. */
    String renderVenue(int a, int b) {
      StringBuilder out = new StringBuilder();
      for (int k = a; k <= b; k++) {
        if (LanguageCues.match(c.dropped(), words, k) > 0) {
          continue;
        }
        String word = words.get(k).raw().replace("\u00AD", "");
        if (!out.isEmpty()) {
          out.append(' ');
        }
        out.append(withEnding(word, c.venueEndings()));
      }
      return out.toString();
    }

    /**
     * Whether a verb after the mention sits in a relative clause ("..., про яку говорить Кремль")
     * that does not open right after the mention, so that it describes another noun.
     */
    boolean relativeClauseOfAnotherNoun(int v) {
      for (int k = v - 1; k > m1; k--) {
        if (stopsBetween(k, k + 1)) {
          return false;
        }
        int from = LanguageCues.matchEndingAt(c.relatives(), words, k);
        if (from >= 0) {
          return from > m1 + 1;
        }
      }
      return false;
    }

    boolean excluded(int i) {
      if (i >= m0 && i <= m1) {
        return true;
      }
      Word w = words.get(i);
      return quote != null
          && w.start() > quote[0]
          && w.end() <= quote[1]
          && !insertedAttribution(i);
    }

    /**
     * Whether word {@code i}, inside the mention's quotation, belongs to an attribution set into it
     * between dashes after the mention: "«Никакой борьбы элит нет, — добавил эксперт. — Это
     * выдумка»".
     */
    boolean insertedAttribution(int i) {
      if (i <= m1) {
        return false;
      }
      for (int k = i; k > m1; k--) {
        String gap = words.get(k).gapBefore();
        if (gap.indexOf('—') >= 0 || gap.indexOf('–') >= 0) {
          return gap.indexOf(',') >= 0 || k == m1 + 1;
        }
        if (k < i && hasPunctuation(gap) && gap.indexOf(' ') < 0) {
          return false;
        }
      }
      return false;
    }

    /** Whether word {@code i} lies inside the mention's quotation and word {@code v} outside. */
    boolean quotedAway(int i, int v) {
      return inQuote(i) && !inQuote(v);
    }

    boolean inQuote(int i) {
      Word w = words.get(i);
      return quote != null && w.start() > quote[0] && w.end() <= quote[1];
    }

    /**
     * The first word of a stretch between commas just before the verb at {@code v} ("X, a spokesman
     * for Y, denied"; "політолог, якого цитують канали, називає") when a name or source ends right
     * before it and the mention is not inside it; else -1.
     */
    int appositionOpening(int v) {
      if (v == 0 || !words.get(v).gapBefore().strip().equals(",")) {
        return -1;
      }
      for (int k = v - 1; k > 0 && v - k <= SUBJECT_WINDOW; k--) {
        if (stopsBetween(k, k + 1) || (k >= m0 && k <= m1)) {
          return -1;
        }
        if (words.get(k).gapBefore().strip().equals(",")) {
          return k - 1 > m1 || k - 1 < m0 ? (headSpan(k - 1).isPresent() ? k : -1) : -1;
        }
      }
      return -1;
    }

    /** Where the phrase ending at word {@code i} starts: a multi-word source or proper source. */
    int phraseStartOf(int i) {
      int s = LanguageCues.matchEndingAt(c.sources(), words, i);
      int p = LanguageCues.matchEndingAt(c.properSources(), words, i);
      int a = i;
      if (s >= 0) {
        a = Math.min(a, s);
      }
      if (p >= 0) {
        a = Math.min(a, p);
      }
      return a;
    }

    /** Where the noun phrase whose head is word {@code i} starts. */
    int phraseStart(int i) {
      Optional<int[]> span = headSpan(i);
      if (span.isEmpty()) {
        return i;
      }
      int a = span.get()[0];
      while (a > 0 && isModifierOrName(a - 1) && onlySpace(a) && !(a - 1 >= m0 && a - 1 <= m1)) {
        a--;
      }
      return a;
    }

    boolean overlapsMention(int a, int b) {
      return a <= m1 && b >= m0;
    }

    int distance(int a, int b) {
      return b < m0 ? m0 - b : a - m1;
    }

    /** Whether no clause boundary (: ; dash) separates the cue from the mention. */
    boolean governs(int a, int b) {
      int lo = b < m0 ? b + 1 : m1 + 1;
      int hi = b < m0 ? m0 : a;
      for (int k = lo; k <= hi && k < words.size(); k++) {
        String gap = words.get(k).gapBefore();
        if (gap.indexOf(':') >= 0
            || gap.indexOf(';') >= 0
            || gap.indexOf('–') >= 0
            || gap.indexOf('—') >= 0) {
          // A colon opening the quotation itself ("напоминает: «...»") still governs it.
          boolean opensQuote =
              quote != null && k == hi && gap.indexOf(':') >= 0 && words.get(k).start() > quote[0];
          // Nor does the dash that closes it ("«...», — сказал X").
          boolean closesQuote =
              quote != null && k == lo && b > m1 && words.get(k).start() > quote[1];
          if (!opensQuote && !closesQuote) {
            return false;
          }
        }
      }
      return true;
    }

    /** The subject of the verb at words {@code [v, vEnd]}. */
    Optional<String> subjectOf(int v, int vEnd) {
      Optional<String> weak = Optional.empty();
      boolean relative = false;
      if (verbFinal) {
        for (int i = 0; i < v; i++) {
          if (!(i >= m0 && i <= m1)
              && genitive(i)
              && i + 1 < v
              && LanguageCues.match(c.groupParts(), words, i + 1) > 0) {
            return Optional.of(render(i, i, true)); // "Саясаттанушылардың басым бөлігі"
          }
          if ((i >= m0 && i <= m1) || oblique(i) || quotedAway(i, v)) {
            continue;
          }
          Optional<String> p = phraseWithHeadAt(i, v);
          if (p.isPresent()) {
            return p;
          }
        }
      } else {
        // "Токаєв відправив уряд у відставку, попередивши, що ...": an adverbial participle has
        // the subject of the sentence.
        if (v > 0
            && words.get(v).gapBefore().indexOf(',') >= 0
            && LanguageCues.match(c.gerunds(), words, v) > 0) {
          for (int i = 0; i < v; i++) {
            if (excluded(i) || afterPreposition(i) || headSpan(i).isEmpty()) {
              continue;
            }
            return phraseWithHeadAt(i, v);
          }
        }
        // ", сообщает МВД республики" after the mention: the subject follows the verb.
        if (m1 >= 0 && v > m1 && hasPunctuation(words.get(v).gapBefore()) && noSourceBetween(v)) {
          Optional<String> inverted = subjectAfter(vEnd);
          if (inverted.isPresent()) {
            return inverted;
          }
        }
        // "Bekzhan Tuleuov, a spokesman for Nursultan Nazarbayev, denied": the subject stands
        // before an apposition or relative clause between commas.
        int first = v - 1;
        int apposition = appositionOpening(v);
        if (apposition > 0) {
          // "Другой читатель, Асхат, уточнил": an apposition that is only a name names the
          // speaker the role before it describes.
          boolean nameOnly = v - apposition <= 2;
          for (int k = apposition; k < v; k++) {
            nameOnly &= words.get(k).capitalized() && !functionWord(k) && !isProper(k);
          }
          if (nameOnly && LanguageCues.matchEndingAt(c.sources(), words, apposition - 1) >= 0) {
            return Optional.of(render(apposition, v - 1, false));
          }
          first = apposition - 1;
        }
        for (int i = first; i >= 0 && first - i < SUBJECT_WINDOW; i--) {
          if (stopsBetween(i, i + 1)) {
            break;
          }
          int rel = LanguageCues.matchEndingAt(c.relatives(), words, i);
          int comp = rel >= 0 ? rel : LanguageCues.matchEndingAt(c.complementizers(), words, i);
          if (comp >= 0) {
            // A relative clause between commas ("Жители Жанаозена, с которых всё началось,
            // требуют") is skipped; any other complementizer ends the subject's clause.
            int open = comp;
            while (open > comp - 2 && open > 0 && words.get(open).gapBefore().indexOf(',') < 0) {
              open--;
            }
            boolean closed = false;
            for (int k = i + 1; k <= v; k++) {
              closed |= words.get(k).gapBefore().indexOf(',') >= 0;
            }
            if (open > 0 && words.get(open).gapBefore().indexOf(',') >= 0 && closed) {
              i = open;
              continue;
            }
            // "Putin, who told the summit that ...", "Токаєва, який раніше говорив про ...": a
            // subject relative pronoun stands for the noun before it.
            if (rel >= 0
                && rel > 0
                && LanguageCues.match(c.subjectRelatives(), words, rel) > 0
                && headSpan(rel - 1).isPresent()
                && !(rel - 1 >= m0 && rel - 1 <= m1)) {
              // An object before the comma is in an oblique case: "підтримати депутата, який".
              int start = phraseStart(rel - 1);
              if (start > 0 && !english && !verbFinal) {
                return Optional.of(render(start, headSpan(rel - 1).get()[1], true));
              }
              return phraseWithHeadAt(rel - 1, rel);
            }
            // English "A former deputy who runs a channel insisted": past the relative clause to
            // the noun it describes.
            if (rel > 0
                && english
                && words.get(rel).gapBefore().isBlank()
                && headSpan(rel - 1).isPresent()) {
              return phraseWithHeadAt(rel - 1, rel);
            }
            relative = rel >= 0;
            break;
          }
          if ((i >= m0 && i <= m1) || quotedAway(i, v)) {
            continue;
          }
          Optional<String> p = phraseWithHeadAt(i, v);
          if (p.isPresent()) {
            // A noun phrase after a preposition is no subject ("a host on Russian state
            // television told", "боротьбу за владу ... говорить").
            int a = phraseStart(i);
            if (a > 0
                && onlySpace(a)
                && LanguageCues.match(c.adverbialPrepositions(), words, a - 1) > 0) {
              i = a - 1;
              continue;
            }
            // "Ведучий одного з вечірніх ток-шоу": the complement of the noun before it.
            int connector = LanguageCues.matchEndingAt(c.genitiveConnectors(), words, a - 1);
            if (connector >= 0) {
              i = connector;
              continue;
            }
            if (weakName(i) && weak.isEmpty()) {
              weak = p;
              continue;
            }
            return p;
          }
        }
      }
      if (weak.isPresent()) {
        return weak;
      }
      // After the verb only in an inverted clause: "«...», – говорит X", ", said X", or in a
      // relative clause "..., которую продвигает Кремль".
      if (v > 0 && !hasPunctuation(words.get(v).gapBefore()) && !relative) {
        return Optional.empty();
      }
      return subjectAfter(vEnd);
    }

    /** Whether no name or source stands between the mention (or its quotation) and word v. */
    boolean noSourceBetween(int v) {
      for (int k = m1 + 1; k < v; k++) {
        if (!inQuote(k) && headSpan(k).isPresent()) {
          return false;
        }
      }
      return true;
    }

    /** The subject of an inverted clause: the first name or source within five words after it. */
    Optional<String> subjectAfter(int vEnd) {
      for (int i = vEnd + 1; i < words.size() && i - vEnd <= 5; i++) {
        if (i > vEnd + 1 && hasPunctuation(words.get(i).gapBefore())) {
          break;
        }
        if (i >= m0 && i <= m1) {
          break;
        }
        if (LanguageCues.match(c.ownVoice(), words, i) > 0) {
          continue; // "сказал нам житель ...": an object, not the subject
        }
        Optional<String> p = phraseWithHeadAt(i, words.size(), false);
        if (p.isPresent()) {
          return p;
        }
      }
      return Optional.empty();
    }

    /** "по словам X": the noun phrase after the cue, its head in the dictionary form. */
    Optional<String> afterAccordingTo(int i, int len) {
      for (int k = i; k < i + len; k++) {
        if (isPronoun(k)) {
          return resolvePronoun(k);
        }
      }
      int reach = i + len + 2;
      // An adverbial phrase may stand between the cue and its source: "как отметил на брифинге
      // замминистр Марат Есенов".
      if (i + len + 1 < words.size()
          && LanguageCues.match(c.adverbialPrepositions(), words, i + len) > 0
          && !words.get(i + len + 1).capitalized()) {
        reach += 2;
      }
      for (int k = i + len; k < words.size() && k <= reach; k++) {
        if (k >= m0 && k <= m1) {
          break;
        }
        if (k < i + len + 2 && reach > i + len + 2) {
          continue;
        }
        if (k > i + len && hasPunctuation(words.get(k).gapBefore())) {
          break;
        }
        if (isPronoun(k)) {
          return resolvePronoun(k);
        }
        Optional<int[]> span = headSpan(k);
        if (span.isPresent()) {
          int[] s = span.get();
          int a = s[0];
          while (a > i + len && isModifierOrName(a - 1) && onlySpace(a)) {
            a--;
          }
          int b = extendRight(s[1], words.size());
          // "по словам Путина" puts the source in the genitive; "как отметил Есенов" does not.
          boolean verbal = LanguageCues.match(c.adverbialPrepositions(), words, i) == 0;
          boolean hasVerb = false;
          for (int v = i; v < i + len; v++) {
            hasVerb |= LanguageCues.match(c.reportingVerbs(), words, v) > 0;
          }
          verbal &= hasVerb;
          return Optional.of(render(a, b, !verbal));
        }
      }
      return Optional.empty();
    }

    /** "X-тың айтуынша": the noun phrase ending just before the postposition, case removed. */
    Optional<String> beforePostposition(int i) {
      int k = i - 1;
      if (k < 0 || (k >= m0 && k <= m1)) {
        return Optional.empty();
      }
      if (isPronoun(k)) {
        return resolvePronoun(k);
      }
      int a = k;
      int sourceStart = LanguageCues.matchEndingAt(c.sources(), words, k);
      if (sourceStart >= 0) {
        a = sourceStart;
      }
      while (a > 0 && isModifierOrName(a - 1) && onlySpace(a)) {
        a--;
      }
      return Optional.of(render(a, k, true));
    }

    /** A headline label "X: ..." of at most three words before the mention. */
    Optional<String> headline() {
      for (int k = 1; k <= m0 && k <= HEADLINE_WORDS && k < words.size(); k++) {
        if (words.get(k).gapBefore().indexOf(':') >= 0) {
          if (LanguageCues.match(c.labels(), words, 0) > 0) {
            return Optional.empty();
          }
          int last = k - 1;
          // The label is the speaker's phrase from its first word ("Словарь пропаганды:" is no
          // speaker); a place after a preposition stays out ("Таксист из Жанаозена:" ->
          // "таксист").
          if (headSpan(0).isPresent()) {
            int end = headSpan(0).get()[1];
            while (end + 1 < k && !functionWord(end + 1) && isModifierOrNameAfter(end + 1)) {
              end++;
            }
            return Optional.of(render(0, end, false));
          }
          Optional<int[]> span =
              headSpan(last).filter(x -> !afterPreposition(last) && phraseStart(last) == 0);
          if (span.isPresent() || isShortNameAt(0)) {
            return Optional.of(render(0, k - 1, false));
          }
          return Optional.empty();
        }
      }
      return Optional.empty();
    }

    // --- noun phrases -----------------------------------------------------------------------

    /** The phrase whose head (a name or a source noun) is word {@code i}; words before limit. */
    Optional<String> phraseWithHeadAt(int i, int limit) {
      return phraseWithHeadAt(i, limit, true);
    }

    /**
     * As {@link #phraseWithHeadAt(int, int)}; {@code ownPossessive}: whether a first-person word
     * just before the phrase ("наши источники") makes it the outlet's own voice (not after a verb,
     * where it is an object: "сказал нам житель").
     */
    Optional<String> phraseWithHeadAt(int i, int limit, boolean ownPossessive) {
      if (LanguageCues.match(c.ownVoice(), words, i) > 0) {
        return Optional.of(OWN_VOICE);
      }
      if (isPronoun(i)) {
        return resolvePronoun(i);
      }
      Optional<int[]> span = headSpan(i);
      if (span.isEmpty()) {
        return Optional.empty();
      }
      int a = span.get()[0];
      int b = extendRight(span.get()[1], limit);
      while (a > 0 && isModifierOrName(a - 1) && onlySpace(a) && !(a - 1 >= m0 && a - 1 <= m1)) {
        a--;
      }
      // Kazakh "министрліктің баспасөз хатшысы": a possessor in the genitive before the role.
      if (verbFinal
          && a > 0
          && onlySpace(a)
          && genitive(a - 1)
          && LanguageCues.match(c.ownVoice(), words, a - 1) == 0
          && (LanguageCues.matchEndingAt(c.sources(), words, a - 1) >= 0
              || isProper(a - 1)
              || isName(a - 1))) {
        a = phraseStartOf(a - 1);
      }
      if (ownPossessive
          && a > 0
          && onlySpace(a)
          && LanguageCues.match(c.ownVoice(), words, a - 1) > 0
          && !namesAPerson(a, b)) {
        return Optional.of(OWN_VOICE); // "наши источники"; but "Наш аналітик Максим Бондар" speaks
      }
      // "ведучий російського державного телеканалу": the first source noun is the head, the rest
      // its genitive complement (English puts the head last: "a ministry spokesperson").
      for (int k = a; k < span.get()[0] && !english && !verbFinal; k++) {
        int len = LanguageCues.match(c.sources(), words, k);
        // A one-word institution stays with its role: "речник уряду", "речник МВС".
        int complementEnd = b;
        while (complementEnd > k + len && country(complementEnd)) {
          complementEnd--;
        }
        boolean institution =
            k + len == complementEnd
                && (LanguageCues.match(c.institutions(), words, complementEnd) > 0
                    || words.get(complementEnd).allCaps());
        if (len > 0
            && !institution
            && LanguageCues.match(c.dropped(), words, k) == 0
            && (!words.get(k).capitalized() || words.get(k).initial())
            && !words.get(span.get()[0]).capitalized()) {
          b = k + len - 1;
          break;
        }
      }
      // English: "of" between capitalised words belongs to a name ("The Minister of Foreign
      // Affairs").
      while (english
          && a > 1
          && words.get(a).capitalized()
          && words.get(a - 1).norm().equals("of")
          && onlySpace(a)
          && onlySpace(a - 1)
          && words.get(a - 2).capitalized()
          && !functionWord(a - 2)
          && !overlapsMention(a - 2, a - 1)) {
        a -= 2;
        while (a > 0 && isModifierOrName(a - 1) && onlySpace(a) && !overlapsMention(a - 1, a - 1)) {
          a--;
        }
      }
      // English: a determiner up to three words back opens the phrase ("the emergencies ministry").
      if (english && LanguageCues.match(c.sources(), words, span.get()[0]) > 0) {
        for (int k = a - 1; k >= 0 && k >= a - 3; k--) {
          if (!onlySpace(k + 1)
              || (k >= m0 && k <= m1)
              || LanguageCues.match(c.prepositions(), words, k) > 0) {
            break;
          }
          String n = words.get(k).norm();
          // A numeral opens it too, and render drops it ("Two airport employees").
          if (n.equals("the")
              || n.equals("a")
              || n.equals("an")
              || LanguageCues.match(c.dropped(), words, k) > 0) {
            a = k;
            break;
          }
        }
      }
      return Optional.of(render(a, b, false));
    }

    /** {start, end} of the head at {@code i}: a source noun (possibly several words) or name. */
    Optional<int[]> headSpan(int i) {
      if (i < 0 || i >= words.size() || (i >= m0 && i <= m1)) {
        return Optional.empty();
      }
      int len = LanguageCues.match(c.sources(), words, i);
      if (len > 0 && !overlapsMention(i, i + len - 1)) {
        return Optional.of(new int[] {i, i + len - 1});
      }
      int s = LanguageCues.matchEndingAt(c.sources(), words, i);
      if (s >= 0 && !overlapsMention(s, i)) {
        return Optional.of(new int[] {s, i});
      }
      int proper = LanguageCues.match(c.properSources(), words, i);
      if (proper > 1 && !overlapsMention(i, i + proper - 1)) {
        return Optional.of(new int[] {i, i + proper - 1});
      }
      int properStart = LanguageCues.matchEndingAt(c.properSources(), words, i);
      if (properStart >= 0 && properStart < i && !overlapsMention(properStart, i)) {
        return Optional.of(new int[] {properStart, i});
      }
      if (isName(i)) {
        return Optional.of(new int[] {i, i});
      }
      return Optional.empty();
    }

    /** Extends a head over following capitalised words (a name run) up to {@code limit}. */
    int extendRight(int b, int limit) {
      // A title reaches over its lower-case complement to the name it introduces: "юрист форуму
      // Андрій Коваль", "Президенттің кеңесшісі Нұрлан Садықов".
      if (LanguageCues.matchEndingAt(c.titles(), words, b) >= 0) {
        for (int k = b + 1; k < limit && k < words.size() && k <= b + 3; k++) {
          if (!onlySpace(k) || (k >= m0 && k <= m1)) {
            break;
          }
          if (words.get(k).capitalized()) {
            if (k + 1 < limit
                && k + 1 < words.size()
                && onlySpace(k + 1)
                && words.get(k + 1).capitalized()
                && !(k + 1 >= m0 && k + 1 <= m1)) {
              b = k - 1; // a two-word name follows: let the run below take it
            }
            break;
          }
        }
      }
      boolean sourceHead =
          LanguageCues.matchEndingAt(c.sources(), words, b) >= 0 && !words.get(b).capitalized();
      // "активіст з Алмати Бауиржан Сеїтов": a role, where from, and the person's two names.
      if (sourceHead
          && !verbFinal
          && b + 4 < words.size()
          && b + 4 < limit
          && LanguageCues.match(c.adverbialPrepositions(), words, b + 1) > 0
          && words.get(b + 2).capitalized()
          && words.get(b + 3).capitalized()
          && words.get(b + 4).capitalized()
          && !overlapsMention(b + 1, b + 4)
          && (b + 5 >= words.size() || !words.get(b + 5).capitalized())) {
        return b + 4;
      }
      boolean titleBeforeName =
          LanguageCues.matchEndingAt(c.titles(), words, b) >= 0
              && b + 1 < words.size()
              && words.get(b + 1).capitalized();
      boolean nameAfter =
          (b + 2 < words.size()
                  && b + 2 < limit
                  && onlySpace(b + 1)
                  && onlySpace(b + 2)
                  && words.get(b + 1).capitalized()
                  && words.get(b + 2).capitalized()
                  && !oblique(b + 1))
              || (verbFinal
                  && b + 1 < words.size()
                  && b + 1 < limit
                  && onlySpace(b + 1)
                  && words.get(b + 1).capitalized()
                  && !oblique(b + 1)
                  && !(b + 1 >= m0 && b + 1 <= m1));
      // Kazakh "X-тың Y-ы": an institution in the genitive owns the role after it ("Ішкі істер
      // министрлігінің баспасөз хатшысы").
      if (verbFinal && genitive(b)) {
        int role = LanguageCues.match(c.sources(), words, b + 1);
        if (role > 0 && b + role < limit && !overlapsMention(b + 1, b + role)) {
          return b + role;
        }
      }
      if (verbFinal && sourceHead && !titleBeforeName && !nameAfter) {
        return b;
      }
      while (b + 1 < limit
          && b + 1 < words.size()
          && !(b + 1 >= m0 && b + 1 <= m1)
          && onlySpace(b + 1)
          && words.get(b + 1).capitalized()
          && !isPronoun(b + 1)
          && !(verbFinal && oblique(b + 1))) {
        b++;
      }
      // "Дала ТВ сарапшылары": a source noun after a name is the head of the phrase.
      if (b + 1 < limit
          && b + 1 < words.size()
          && !(b + 1 >= m0 && b + 1 <= m1)
          && onlySpace(b + 1)
          && words.get(b).capitalized()
          && LanguageCues.match(c.sources(), words, b + 1) == 1) {
        b++;
      }
      return b;
    }

    /** A single capitalised word that is neither a known source nor a short name: a place. */
    boolean weakName(int i) {
      Word w = words.get(i);
      return LanguageCues.match(c.sources(), words, i) == 0
          && LanguageCues.matchEndingAt(c.sources(), words, i) < 0
          && !isProper(i)
          && !isShortName(w)
          && !(i > 0
              && onlySpace(i)
              && words.get(i - 1).capitalized()
              && !words.get(i - 1).initial())
          && !(i + 1 < words.size() && onlySpace(i + 1) && words.get(i + 1).capitalized());
    }

    /** A word with a case ending that cannot be a subject (verb-final languages). */
    boolean oblique(int i) {
      if (dictionaryName(words.get(i).norm())) {
        return false; // "Ақорда" is a name, not a locative
      }
      String norm = words.get(i).norm();
      for (Cue e : c.obliqueEndings()) {
        if (e.endsWord(norm) && norm.length() > 4) {
          return true;
        }
      }
      return false;
    }

    boolean isName(int i) {
      Word w = words.get(i);
      if (!w.capitalized() || isPronoun(i) || functionWord(i)) {
        return false;
      }
      if (!w.initial() || w.allCaps() || isShortName(w) || isProper(i) || namedElsewhere(w)) {
        return true;
      }
      return i + 1 < words.size()
          && onlySpace(i + 1)
          && words.get(i + 1).capitalized()
          && !(i + 1 >= m0 && i + 1 <= m1);
    }

    /**
     * Whether a sentence's first word is written with a capital inside a sentence elsewhere in the
     * field, in any inflection: a name ("Бақытжан күліп: ..." after "көршім Бақытжанды").
     */
    boolean namedElsewhere(Word w) {
      // English capitalises every nationality and place adjective; an adjective is no name.
      if (english
          || modifierEnding(w.norm())
          || LanguageCues.match(c.sources(), List.of(w), 0) > 0
          || LanguageCues.match(c.titles(), List.of(w), 0) > 0) {
        return false;
      }
      for (String name : namesInField()) {
        int common = 0;
        int max = Math.min(name.length(), w.norm().length());
        while (common < max && name.charAt(common) == w.norm().charAt(common)) {
          common++;
        }
        if (common >= 4 && common >= max - 2) {
          return true;
        }
      }
      return false;
    }

    /** The normal forms of capitalised words inside sentences of the field (not after a quote). */
    List<String> namesInField() {
      if (namesInField == null) {
        List<String> names = new ArrayList<>();
        List<Word> all = Words.of(text, 0, text.length());
        for (int k = 1; k < all.size(); k++) {
          Word w = all.get(k);
          if (w.capitalized() && !w.allCaps() && continuesSentence(w.gapBefore())) {
            names.add(w.norm());
          }
        }
        namesInField = names;
      }
      return namesInField;
    }

    boolean modifierEnding(String norm) {
      for (Cue m : c.modifiers()) {
        if (m.endsWord(norm)) {
          return true;
        }
      }
      return false;
    }

    boolean isModifierOrName(int i) {
      Word w = words.get(i);
      if (LanguageCues.match(c.complementizers(), words, i) > 0
          || LanguageCues.match(c.relatives(), words, i) > 0
          || (w.capitalized() && functionWord(i))
          || isPronoun(i)
          || (verbFinal && oblique(i))) {
        return false;
      }
      if (w.capitalized() && (!w.initial() || english)) {
        return true;
      }
      for (Cue m : c.modifiers()) {
        if (m.endsWord(w.norm())) {
          return true;
        }
      }
      return LanguageCues.match(c.titles(), words, i) > 0
          || LanguageCues.match(c.dropped(), words, i) > 0;
    }

    boolean isProper(int i) {
      return LanguageCues.match(c.properSources(), words, i) > 0
          || LanguageCues.matchEndingAt(c.properSources(), words, i) >= 0;
    }

    boolean dictionaryName(String norm) {
      for (String s : shortNamesNorm) {
        if (norm.equals(s)) {
          return true;
        }
      }
      for (Cue p : c.properSources()) {
        if (p.length() == 1 && p.endsWord(norm) && p.toString().length() == norm.length()) {
          return true;
        }
      }
      return false;
    }

    boolean isShortNameAt(int i) {
      return i < words.size() && isShortName(words.get(i));
    }

    boolean isShortName(Word w) {
      for (String s : shortNamesNorm) {
        if (w.norm().startsWith(s)) {
          return true;
        }
      }
      return false;
    }

    /**
     * A preposition, conjunction, complementizer or relative pronoun: capitalised at a sentence or
     * quotation start ("По телевизору", "Бірақ", "As Grant notes"), it is still no name.
     */
    boolean functionWord(int i) {
      return LanguageCues.match(c.adverbialPrepositions(), words, i) > 0
          || LanguageCues.match(c.prepositions(), words, i) > 0
          || LanguageCues.match(c.conjunctions(), words, i) > 0
          || LanguageCues.match(c.complementizers(), words, i) > 0
          || LanguageCues.match(c.relatives(), words, i) > 0;
    }

    /** A word that is no function word, source, title or pronoun (a name may start with it). */
    boolean plainWord(int i) {
      return !ARTICLES.contains(words.get(i).norm())
          && LanguageCues.match(c.prepositions(), words, i) == 0
          && LanguageCues.match(c.adverbialPrepositions(), words, i) == 0
          && LanguageCues.match(c.dropped(), words, i) == 0
          && LanguageCues.match(c.sources(), words, i) == 0
          && LanguageCues.match(c.titles(), words, i) == 0
          && !isPronoun(i);
    }

    /**
     * Whether word {@code i} continues a label's phrase: a name, a source noun or a word in the
     * genitive of a place ("Мешканка Жанаозена"); a preposition ends it.
     */
    boolean isModifierOrNameAfter(int i) {
      return words.get(i).capitalized()
          || LanguageCues.match(c.sources(), words, i) > 0
          || isModifierOrName(i);
    }

    /** Whether words [a, b] hold a person's name: two capitalised words in a row. */
    boolean namesAPerson(int a, int b) {
      for (int k = a + 1; k <= b; k++) {
        if (words.get(k).capitalized()
            && words.get(k - 1).capitalized()
            && !words.get(k).allCaps()
            && !isProper(k - 1)) {
          return true;
        }
      }
      return false;
    }

    /** (Kazakh) whether word {@code i} ends in a genitive case ending. */
    boolean genitive(int i) {
      String norm = words.get(i).norm();
      for (String e : List.of("ның", "нің", "дың", "дің", "тың", "тің")) {
        if (norm.endsWith(e) && norm.length() > e.length() + 2) {
          return true;
        }
      }
      return false;
    }

    /** A country's name or adjective ("Казахстану", "казахстанське", "Russian"). */
    boolean country(int i) {
      return LanguageCues.match(c.countries(), words, i) > 0;
    }

    boolean isPronoun(int i) {
      return i >= 0 && i < words.size() && LanguageCues.match(c.pronouns(), words, i) > 0;
    }

    /** Writes words {@code [a, b]} as a speaker. */
    String render(int a, int b, boolean inflected) {
      // "Багато коментаторів" -> "коментатори": after a quantifier the group is in the genitive.
      boolean quantified = false;
      while (a < b && LanguageCues.match(c.dropped(), words, a) > 0) {
        quantified |= LanguageCues.match(c.quantifiers(), words, a) > 0;
        a++;
      }
      inflected |= quantified;
      // "один із протестувальників": one person of a group, written in the singular.
      if (english
          && a < b
          && ARTICLES.contains(words.get(a).norm())
          && LanguageCues.matchEndingAt(c.partitive(), words, a - 1) >= 0) {
        a++; // "one of the drivers"
      }
      boolean partitive =
          a > 0 && onlySpace(a) && LanguageCues.matchEndingAt(c.partitive(), words, a - 1) >= 0;
      if (LanguageCues.match(c.ownVoice(), words, a) > 0) {
        return OWN_VOICE;
      }
      // The indefinite article is no part of a speaker: "a guest" -> "guest", "A Western
      // diplomat" -> "Western diplomat"; "the" stays ("The Ministry").
      if (english
          && a < b
          && (words.get(a).norm().equals("a") || words.get(a).norm().equals("an"))) {
        a++;
      }
      // "окружение Назарбаева" is the entourage, not Nazarbayev: a public figure after a source
      // noun that is no title is its complement.
      boolean complementOwner =
          !english
              && LanguageCues.match(c.sources(), words, a) > 0
              && LanguageCues.match(c.titles(), words, a) == 0
              && (!words.get(a).capitalized() || words.get(a).initial());
      for (int k = a; k <= b && !(complementOwner && k > a); k++) {
        for (int s = 0; s < cues.shortNames().size(); s++) {
          if (words.get(k).norm().startsWith(shortNamesNorm.get(s))) {
            return cues.shortNames().get(s);
          }
        }
      }
      // English possessive inside the phrase: "A Russian news agency's English feed" is the
      // agency's.
      if (english) {
        for (int k = a; k < b; k++) {
          String raw = words.get(k).raw();
          if (raw.endsWith("'s") || raw.endsWith("’s")) {
            b = k;
            break;
          }
        }
      }
      // A country before an institution is dropped: "Казахстанське МВС" -> "МВС".
      while (a < b
          && country(a)
          && (words.get(b).allCaps()
              || isProper(b)
              || LanguageCues.match(c.properSources(), words, a + 1) > 0)) {
        a++;
      }
      // Titles before a name: keep the name that follows the last title, across the title's own
      // lower-case complement ("директорки форуму Олени Гнатюк" -> "Олени Гнатюк"); a country
      // after a title is no name ("Президент Казахстану" -> "Президент").
      // A country after anything else is dropped too ("речник уряду Казахстану").
      while (a < b && country(b) && !country(b - 1) && words.get(b).capitalized()) {
        b--;
      }
      for (int k = b - 1; k >= a; k--) {
        int len = LanguageCues.match(c.titles(), words, k);
        if (len > 0 && k + len <= b) {
          // The name is the last run of capitalised words: "Руководитель Центра евразийских
          // исследований Виктор Шалагин" -> "Виктор Шалагин".
          int name = b;
          while (name - 1 >= k + len && words.get(name - 1).capitalized() && onlySpace(name)) {
            name--;
          }
          if (!words.get(name).capitalized()
              || (english && name > 0 && words.get(name - 1).norm().equals("of"))) {
            name = b + 1; // no name: "The Minister of Foreign Affairs" is a title
          }
          boolean person = false;
          for (int k2 = name; k2 <= b; k2++) {
            person |= !words.get(k2).allCaps();
          }
          if (name <= b && person) {
            a = name;
            break;
          }
        }
      }
      // A role before a person's two names is dropped like a title: "жүргізуші Ерлан Сапаров"
      // (not before a place: "жители Жанаозена").
      // In Kazakh a single name after a role is a name too ("Атыраулық оқырман Жанар"): a place
      // would carry a case ending.
      for (int r = a; r < b; r++) {
        int role = LanguageCues.match(c.sources(), words, r);
        if (role > 0
            && b - (r + role) >= (verbFinal ? 0 : 1)
            && (!words.get(r).capitalized() || words.get(r).initial())) {
          boolean person = true;
          for (int k = r + role; k <= b; k++) {
            person &= words.get(k).capitalized() && !words.get(k).allCaps() && !isProper(k);
          }
          if (person) {
            a = r + role;
            break;
          }
        }
      }
      // An institution without its country: "Міністерство внутрішніх справ Казахстану".
      int institution = LanguageCues.match(c.properSources(), words, a);
      if (institution > 1 && a + institution <= b) {
        boolean countryOnly = true;
        for (int k = a + institution; k <= b; k++) {
          countryOnly &= words.get(k).capitalized();
        }
        if (countryOnly && b - (a + institution) == 0) {
          b = a + institution - 1;
        }
      }
      // An institution without its country: "МВД Казахстана" -> "МВД".
      if (words.get(a).allCaps() && a < b) {
        boolean restCapitalised = true;
        for (int k = a + 1; k <= b; k++) {
          restCapitalised &= words.get(k).capitalized() && !words.get(k).allCaps();
        }
        if (restCapitalised && b - a == 1) {
          b = a;
        } else if (restCapitalised && b - a >= 2) {
          a = a + 1; // "МЗС Айбек Смагулов": the institution of a title, then the person
        }
      }
      // A run of three or more capitalised words holds a person's two names and the words of
      // the institution or outlet around them.
      int run = 0;
      while (b - run >= a && words.get(b - run).capitalized()) {
        run++;
      }
      if (run >= 3) {
        if (verbFinal && a == b - run + 1) {
          b = a + 1; // Kazakh: "Ерлан Жақсыбеков Дала ТВ ..." -> the first two
        } else if (!verbFinal) {
          a = b - 1;
        }
      }
      boolean source =
          LanguageCues.matchEndingAt(c.sources(), words, b) >= 0
              || LanguageCues.match(c.sources(), words, a) > 0;
      StringBuilder out = new StringBuilder();
      for (int k = a; k <= b; k++) {
        if (k > a) {
          out.append(words.get(k).gapBefore());
        }
        String word = words.get(k).raw().replace("\u00AD", "");
        // Kazakh case endings sit on the last word of the phrase only.
        // A name already in its dictionary form keeps its ending ("Ақорда" is no locative).
        boolean named = dictionaryName(words.get(k).norm());
        String properForm = properForm(words.get(k).norm());
        if (properForm != null) {
          out.append(properForm); // "Версія Кремля" -> "Кремль"
        } else if (partitive) {
          out.append(withEnding(word, c.partitiveEndings()));
        } else {
          out.append(inflected && !named && (k == b || !verbFinal) ? dictionaryForm(word) : word);
        }
      }
      String phrase = out.toString();
      // English possessive: "Moscow's talk of ..." is Moscow's.
      if (english && (phrase.endsWith("'s") || phrase.endsWith("’s"))) {
        phrase = phrase.substring(0, phrase.length() - 2);
      }
      boolean nameRun = a < b && words.get(a + 1).capitalized();
      // Only a common word loses the sentence's capital: "Жители Жанаозена", not "Дала ТВ".
      boolean commonFirst =
          LanguageCues.match(c.sources(), words, a) > 0
              || ((source || (a < b && isProper(b))) && modifierEnding(words.get(a).norm()))
              || LanguageCues.match(c.titles(), words, a) > 0;
      if (!english
          && words.get(a).initial()
          && !isProper(a)
          && !words.get(a).allCaps()
          && commonFirst) {
        phrase = phrase.substring(0, 1).toLowerCase(Locale.ROOT) + phrase.substring(1);
      }
      return phrase.replace('\n', ' ');
    }

    /** The dictionary form of an inflected proper source ("кремля" -> "Кремль"), or null. */
    String properForm(String norm) {
      for (var e : c.properForms()) {
        if (e.getKey().equals(norm)) {
          return e.getValue();
        }
      }
      return null;
    }

    String dictionaryForm(String word) {
      return withEnding(word, c.genitiveEndings());
    }

    /** {@code word} with the first (longest) matching ending of {@code endings} replaced. */
    String withEnding(String word, List<java.util.Map.Entry<String, String>> endings) {
      String norm = Words.normalize(word);
      for (var e : endings) {
        // A stem shorter than three letters is no stem.
        if (norm.endsWith(e.getKey()) && norm.length() - e.getKey().length() >= 3) {
          return word.substring(0, word.length() - e.getKey().length()) + e.getValue();
        }
      }
      return word;
    }

    /** The speaker a pronoun at {@code p} refers to. */
    Optional<String> resolvePronoun(int p) {
      for (int i = 0; i < p; i++) {
        if (isPronoun(i) || quotedAway(i, p) || afterPreposition(i)) {
          continue;
        }
        Optional<int[]> span = headSpan(i);
        if (span.isPresent()) {
          return Optional.of(render(span.get()[0], extendRight(span.get()[1], p), false));
        }
      }
      Optional<String> previous = previousSentenceSpeaker();
      if (previous.isEmpty() && LanguageCues.match(c.personalPronouns(), words, p) > 0) {
        return lastPersonBefore(from);
      }
      return previous;
    }

    /**
     * The last person named (two capitalised words inside a sentence, or a public figure) in the
     * field before {@code limit}: the antecedent of "she said" opening a paragraph of quotation.
     */
    Optional<String> lastPersonBefore(int limit) {
      int lo = Math.max(0, limit - PERSON_LOOKBACK);
      MentionAttributor.Analysis before =
          new Analysis(c, verbFinal, english, text, lo, lo, false, limit);
      List<Word> ws = before.words;
      for (int k = ws.size() - 1; k > 0; k--) {
        Word w = ws.get(k);
        if (isShortName(w)) {
          return Optional.of(before.render(k, k, false));
        }
        Word prev = ws.get(k - 1);
        if (w.capitalized()
            && prev.capitalized()
            && (!prev.initial() || before.plainWord(k - 1))
            && before.onlySpace(k)
            && !before.isProper(k - 1)
            && !before.isProper(k)
            && !before.country(k - 1)
            && !w.allCaps()
            && !prev.allCaps()) {
          // The whole run of capitalised words: render keeps a person's two names of it
          // ("Ерлан Қасымов Дала ТВ ..." -> "Ерлан Қасымов").
          int a = k - 1;
          while (a > 0
              && ws.get(a - 1).capitalized()
              && before.onlySpace(a)
              && (!ws.get(a - 1).initial() || before.plainWord(a - 1))) {
            a--;
          }
          int b = k;
          while (b + 1 < ws.size() && ws.get(b + 1).capitalized() && before.onlySpace(b + 1)) {
            b++;
          }
          return Optional.of(before.render(a, b, false));
        }
      }
      return Optional.empty();
    }

    /**
     * The speaker of the previous sentence of the paragraph: the subject of its reporting verb,
     * else its first source or name.
     */
    Optional<String> previousSentenceSpeaker() {
      int prevEnd = from;
      while (prevEnd > 0 && Character.isWhitespace(text.charAt(prevEnd - 1))) {
        prevEnd--;
      }
      if (prevEnd == 0
          || text.startsWith("\n\n", prevEnd)
          || text.substring(prevEnd, from).contains("\n\n")) {
        return Optional.empty();
      }
      int prevStart = Sentences.start(text, prevEnd - 1);
      MentionAttributor.Analysis previous =
          new Analysis(c, verbFinal, english, text, prevStart, prevStart, false, prevEnd);
      return previous.subjectOfSentence();
    }

    /** A sentence's speaker: the subject of a reporting verb, else its first source or name. */
    Optional<String> subjectOfSentence() {
      for (int i = 0; i < words.size(); i++) {
        int len =
            Math.max(
                LanguageCues.match(c.reportingVerbs(), words, i),
                LanguageCues.match(c.distancingVerbs(), words, i));
        if (len > 0) {
          Optional<String> s = subjectOf(i, i + len - 1);
          if (s.isPresent()) {
            return s;
          }
        }
      }
      // "Оның сөзінше, ...": the sentence before was attributed through a cue of its own.
      for (int i = 0; i < words.size(); i++) {
        int len = LanguageCues.match(c.accordingTo(), words, i);
        Optional<String> s =
            len > 0
                ? afterAccordingTo(i, len)
                : LanguageCues.match(c.accordingToAfter(), words, i) > 0
                    ? beforePostposition(i)
                    : Optional.empty();
        if (s.isPresent()) {
          return s;
        }
      }
      // Else its first noun phrase that is no object of a preposition: usually the subject
      // ("Президент Казахстану ... Токаєв у п'ятницю дозволив силовикам ...").
      for (int i = 0; i < words.size(); i++) {
        if (isPronoun(i) || afterPreposition(i) || (verbFinal && oblique(i))) {
          continue;
        }
        if (LanguageCues.match(c.sources(), words, i) > 0 || isName(i) || isProper(i)) {
          return phraseWithHeadAt(i, words.size());
        }
      }
      return Optional.empty();
    }

    /** An analysis of the whole sentence {@code text[sentenceStart, sentenceEnd)}, no mention. */
    Analysis(
        LanguageCues c,
        boolean verbFinal,
        boolean english,
        String text,
        int sentenceStart,
        int unused,
        boolean quoted,
        int sentenceEnd) {
      this.c = c;
      this.verbFinal = verbFinal;
      this.english = english;
      this.text = text;
      this.start = sentenceStart;
      this.end = sentenceStart;
      this.quoted = quoted;
      this.quote = null;
      this.from = sentenceStart;
      this.words = Words.of(text, sentenceStart, sentenceEnd);
      this.m0 = Integer.MAX_VALUE / 2;
      this.m1 = Integer.MIN_VALUE / 2;
    }

    /** The first source noun before the mention: the owner of an unattributed distance. */
    String firstSourceInSentence() {
      // "Для Кремля кожен масовий протест — це ...": the view of the one it is for.
      if (m0 > 1 && LanguageCues.match(c.perspective(), words, 0) > 0 && headSpan(1).isPresent()) {
        return render(1, headSpan(1).get()[1], true);
      }
      for (int i = 0; i < m0 && i < words.size(); i++) {
        if (afterPreposition(i)) {
          continue; // "В КНБ ... не объяснили": a place, not an owner
        }
        Optional<String> speaker = sourceAt(i, m0);
        if (speaker.isPresent()) {
          return speaker.get();
        }
      }
      // Failing that, the first one after it: "сообщения о бандах, которых МВД якобы задерживало",
      // "«иностранные боевики»: власти так и не показали их суду".
      // In English and Kazakh only a clause of its own can name the owner after the mention: one
      // after a colon or dash, or (English) a relative clause on the mention itself; elsewhere a
      // noun after it is an object ("no evidence of foreign fighters ..., and the foreign
      // nationals turned out to be workers"). Russian and Ukrainian put a subject after its
      // object freely ("... цветными революциями Москва демонстрирует").
      boolean newClause =
          !(english || verbFinal)
              || (m1 + 1 < words.size()
                  && LanguageCues.match(c.relatives(), words, m1 + 1) > 0
                  && !verbFinal);
      for (int i = m1 + 1; i < words.size(); i++) {
        String gap = words.get(i).gapBefore();
        newClause |=
            !inQuote(i)
                && (gap.indexOf(':') >= 0
                    || gap.indexOf(';') >= 0
                    || gap.indexOf('–') >= 0
                    || gap.indexOf('—') >= 0);
        if (inQuote(i) || afterPreposition(i) || !newClause) {
          continue;
        }
        Optional<String> speaker = sourceAt(i, words.size());
        if (speaker.isPresent()) {
          return speaker.get();
        }
      }
      return "";
    }

    /** Whether the noun phrase headed at word {@code i} is the object of a preposition. */
    boolean afterPreposition(int i) {
      int a = phraseStart(i);
      if (english && a > 0 && onlySpace(a) && ARTICLES.contains(words.get(a - 1).norm())) {
        a--;
      }
      return a > 0
          && onlySpace(a)
          && (LanguageCues.match(c.adverbialPrepositions(), words, a - 1) > 0
              || LanguageCues.match(c.prepositions(), words, a - 1) > 0)
          && LanguageCues.matchEndingAt(c.partitive(), words, a - 1) < 0; // "один из читателей"
    }

    /** The source noun phrase headed at word {@code i} ("" for the outlet's own voice). */
    Optional<String> sourceAt(int i, int limit) {
      int len = LanguageCues.match(c.sources(), words, i);
      if (len == 0 && !isProper(i)) {
        return Optional.empty();
      }
      Optional<int[]> span = headSpan(i);
      if (span.isEmpty() || (verbFinal && oblique(span.get()[1]))) {
        return Optional.empty();
      }
      int b = extendRight(span.get()[1], limit);
      int a = span.get()[0];
      while (a > 0 && isModifierOrName(a - 1) && onlySpace(a) && !(a - 1 >= m0 && a - 1 <= m1)) {
        a--;
      }
      String speaker = render(a, b, verbFinal);
      return Optional.of(speaker.equals(OWN_VOICE) ? "" : speaker);
    }

    // --- distance ---------------------------------------------------------------------------

    boolean distancingNear() {
      int after = m1 + 1;
      // "кольорової революції в Казахстані не було": over a place or time phrase.
      while (after + 1 < words.size()
          && onlySpace(after)
          && LanguageCues.match(c.adverbialPrepositions(), words, after) > 0) {
        after += 2;
      }
      if (after < words.size()
          && onlySpace(after)
          && LanguageCues.match(c.existenceNegations(), words, after) > 0) {
        return true;
      }
      for (int i = Math.max(0, m0 - BEFORE_WINDOW); i < m0; i++) {
        int len = LanguageCues.match(c.distancingBefore(), words, i);
        if (len > 0 && i + len <= m0) {
          return true;
        }
      }
      for (int i = m1 + 1; i < words.size() && i <= m1 + AFTER_WINDOW; i++) {
        if (LanguageCues.match(c.distancingAfter(), words, i) > 0) {
          return true;
        }
      }
      return false;
    }

    boolean distancingInSentence() {
      for (int i = 0; i < words.size(); i++) {
        int len = LanguageCues.match(c.distancingSentence(), words, i);
        if (len > 0 && !overlapsMention(i, i + len - 1)) {
          return true;
        }
      }
      return false;
    }

    /** Quotation marks around the phrase and at most one more word, not governed by a cue. */
    boolean scareQuoted(Optional<Found> found) {
      if (quote == null) {
        return false;
      }
      int inside = 0;
      for (Word w : words) {
        if (w.start() > quote[0] && w.end() <= quote[1]) {
          inside++;
        }
      }
      int extra = inside - (m1 - m0 + 1);
      if (extra > 1) {
        return false;
      }
      return found.isEmpty() || !found.get().governsQuote();
    }

    // --- gaps -------------------------------------------------------------------------------

    boolean onlySpace(int i) {
      return words.get(i).gapBefore().isBlank();
    }

    boolean stopsBetween(int i, int j) {
      if (j >= words.size()) {
        return false;
      }
      String gap = words.get(j).gapBefore();
      for (int k = 0; k < gap.length(); k++) {
        if (STOP_MARKS.indexOf(gap.charAt(k)) >= 0) {
          return true;
        }
      }
      return false;
    }

    /** Whether a gap keeps the sentence going: spaces and commas only, no line break. */
    boolean continuesSentence(String gap) {
      for (int k = 0; k < gap.length(); k++) {
        char ch = gap.charAt(k);
        if (ch != ' ' && ch != ',') {
          return false;
        }
      }
      return true;
    }

    boolean hasPunctuation(String gap) {
      for (int k = 0; k < gap.length(); k++) {
        char ch = gap.charAt(k);
        if (!Character.isWhitespace(ch)) {
          return true;
        }
      }
      return false;
    }
  }
}
