package org.narrascope.report;

import static org.narrascope.report.ColumnType.BOOLEAN;
import static org.narrascope.report.ColumnType.DATE;
import static org.narrascope.report.ColumnType.DECIMAL;
import static org.narrascope.report.ColumnType.INTEGER;
import static org.narrascope.report.ColumnType.STRING;

import java.util.ArrayList;
import java.util.List;

/**
 * Every table Narrascope writes, defined once. Jobs write rows through {@link CsvTableWriter} with
 * these constants, and {@code results/SCHEMA.md} is rendered from {@link #all()} with {@link
 * #INTRO}: the methods section a reviewer reads is the same text that fixed the columns.
 */
public final class Tables {
  private Tables() {}

  /** The opening of {@code results/SCHEMA.md}: the conventions shared by every table. */
  public static final String INTRO =
      """
      # Narrascope output tables

      This file is generated from the table definitions in the code \
      (`org.narrascope.report.Tables`); do not edit it by hand.

      Every table is a CSV file in RFC 4180 form: UTF-8 without byte-order mark, a header row \
      with the column names below, records separated by CRLF, and a field quoted (with `"` \
      doubled inside) only when it needs to be. Text is compared and sorted by Java \
      `String.compareTo` (UTF-16 code units, so the order does not depend on any locale); numbers \
      are sorted numerically and dates chronologically. An empty cell means that the value is not \
      defined for that row; the `note` column, where a table has one, says why.

      **Frames and mentions.** A *frame* is an entry of the YAML frame lexicon: a set of phrase \
      variants per language (inflections, word orders, allowed slop). A *mention* is one match \
      of any variant of the frame in a document's title or text; mentions of one frame never \
      overlap, so a stretch of text counts once even if several variants match it. A mention is \
      *quoted* when it lies inside quotation marks, i.e. the outlet reports someone else's words \
      rather than using the frame in its own voice.

      **Denominators.** Counts are always given with the counts of *all* documents and word \
      tokens they come from, so that a rate can be computed and an outlet that publishes more \
      does not look as if it used a frame more. Word tokens are Unicode (UAX #29) word-break \
      tokens of title and text together, counted the same way for every language.""";

  // --- frame_counts.csv -------------------------------------------------------------------

  private static final Column FRAME =
      new Column(
          "frame", STRING, "", "The frame's identifier as written in the frame lexicon.", "");

  private static final Column SOURCE =
      new Column("source", STRING, "", "The outlet, by its name in the source registry.", "");

  private static final Column PERIOD =
      new Column(
          "period",
          STRING,
          "",
          "The calendar period of the documents' publication dates.",
          "Chosen by `--period`: a day `yyyy-MM-dd`; an ISO-8601 week `yyyy-'W'ww` (week-based"
              + " year, weeks start on Monday, week 1 holds the year's first Thursday, so"
              + " 2022-01-02 is in 2021-W52); or a month `yyyy-MM`. A document's date is its"
              + " publication day in the source's own time zone.");

  private static final Column DOCS =
      new Column(
          "docs",
          INTEGER,
          "documents",
          "All documents of the source in the period, whether or not they mention the"
              + " frame: the denominator of the document rate.",
          "Documents indexed after ingest; quarantined records are not counted.");

  private static final Column DOCS_WITH_FRAME =
      new Column(
          "docs_with_frame",
          INTEGER,
          "documents",
          "Documents with at least one mention of the frame in title or text.",
          "A document counts once however many mentions it has.");

  /** Frame mentions and their denominators per frame × source × period. */
  public static final TableSchema FRAME_COUNTS =
      new TableSchema(
          "frame_counts.csv",
          "Frame counts per source and period",
          "One row per frame × source × period for every (source, period) with at least one"
              + " document, including rows whose mention counts are zero, so that absence of a"
              + " frame is data rather than a missing row. `docs` and `tokens` count ALL documents"
              + " and word tokens of the source in the period: they are the denominators, the"
              + " same on every frame's row for that (source, period). The first five counts are"
              + " deduplicated: a story a source published several times (near-duplicate copies,"
              + " see duplicates.csv) counts once for that source, by its earliest copy; the"
              + " `_raw` columns count every copy, as readers saw them. Without duplicates both"
              + " agree.",
          "frame, source, period",
          List.of(
              FRAME,
              SOURCE,
              PERIOD,
              DOCS,
              DOCS_WITH_FRAME,
              new Column(
                  "mentions",
                  INTEGER,
                  "matches",
                  "Mentions of the frame in the titles and texts of the source's documents in the"
                      + " period.",
                  "Non-overlapping matches of the frame's variants, counted in title and text"
                      + " separately and summed; each is one line of concordance.csv."),
              new Column(
                  "mentions_quoted",
                  INTEGER,
                  "matches",
                  "The part of `mentions` that lies inside quotation marks (reported speech);"
                      + " `mentions - mentions_quoted` is the outlet's own, authorial use.",
                  "A match is quoted when it lies between an opening and its closing quotation"
                      + " mark in the same field (`quoted = true` in concordance.csv)."),
              new Column(
                  "tokens",
                  INTEGER,
                  "word tokens",
                  "All word tokens of title and text of all documents of the source in the"
                      + " period: the denominator of a per-word rate.",
                  "Unicode word-break tokens (UAX #29: words, numbers, ideographs; not"
                      + " punctuation), the same rule for every language, so that rates of"
                      + " outlets writing in different languages are counted alike."),
              rawColumn("docs"),
              rawColumn("docs_with_frame"),
              rawColumn("mentions"),
              rawColumn("mentions_quoted"),
              rawColumn("tokens"),
              new Column(
                  "docs_with_frame_undistanced",
                  INTEGER,
                  "documents",
                  "The part of `docs_with_frame` with at least one mention whose stance is"
                      + " `endorsed` or `reported`: documents that use or relay the frame rather"
                      + " than only dispute it.",
                  "Deduplicated. A document whose every mention of the frame is `distanced`"
                      + " counts in `docs_with_frame` only. See `stance` in concordance.csv."),
              stanceColumn("endorsed", "the outlet's own voice"),
              stanceColumn("reported", "attributed to a speaker or quoted, without distance"),
              stanceColumn(
                  "distanced",
                  "named in order to dispute or deny it (so-called, якобы, нібито, scare quotes,"
                      + " denials)")));

  private static Column stanceColumn(String stance, String meaning) {
    return new Column(
        "mentions_" + stance,
        INTEGER,
        "matches",
        "The part of `mentions` whose stance is `" + stance + "`: " + meaning + ".",
        "Deduplicated; `mentions_endorsed + mentions_reported + mentions_distanced = mentions`."
            + " How stance is decided: see `stance` in concordance.csv.");
  }

  private static Column rawColumn(String deduplicated) {
    String unit =
        deduplicated.startsWith("mentions")
            ? "matches"
            : deduplicated.equals("tokens") ? "word tokens" : "documents";
    return new Column(
        deduplicated + "_raw",
        INTEGER,
        unit,
        "As `" + deduplicated + "`, counting every near-duplicate copy (raw).",
        "Later copies of a story by the same source are included; concordance.csv lists"
            + " their mentions too.");
  }

  // --- duplicates.csv ---------------------------------------------------------------------

  /** Every cluster of near-duplicate documents. */
  public static final TableSchema DUPLICATES =
      new TableSchema(
          "duplicates.csv",
          "Near-duplicate clusters",
          "One row per cluster of documents whose texts are near-duplicates (syndicated wire"
              + " stories, reposts with an edited lead or a boilerplate footer). Every member"
              + " stays in the index and in the `_raw` counts; in the deduplicated counts a"
              + " source counts a story once, by its earliest copy. Documents in no cluster are"
              + " not listed.",
          "canonical_id",
          List.of(
              new Column(
                  "canonical_id",
                  STRING,
                  "",
                  "The cluster's earliest document (by date, then id).",
                  ""),
              new Column(
                  "copy_ids", STRING, "", "The other members, separated by a space, sorted.", ""),
              new Column(
                  "sources",
                  STRING,
                  "",
                  "The sources of all members, distinct, separated by a space, sorted.",
                  ""),
              new Column(
                  "size",
                  INTEGER,
                  "documents",
                  "Members of the cluster, the canonical included.",
                  ""),
              new Column(
                  "uncounted",
                  INTEGER,
                  "documents",
                  "Members left out of the deduplicated counts: later copies of a story by a"
                      + " source that already published it.",
                  ""),
              new Column(
                  "min_similarity",
                  DECIMAL,
                  "Jaccard index",
                  "The lowest verified similarity between two members joined in the cluster.",
                  "Exact Jaccard index of the sets of 5-word shingles (lower-cased words of title"
                      + " and text) of candidate pairs found by MinHash LSH (120 hashes, 40 bands"
                      + " of 3 rows), kept when at least the threshold (default 0.5); clusters are"
                      + " the connected components of the kept pairs.")));

  // --- concordance.csv --------------------------------------------------------------------

  private static final String STANCE_MEANING =
      "How the mention stands to the frame: `endorsed` (the outlet's own voice asserts it),"
          + " `reported` (attributed to a speaker or quoted, without distance) or `distanced`"
          + " (named in order to dispute, deny or ironise it).";

  private static final String STANCE_RULE =
      "Decided by deterministic cue rules per language (ru, uk, kk, en;"
          + " org.narrascope.frames.attribution.MentionAttributor, cue lists in"
          + " attribution-cues.yaml) over the mention's sentence, and for a quotation that spans"
          + " sentences every sentence it touches. `distanced` when a distancing modifier stands"
          + " at most three words before the mention (so-called, так называемые, так звані,"
          + " якобы, нібито, никакой, \"не было\", \"no evidence of\", \"talk of\"), a"
          + " distancing particle at most three words after it (якобы, нібито, Kazakh \"туралы"
          + " әңгіме\"), a denial of existence right after it (\"күрес жоқ деді\", \"революції в"
          + " Казахстані не було\"), a refutation anywhere in the sentence (не подтверждается, no"
          + " evidence, groundless, вигадка, \"если это была\", Kazakh reportative -мыс/имиш), the"
          + " speaker's verb is a distancing one (claimed, described as, отрицает, заперечив,"
          + " rejects, пошутила), or the mention stands in scare quotes (a quotation of the phrase"
          + " and at most one more word that no speaker cue of the clause introduces); else"
          + " `reported` when a speaker was found or the mention is quoted; else `endorsed`. In a"
          + " document whose source has the role `official` in the source registry, an"
          + " institution's present-tense statement (\"The Ministry confirms that ...\","
          + " \"Пресс-служба сообщает, что ...\") is the outlet's own voice: `endorsed` unless"
          + " distanced. Languages without cue lists: quoted → `reported`, else `endorsed`. Known"
          + " limits: no syntactic parser; irony without a cue word (vocatives, rhetorical"
          + " questions, ridicule, a list refuted later) stays `endorsed` or `reported`; a"
          + " promoter's own \"so-called\" is read as distance. Accuracy on the gold, development"
          + " and held-out sets: see the README (Matching quality).";

  private static final String SPEAKER_MEANING =
      "Who the mention is attributed to, as written in the text (`Токаев`, `the interior"
          + " ministry`); empty when the mention is in the outlet's own voice or no speaker is"
          + " named.";

  private static final String SPEAKER_RULE =
      "The noun phrase a reporting cue points at: an \"according to\" phrase (по словам X, за"
          + " словами X, according to X, как отметил X, Kazakh X айтуынша/хабарлауынша) gives the"
          + " phrase after (before in Kazakh) it; a reporting or distancing verb (said, told,"
          + " claimed, заявил, сообщил, сказав, деді, мәлімдеді) gives its subject: the nearest"
          + " name or source noun before it in its clause (not after a preposition, not inside"
          + " the mention's quotation, past an apposition between commas, a subject relative"
          + " standing for the noun before it), or after it when the"
          + " verb follows the quotation or the mention (\"…\", said X; \", сообщает МВД\"); an"
          + " adverbial participle (\"…, попередивши, що\") has the sentence's subject; a headline"
          + " \"X: …\" or a quotation opened after a colon gives the subject before the colon. A"
          + " sentence without a cue that speaks of a statement (\"Хабарламада\", \"The same"
          + " feed\") continues the previous sentence's speaker; a personal pronoun resolves to a"
          + " source before it, the previous sentence's speaker, or the last person named; a medium"
          + " before the mention (\"в телеэфире\", \"On Russian talk shows\") is the source when"
          + " nothing else is, and a distanced sentence opening \"Для X\" gives X's view. The phrase"
          + " is then normalised: public figures by surname (a list in"
          + " attribution-cues.yaml); a title or role before a name dropped; numerals,"
          + " quantifiers and the indefinite article dropped (\"Багато коментаторів\" →"
          + " \"коментатори\", \"one of the drivers\" → \"driver\"); a country dropped"
          + " (\"Казахстанське МВС\" → \"МВС\", \"Президент Казахстану\" → \"Президент\"); a"
          + " role keeps a one-word institution (\"речник уряду\"); genitive and inflected proper"
          + " forms returned to the dictionary form (\"по словам Путина\" → \"Путин\", \"Версія"
          + " Кремля\" → \"Кремль\"); a generic source opening the sentence in lower case in ru,"
          + " uk and kk; English keeps the text's case and the definite article. First-person"
          + " sources (\"наши источники\", \"редакция\", \"our analysts\") are the outlet's own"
          + " voice: no speaker; so is an institution's present-tense statement in its own"
          + " publication (source role `official`). Known limits: a speaker named only in the"
          + " title is missed in the text; an object noun can be taken for the subject; cases are"
          + " restored by ending tables, not a dictionary.";

  /** One line per mention: the evidence behind every count. */
  public static final TableSchema CONCORDANCE =
      new TableSchema(
          "concordance.csv",
          "Concordance of frame mentions",
          "One row per mention of frame_counts.csv, in every copy of a story: its rows per frame,"
              + " source and period add up to `mentions_raw`, and those with `counted = true` to"
              + " `mentions`, so that a reader can check every count against the text it came"
              + " from.",
          "frame, doc_id, field, start",
          List.of(
              FRAME,
              new Column("doc_id", STRING, "", "The document's identifier in the corpus.", ""),
              SOURCE,
              new Column(
                  "date",
                  DATE,
                  "",
                  "The document's publication day in the source's own time zone.",
                  ""),
              new Column(
                  "lang",
                  STRING,
                  "",
                  "The document's language: an ISO 639-1 code in lower case, or `und` when it is"
                      + " undetermined.",
                  "The language decides which variants of the frame and which analysis chain"
                      + " (see the run manifest's language chains) were used."),
              new Column(
                  "field",
                  STRING,
                  "",
                  "Where the mention is: `title` or `text`.",
                  "Title and text are matched separately, so a mention never spans both."),
              new Column(
                  "start",
                  INTEGER,
                  "UTF-16 code units",
                  "Offset of the first character of the mention in that field.",
                  "A Java String offset from 0 in the field as stored in the index:"
                      + " `field.substring(start, end)` equals `match`."),
              new Column(
                  "end",
                  INTEGER,
                  "UTF-16 code units",
                  "Offset just past the last character of the mention (exclusive).",
                  "As `start`; `end - start` is the length of `match`."),
              new Column(
                  "quoted",
                  BOOLEAN,
                  "",
                  "Whether the mention lies inside quotation marks (reported speech).",
                  "Same rule as `mentions_quoted` in frame_counts.csv."),
              new Column("stance", STRING, "", STANCE_MEANING, STANCE_RULE),
              new Column("speaker", STRING, "", SPEAKER_MEANING, SPEAKER_RULE),
              new Column(
                  "left",
                  STRING,
                  "characters",
                  "Up to 60 characters of the field immediately before the mention.",
                  "Fewer when the field starts sooner; line breaks (CR, LF) are replaced by"
                      + " spaces so a line reads as one line."),
              new Column(
                  "match",
                  STRING,
                  "",
                  "The matched text exactly as in the field.",
                  "`field.substring(start, end)`, line breaks kept as they are."),
              new Column(
                  "right",
                  STRING,
                  "characters",
                  "Up to 60 characters of the field immediately after the mention.",
                  "Fewer when the field ends sooner; line breaks replaced by spaces."),
              new Column(
                  "counted",
                  BOOLEAN,
                  "",
                  "Whether the mention counts in the deduplicated columns of frame_counts.csv.",
                  "`false` for the mentions of a later near-duplicate copy of a story the same"
                      + " source already published (see duplicates.csv); they count in the `_raw`"
                      + " columns only.")));

  /** Who uses a frame, per frame and speaker. */
  public static final TableSchema FRAME_SPEAKERS =
      new TableSchema(
          "frame_speakers.csv",
          "Speakers of frame mentions",
          "One row per frame × speaker × language: the mentions of concordance.csv that are"
              + " attributed to a speaker (`speaker` not empty), counted. Mentions in the outlet's"
              + " own voice have no speaker and are not listed. Speakers are grouped as written"
              + " (`Путин` and `Putin` are two rows; so are grammatical forms a cue leaves"
              + " inflected), so that nothing is merged by a guess; merge them in analysis if"
              + " needed.",
          "frame, then mentions (descending), then speaker, then lang",
          List.of(
              FRAME,
              new Column(
                  "speaker",
                  STRING,
                  "",
                  "The speaker as written in the text, as in concordance.csv.",
                  ""),
              new Column("lang", STRING, "", "The language of the documents.", ""),
              new Column(
                  "mentions",
                  INTEGER,
                  "matches",
                  "Mentions of the frame attributed to this speaker.",
                  "Deduplicated, like concordance.csv."),
              new Column(
                  "mentions_endorsed",
                  INTEGER,
                  "matches",
                  "Of these, mentions with stance `endorsed`.",
                  ""),
              new Column(
                  "mentions_reported",
                  INTEGER,
                  "matches",
                  "Of these, mentions with stance `reported`: the speaker is relayed without"
                      + " distance.",
                  ""),
              new Column(
                  "mentions_distanced",
                  INTEGER,
                  "matches",
                  "Of these, mentions with stance `distanced`: the speaker disputes or denies the"
                      + " frame, or the outlet distances itself from the speaker's words.",
                  ""),
              new Column(
                  "docs", INTEGER, "documents", "Documents with at least one such mention.", ""),
              new Column(
                  "sources",
                  INTEGER,
                  "sources",
                  "Distinct sources that attribute the frame to this speaker.",
                  ""),
              new Column(
                  "first_date", DATE, "", "The earliest publication day of such a mention.", ""),
              new Column(
                  "last_date", DATE, "", "The latest publication day of such a mention.", "")));

  // --- frame_vs_baseline.csv and its by-period twin ---------------------------------------

  private static final String COMPARISON_DESCRIPTION =
      "Compares how often each source's documents use the frame with how often the baseline's"
          + " documents do. The baseline is the pooled documents of the sources whose role in the"
          + " source registry is `--baseline-role` (default `expert_skeptic`). A source that is"
          + " itself in the baseline is compared with the OTHER baseline sources (leave-one-out),"
          + " never with a pool containing itself. The comparison is a 2×2 table of documents:"
          + " a = `docs_with_frame`, b = `docs - docs_with_frame` for the source; c ="
          + " `baseline_docs_with_frame`, d = `baseline_docs - baseline_docs_with_frame` for the"
          + " baseline. The unit is the document, not the mention, because mentions in one"
          + " document are not independent.";

  private static final String NOTE_MEANING =
      "Why a value is missing or adjusted: codes joined by `;`, in this order —"
          + " `no_documents` (the source has no documents here: its rate, the ratio, the"
          + " interval and p are empty); `no_baseline_documents` (the baseline pool has no"
          + " documents here: baseline rate, ratio, interval and p are empty); `both_zero`"
          + " (a = c = 0: the ratio is undefined, ratio and interval are empty, p = 1);"
          + " `zero_cell_corrected` (one of a, b, c, d is zero but not both a and c: ratio and"
          + " interval use the Haldane–Anscombe correction, the rates and p do not); `baseline_member_leave_one_out` (the source is itself"
          + " a baseline source, compared with the other baseline sources). Empty when none"
          + " applies.";

  private static List<Column> comparisonColumns(boolean byPeriod) {
    String where = byPeriod ? "in the period" : "over the whole span of the corpus";
    List<Column> columns = new ArrayList<>();
    columns.add(FRAME);
    columns.add(SOURCE);
    if (byPeriod) {
      columns.add(PERIOD);
    }
    columns.add(
        new Column(
            "docs_with_frame",
            INTEGER,
            "documents",
            "a: documents of the source " + where + " with at least one mention of the frame.",
            "Title or text; a document counts once."));
    columns.add(
        new Column(
            "docs",
            INTEGER,
            "documents",
            "a + b: all documents of the source " + where + ".",
            "Documents indexed after ingest."));
    columns.add(
        new Column(
            "rate_per_1k",
            DECIMAL,
            "documents per 1,000 documents",
            "The source's document rate of the frame.",
            "1000 · a / (a + b); empty when the source has no documents."));
    columns.add(
        new Column(
            "baseline_docs_with_frame",
            INTEGER,
            "documents",
            "c: baseline documents " + where + " with at least one mention of the frame.",
            "Summed over the baseline sources, leaving out the source of this row."));
    columns.add(
        new Column(
            "baseline_docs",
            INTEGER,
            "documents",
            "c + d: all baseline documents " + where + ".",
            "Summed over the baseline sources, leaving out the source of this row."));
    columns.add(
        new Column(
            "baseline_rate_per_1k",
            DECIMAL,
            "documents per 1,000 documents",
            "The baseline's document rate of the frame.",
            "1000 · c / (c + d); empty when the baseline has no documents."));
    columns.add(
        new Column(
            "rate_ratio",
            DECIMAL,
            "ratio",
            "Risk ratio: how many times more (> 1) or less (< 1) often the source's documents"
                + " use the frame than the baseline's.",
            "(a / (a + b)) / (c / (c + d)). When both sides have documents and one of a, b, c, d is"
                + " zero (but not both a and c), 0.5 is added to each of a, b, c, d first"
                + " (Haldane–Anscombe; note `zero_cell_corrected`), so the ratio always lies"
                + " inside its interval."
                + " Empty when a = c = 0 or either side has no documents."));
    columns.add(
        new Column(
            "ci_low",
            DECIMAL,
            "ratio",
            "Lower bound of the 95% confidence interval of `rate_ratio`.",
            "Katz log interval: exp(ln RR − 1.959964 · SE), SE = √(1/a − 1/(a + b) + 1/c −"
                + " 1/(c + d)), with the same 0.5 correction as `rate_ratio`. Empty when"
                + " `rate_ratio` is."));
    columns.add(
        new Column(
            "ci_high",
            DECIMAL,
            "ratio",
            "Upper bound of the 95% confidence interval of `rate_ratio`.",
            "exp(ln RR + 1.959964 · SE), as `ci_low`."));
    columns.add(
        new Column(
            "p_value",
            DECIMAL,
            "probability",
            "Probability, if the source and the baseline used the frame at the same document"
                + " rate, of a 2×2 table at least as unlikely as the observed one.",
            "Two-sided Fisher exact test on the uncorrected counts (a, b; c, d), conditional on"
                + " the margins: the sum of the hypergeometric probabilities of all tables with"
                + " the same margins that are no more probable than the observed one (times 1 +"
                + " 1e-7, R's tolerance for ties). Empty when a side has no documents; 1 when a ="
                + " c = 0."));
    columns.add(
        new Column(
            "q_value",
            DECIMAL,
            "probability",
            "The p-value adjusted for testing many frame × source"
                + (byPeriod ? " × period" : "")
                + " pairs: the smallest false discovery rate at which this row would be called"
                + " significant.",
            "Benjamini–Hochberg over the m rows of this table that have a p-value (rows with an"
                + " empty p are left out of the family and have an empty q): with p sorted"
                + " ascending, q(i) = min over j ≥ i of min(1, m · p(j) / j)."));
    columns.add(new Column("note", STRING, "", NOTE_MEANING, ""));
    String undistanced =
        " counting only documents with at least one mention of the frame that is not distanced"
            + " (stance `endorsed` or `reported`, see concordance.csv)";
    columns.add(
        new Column(
            "docs_with_frame_undistanced",
            INTEGER,
            "documents",
            "a′: documents of the source " + where + undistanced + ".",
            "`docs_with_frame_undistanced` of frame_counts.csv, summed. The denominator is `docs`"
                + " as above."));
    columns.add(
        new Column(
            "rate_per_1k_undistanced",
            DECIMAL,
            "documents per 1,000 documents",
            "As `rate_per_1k`," + undistanced + ".",
            "1000 · a′ / (a + b)."));
    columns.add(
        new Column(
            "baseline_docs_with_frame_undistanced",
            INTEGER,
            "documents",
            "c′: baseline documents " + where + undistanced + ".",
            "Summed over the baseline sources, leaving out the source of this row."));
    columns.add(
        new Column(
            "baseline_rate_per_1k_undistanced",
            DECIMAL,
            "documents per 1,000 documents",
            "As `baseline_rate_per_1k`," + undistanced + ".",
            "1000 · c′ / (c + d)."));
    columns.add(
        new Column(
            "rate_ratio_undistanced",
            DECIMAL,
            "ratio",
            "As `rate_ratio`, from a′ and c′: the ratio that does not count a baseline expert's"
                + " disputing of the frame as use of it.",
            "Same estimator and correction as `rate_ratio`, on (a′, a + b − a′; c′, c + d − c′)."));
    columns.add(
        new Column(
            "ci_low_undistanced",
            DECIMAL,
            "ratio",
            "Lower bound of the 95% confidence interval of `rate_ratio_undistanced`.",
            "As `ci_low`."));
    columns.add(
        new Column(
            "ci_high_undistanced",
            DECIMAL,
            "ratio",
            "Upper bound of the 95% confidence interval of `rate_ratio_undistanced`.",
            "As `ci_high`."));
    columns.add(
        new Column(
            "p_value_undistanced",
            DECIMAL,
            "probability",
            "As `p_value`, for the undistanced counts.",
            "Two-sided Fisher exact test on (a′, a + b − a′; c′, c + d − c′)."));
    columns.add(
        new Column(
            "q_value_undistanced",
            DECIMAL,
            "probability",
            "`p_value_undistanced` adjusted for testing many pairs.",
            "Benjamini–Hochberg over the rows of this table with a `p_value_undistanced`, a"
                + " family separate from `p_value`'s."));
    columns.add(
        new Column(
            "note_undistanced",
            STRING,
            "",
            "As `note`, for the undistanced comparison.",
            "The same codes as `note`."));
    return columns;
  }

  /** Each source's frame rate against the baseline over the whole span. */
  public static final TableSchema FRAME_VS_BASELINE =
      new TableSchema(
          "frame_vs_baseline.csv",
          "Frame rate of each source against the baseline, whole span",
          COMPARISON_DESCRIPTION
              + " One row per frame × source of the registry, over the whole span of the"
              + " corpus. q-values are adjusted across all rows of this table.",
          "frame, source",
          comparisonColumns(false));

  /** Each source's frame rate against the baseline, period by period. */
  public static final TableSchema FRAME_VS_BASELINE_BY_PERIOD =
      new TableSchema(
          "frame_vs_baseline_by_period.csv",
          "Frame rate of each source against the baseline, per period",
          COMPARISON_DESCRIPTION
              + " One row per frame × source × period (`--period`) in which the source or the"
              + " baseline has at least one document; the baseline is pooled within the same"
              + " period. q-values are adjusted across all rows of this table (not per period).",
          "frame, source, period",
          comparisonColumns(true));

  // --- ingest_report.csv and quarantine/quarantine.csv ------------------------------------

  private static final Column INPUT_FILE =
      new Column(
          "file",
          STRING,
          "",
          "The input file, by its path as given to the run (as in the run manifest's inputs).",
          "");

  private static final Column REASON =
      new Column(
          "reason",
          STRING,
          "",
          "Why a record was quarantined: a short code such as a missing or malformed field.",
          "One code per rejected record: the first check it failed.");

  /** What ingest read, kept and rejected, per input file. */
  public static final TableSchema INGEST_REPORT =
      new TableSchema(
          "ingest_report.csv",
          "Ingest report",
          "Per input file one totals row (`reason` empty) and then one row per reason for which"
              + " records were quarantined. On a totals row `records_read = indexed + duplicates"
              + " + quarantined` and `reason_count` is empty; on a reason row only `reason` and"
              + " `reason_count` are filled, and the `reason_count`s of a file add up to its"
              + " `quarantined`. Every column can thus be summed over the file without counting"
              + " anything twice.",
          "file, then reason (the empty reason, i.e. the totals row, first)",
          List.of(
              INPUT_FILE,
              new Column(
                  "records_read",
                  INTEGER,
                  "records",
                  "Records read from the file (totals row only).",
                  ""),
              new Column(
                  "indexed",
                  INTEGER,
                  "documents",
                  "Records that became documents in the index (totals row only).",
                  ""),
              new Column(
                  "quarantined",
                  INTEGER,
                  "records",
                  "Records rejected and written to quarantine/quarantine.csv (totals row only).",
                  ""),
              new Column(
                  "unknown_source",
                  INTEGER,
                  "documents",
                  "Indexed documents whose source is not in the source registry (totals row"
                      + " only).",
                  "They are kept, with role `other`, so they never enter the baseline."),
              new Column(
                  "duplicates",
                  INTEGER,
                  "documents",
                  "Near-duplicate copies left out of the deduplicated counts (totals row only).",
                  "They stay in the index and in the `_raw` counts; see duplicates.csv."),
              new Column(
                  "language_detected",
                  INTEGER,
                  "documents",
                  "Indexed documents whose language was set by detection (totals row only).",
                  "With `--detect-lang missing` (the default) the documents without a `lang`; with"
                      + " `always` every document whose detected language differs from the"
                      + " declared one. Letters first, then OpenNLP's language model; `und` when"
                      + " unsure."),
              new Column(
                  "mojibake_repaired",
                  INTEGER,
                  "documents",
                  "Indexed documents whose title or text was repaired from mojibake (totals row"
                      + " only).",
                  "UTF-8 read as cp1251, KOI8-R/U or Latin-1 (and cp1251 read as Latin-1),"
                      + " detected by a strict re-decoding and repaired only where the result is"
                      + " plausible text."),
              REASON,
              new Column(
                  "reason_count",
                  INTEGER,
                  "records",
                  "Records of the file quarantined for this reason (reason rows only).",
                  "")));

  /** Every rejected record with the reason, kept so that nothing disappears silently. */
  public static final TableSchema QUARANTINE =
      new TableSchema(
          "quarantine/quarantine.csv",
          "Quarantined records",
          "One row per input record that ingest rejected, with enough to find it, to understand"
              + " why, and to repair it. Its rows per file and reason add up to `reason_count` in"
              + " ingest_report.csv.",
          "file, line",
          List.of(
              INPUT_FILE,
              new Column(
                  "line",
                  INTEGER,
                  "lines",
                  "The line of the file on which the record starts, counting from 1.",
                  "Physical lines: a CSV record with line breaks inside quotes starts on its"
                      + " first line."),
              REASON,
              new Column(
                  "detail",
                  STRING,
                  "",
                  "What was found and what was expected, in words (e.g. which field).",
                  ""),
              new Column(
                  "raw",
                  STRING,
                  "",
                  "The record as it was read from the file.",
                  "Its text as decoded from UTF-8, line breaks kept.")));

  /**
   * The gold set scored under each analysis chain of each language ({@code
   * frames.evaluation.AnalysisComparison}): how the chain of a language was chosen. Not a pipeline
   * output (not in {@link #all()}): written by the evaluation, once per lexicon and gold set.
   */
  public static final TableSchema ANALYSIS_COMPARISON =
      new TableSchema(
          "analysis_comparison.csv",
          "Matching quality per language under each analysis chain",
          "One row per language of the gold set × analysis chain of that language (the"
              + " language's default chain first). For each row the lexicon is compiled with that"
              + " chain for the language (every other language keeps its default) and matched"
              + " against the language's gold documents after homoglyph folding; a reported"
              + " mention is right when a hand-marked mention of the same frame has exactly the"
              + " same span. Counts are summed over all frames of the language.",
          "lang, then the order of the language's chains (default first)",
          List.of(
              new Column("lang", STRING, "", "The language of the gold documents.", ""),
              new Column(
                  "chain",
                  STRING,
                  "",
                  "The analysis chain's id, `lang:name` (e.g. `ru:snowball`), as `index.json` and"
                      + " `manifest.json` record it.",
                  ""),
              new Column(
                  "is_default",
                  BOOLEAN,
                  "",
                  "Whether the chain is the one the language gets unless another is chosen.",
                  ""),
              new Column("gold", INTEGER, "mentions", "Hand-marked mentions in the language.", ""),
              new Column("predicted", INTEGER, "mentions", "Mentions the matcher reported.", ""),
              new Column(
                  "true_positives",
                  INTEGER,
                  "mentions",
                  "Reported mentions marked at exactly the same span and frame.",
                  "Each marked mention matches at most one reported mention."),
              new Column(
                  "precision",
                  DECIMAL,
                  "",
                  "Strict precision.",
                  "true_positives / predicted; empty when predicted is 0."),
              new Column(
                  "recall",
                  DECIMAL,
                  "",
                  "Strict recall.",
                  "true_positives / gold; empty when gold is 0."),
              new Column(
                  "f1",
                  DECIMAL,
                  "",
                  "Harmonic mean of strict precision and recall.",
                  "2 · true_positives / (gold + predicted); empty when gold or predicted is 0."),
              new Column(
                  "false_hits",
                  INTEGER,
                  "mentions",
                  "Reported mentions not marked at their span.",
                  "predicted − true_positives; a boundary disagreement counts here too."),
              new Column(
                  "hard_negative_hits",
                  INTEGER,
                  "mentions",
                  "False hits on a hard negative: a phrase that looks like a frame but must not"
                      + " count (`foreign fighter jets`, `террористическая угроза`).",
                  "False hits overlapping an occurrence of a phrase of the gold set's"
                      + " `hard_negatives.csv` in the same title or text."),
              new Column(
                  "description",
                  STRING,
                  "",
                  "The chain's steps: char filters, tokenizer, token filters.",
                  "")));

  // --- attribution_quality.csv and attribution_errors.csv (narrascope evaluate) -----------

  private static final String ATTRIBUTION_SCOPE =
      " Measured on the gold mentions the frame matcher found at exactly their span (strict true"
          + " positives of matching_quality.csv), so a matching error never counts as an"
          + " attribution error. Speaker and stance come from `MentionAttributor` (cue rules per"
          + " language, `attribution-cues.yaml`); the gold ones from `corpus/gold/mentions.csv`.";

  /** Speaker and stance quality of the attributor against the gold set, per language. */
  public static final TableSchema ATTRIBUTION_QUALITY =
      new TableSchema(
          "attribution_quality.csv",
          "Mention attribution quality against the gold set",
          "One row per language of the gold documents, then the overall row (`ALL`)."
              + ATTRIBUTION_SCOPE
              + " A speaker is right only when it equals the coded one character for character.",
          "lang (the `ALL` row last)",
          List.of(
              new Column(
                  "lang",
                  STRING,
                  "",
                  "The language of the gold documents; `ALL` on the overall row.",
                  ""),
              new Column(
                  "mentions",
                  INTEGER,
                  "mentions",
                  "Gold mentions found at their exact span and attributed.",
                  ""),
              new Column(
                  "stance_correct",
                  INTEGER,
                  "mentions",
                  "Mentions whose predicted stance (endorsed, reported, distanced) is the coded"
                      + " one.",
                  ""),
              new Column(
                  "stance_accuracy",
                  DECIMAL,
                  "",
                  "The share of mentions with the right stance.",
                  "stance_correct / mentions; empty when mentions is 0."),
              new Column(
                  "speaker_marked",
                  INTEGER,
                  "mentions",
                  "Mentions whose coded speaker is not empty.",
                  ""),
              new Column(
                  "speaker_exact",
                  INTEGER,
                  "mentions",
                  "Of `speaker_marked`, mentions whose predicted speaker equals the coded one.",
                  "Exact string equality, case included."),
              new Column(
                  "speaker_accuracy",
                  DECIMAL,
                  "",
                  "Speaker exact match where the gold marks a speaker.",
                  "speaker_exact / speaker_marked; empty when speaker_marked is 0."),
              new Column(
                  "speaker_unmarked",
                  INTEGER,
                  "mentions",
                  "Mentions whose coded speaker is empty (the outlet's own voice or an unnamed"
                      + " one).",
                  ""),
              new Column(
                  "speaker_invented",
                  INTEGER,
                  "mentions",
                  "Of `speaker_unmarked`, mentions given a speaker all the same.",
                  ""),
              new Column(
                  "invented_rate",
                  DECIMAL,
                  "",
                  "The rate of invented speakers.",
                  "speaker_invented / speaker_unmarked; empty when speaker_unmarked is 0."),
              new Column(
                  "endorsed_as_endorsed",
                  INTEGER,
                  "mentions",
                  "Mentions coded `endorsed` that the attributor called `endorsed` (a cell of the 3×3"
                      + " confusion matrix).",
                  ""),
              new Column(
                  "endorsed_as_reported",
                  INTEGER,
                  "mentions",
                  "Mentions coded `endorsed` that the attributor called `reported` (a cell of the 3×3"
                      + " confusion matrix).",
                  ""),
              new Column(
                  "endorsed_as_distanced",
                  INTEGER,
                  "mentions",
                  "Mentions coded `endorsed` that the attributor called `distanced` (a cell of the 3×3"
                      + " confusion matrix).",
                  ""),
              new Column(
                  "reported_as_endorsed",
                  INTEGER,
                  "mentions",
                  "Mentions coded `reported` that the attributor called `endorsed` (a cell of the 3×3"
                      + " confusion matrix).",
                  ""),
              new Column(
                  "reported_as_reported",
                  INTEGER,
                  "mentions",
                  "Mentions coded `reported` that the attributor called `reported` (a cell of the 3×3"
                      + " confusion matrix).",
                  ""),
              new Column(
                  "reported_as_distanced",
                  INTEGER,
                  "mentions",
                  "Mentions coded `reported` that the attributor called `distanced` (a cell of the 3×3"
                      + " confusion matrix).",
                  ""),
              new Column(
                  "distanced_as_endorsed",
                  INTEGER,
                  "mentions",
                  "Mentions coded `distanced` that the attributor called `endorsed` (a cell of the 3×3"
                      + " confusion matrix).",
                  ""),
              new Column(
                  "distanced_as_reported",
                  INTEGER,
                  "mentions",
                  "Mentions coded `distanced` that the attributor called `reported` (a cell of the 3×3"
                      + " confusion matrix).",
                  ""),
              new Column(
                  "distanced_as_distanced",
                  INTEGER,
                  "mentions",
                  "Mentions coded `distanced` that the attributor called `distanced` (a cell of the 3×3"
                      + " confusion matrix).",
                  "")));

  /** Every found gold mention whose predicted speaker or stance is wrong. */
  public static final TableSchema ATTRIBUTION_ERRORS =
      new TableSchema(
          "attribution_errors.csv",
          "Mention attribution errors against the gold set",
          "One row per gold mention found at its exact span whose predicted stance or speaker"
              + " differs from the coded one."
              + ATTRIBUTION_SCOPE,
          "doc_id, field (title before text), start, frame",
          List.of(
              new Column("doc_id", STRING, "", "The gold document's id.", ""),
              new Column("lang", STRING, "", "The document's language.", ""),
              new Column("field", STRING, "", "`title` or `text`.", ""),
              FRAME,
              new Column(
                  "start",
                  INTEGER,
                  "UTF-16 code units",
                  "Index of the span's first character in the field (a Java String index).",
                  ""),
              new Column(
                  "end",
                  INTEGER,
                  "UTF-16 code units",
                  "Index after the span's last character.",
                  ""),
              new Column("surface", STRING, "", "The span as written in the field.", ""),
              new Column("gold_stance", STRING, "", "The coded stance.", ""),
              new Column("predicted_stance", STRING, "", "The attributor's stance.", ""),
              new Column(
                  "gold_speaker", STRING, "", "The coded speaker; empty when there is none.", ""),
              new Column(
                  "predicted_speaker",
                  STRING,
                  "",
                  "The attributor's speaker; empty when there is none.",
                  ""),
              new Column(
                  "context",
                  STRING,
                  "",
                  "The span with up to 80 characters either side, the span between `[[` and `]]`.",
                  "Cut from the original field text; line breaks are kept.")));

  /** All tables, in the order of {@code results/SCHEMA.md}. */
  // --- phrase_candidates.csv and phrase_clusters.csv (discover) --------------------------

  private static final Column PHRASE =
      new Column(
          "phrase",
          STRING,
          "",
          "The phrase as most often written in the corpus (its most frequent surface form, ties"
              + " broken by the first in String order).",
          "A word n-gram of 2 to 4 words (--min-n/--max-n) inside one segment of a title or text:"
              + " never across a sentence boundary, a comma, a quotation mark or a dash. Inflected"
              + " forms are one phrase: n-grams are counted by their analysed key, the words"
              + " through the language's analysis chain (first term at each position), and a"
              + " phrase starting or ending with a stop word is not a candidate.");

  private static final Column PHRASE_LANG =
      new Column(
          "lang",
          STRING,
          "",
          "The language of the documents the phrase was counted in (ISO 639-1).",
          "Each language is counted, scored and clustered on its own; documents of undetermined"
              + " language and later near-duplicate copies are left out.");

  private static final Column PHRASE_MENTIONS =
      new Column(
          "mentions",
          INTEGER,
          "occurrences",
          "Occurrences of the phrase (any inflection) in titles and texts of the language.",
          "Overlapping occurrences of different phrases all count.");

  /** The ranked phrase candidates of each language. */
  public static final TableSchema PHRASE_CANDIDATES =
      new TableSchema(
          "phrase_candidates.csv",
          "Framing phrase candidates",
          "Word n-grams that may express a frame the lexicon does not yet have, per language: at"
              + " least --min-count mentions in at least 5 documents and NPMI ≥ 0.25; phrases the"
              + " lexicon already matches (they overlap a lexicon mention in at least half of their"
              + " occurrences) are left out, and so is a phrase contained in a longer kept phrase"
              + " that has at least 80 % of its mentions. Ranked by |keyness_z| · (1 − near_seed)"
              + " and cut at --top per language.",
          "lang, then rank (score descending, then mentions descending, then the analysed key)",
          List.of(
              PHRASE,
              PHRASE_LANG,
              PHRASE_MENTIONS,
              new Column(
                  "docs", INTEGER, "documents", "Documents with at least one occurrence.", ""),
              new Column("sources", INTEGER, "sources", "Distinct sources with an occurrence.", ""),
              new Column(
                  "npmi",
                  DECIMAL,
                  "",
                  "Collocation strength: normalised pointwise mutual information of the phrase and"
                      + " its words, in [-1, 1]; 1 when the words occur only together, 0 at"
                      + " chance.",
                  "ln(p(x) / Π p(w_i)) / ((n − 1) · −ln p(x)) with p = count / words of the"
                      + " language; Bouma's NPMI for two words, total correlation normalised by its"
                      + " maximum for more."),
              new Column(
                  "g2",
                  DECIMAL,
                  "",
                  "Dunning's log-likelihood ratio G² of the phrase against its parts (unsigned).",
                  "2 Σ O ln(O/E) over the 2×2 table of the phrase's first part and second part;"
                      + " for 3–4 words the smaller of the two edge splits (first word | rest, all"
                      + " but the last word | last word)."),
              new Column(
                  "keyness_z",
                  DECIMAL,
                  "standard deviations",
                  "How much more official and state-media sources use the phrase than the"
                      + " expert_skeptic baseline: positive = official side, negative = baseline.",
                  "z-score of the log-odds ratio with an informative Dirichlet prior (Monroe,"
                      + " Colaresi & Quinn 2008), prior = the phrase's counts in all documents of"
                      + " the language (α_w = mentions, α_0 = words of the language), groups ="
                      + " words of official+state_media vs expert_skeptic documents; in a language"
                      + " without one of the two groups, the other group vs all remaining"
                      + " documents of the language."),
              new Column(
                  "near_seed",
                  DECIMAL,
                  "share",
                  "Share of the phrase's occurrences within 25 words of a lexicon mention in the"
                      + " same field that they do not overlap.",
                  "Lexicon mentions are found with the frame matcher, as for concordance.csv.")));

  /** Every clustered phrase with its cluster, label and nearest lexicon frame. */
  public static final TableSchema PHRASE_CLUSTERS =
      new TableSchema(
          "phrase_clusters.csv",
          "Framing phrase clusters",
          "The candidates of phrase_candidates.csv together with the lexicon's own variants found"
              + " in the corpus (the seeds), clustered per language by the contexts they occur in:"
              + " PPMI context vectors (5 words each side, same sentence, stop words and numbers"
              + " left out) reduced to 40 dimensions by truncated SVD, Ward's agglomerative"
              + " clustering with the number of clusters (2 to 40 per language) chosen by the"
              + " mean silhouette under the cosine distance."
              + " A cluster whose centroid is close to a frame's seed mentions is a family of"
              + " that frame; one close to none is a new frame.",
          "cluster, then similarity_to_medoid descending, then phrase",
          List.of(
              new Column(
                  "cluster",
                  INTEGER,
                  "",
                  "The cluster's number, from 1, unique across languages.",
                  "Numbered by language, then by size (largest first), then by the label's key."),
              new Column(
                  "label",
                  STRING,
                  "",
                  "The cluster's label: its medoid phrase.",
                  "The member with the largest summed cosine similarity to the other members."),
              PHRASE,
              PHRASE_LANG,
              PHRASE_MENTIONS,
              new Column(
                  "similarity_to_medoid",
                  DECIMAL,
                  "cosine",
                  "Cosine similarity of the phrase's vector and the medoid's (1 for the medoid).",
                  ""),
              new Column(
                  "nearest_frame",
                  STRING,
                  "",
                  "The lexicon frame the cluster belongs to, or `new frame` when none is close"
                      + " enough.",
                  "The frame whose seed centroid (the context vector of all its lexicon mentions in"
                      + " the language) has the highest cosine with the cluster's centroid; `new"
                      + " frame` when that cosine is below 0.5."),
              new Column(
                  "nearest_frame_similarity",
                  DECIMAL,
                  "cosine",
                  "Cosine of the cluster's centroid and the nearest frame's seed centroid.",
                  "Given also for a new frame: how far the nearest frame is.")));

  public static List<TableSchema> all() {
    return List.of(
        FRAME_COUNTS,
        CONCORDANCE,
        FRAME_SPEAKERS,
        FRAME_VS_BASELINE,
        FRAME_VS_BASELINE_BY_PERIOD,
        DUPLICATES,
        INGEST_REPORT,
        QUARANTINE,
        PHRASE_CANDIDATES,
        PHRASE_CLUSTERS);
  }

  /** The full text of {@code results/SCHEMA.md}. */
  public static String schemaMarkdown() {
    return SchemaDocument.render(all(), INTRO);
  }
}
