package org.narrascope.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrascope.NarrascopeException;
import org.narrascope.frames.attribution.MentionStance;

/** Aligned text, CSV and TSV listings; widths in characters, surrogate pairs never cut. */
class KwicFormatterTest {
  static final ConcordanceEntry RU =
      new ConcordanceEntry(
          "hw-ru-01",
          LocalDate.of(2022, 1, 5),
          "severny_telegraf",
          "ru",
          "text",
          496,
          516,
          true,
          MentionStance.REPORTED,
          "Путин",
          "заявил, что это «",
          "майданные технологии",
          "», и добавил");
  static final ConcordanceEntry EN =
      new ConcordanceEntry(
          "e7",
          LocalDate.of(2022, 1, 12),
          "eurasia_policy_review",
          "en",
          "title",
          0,
          12,
          false,
          MentionStance.ENDORSED,
          "",
          "",
          "Coup attempt",
          "? A \"view\", with, commas");

  @Test
  void textLinesAlignTheMetadataAndTheMatchColumn() {
    StringBuilder out = new StringBuilder();
    KwicFormatter.of(KwicFormatter.Format.TEXT, 10, KwicFormatter.Highlight.GUILLEMETS)
        .write(List.of(RU, EN), out);
    assertThat(out.toString())
        .isEqualTo(
            "hw-ru-01  2022-01-05  severny_telegraf       ru  text   q  reported  Путин   что это «"
                + " «майданные"
                + " технологии» », и добав\n"
                + "e7        2022-01-12  eurasia_policy_review  en  title  -  endorsed         "
                + " ".repeat(10)
                + " «Coup attempt» ? A \"view\"\n");
  }

  @Test
  void widthCountsCharactersAndKeepsSurrogatePairsWhole() {
    // 𝕏 (U+1D54F) is one character made of two UTF-16 units.
    ConcordanceEntry wide =
        new ConcordanceEntry(
            "x",
            LocalDate.of(2022, 1, 1),
            "s",
            "en",
            "text",
            9,
            13,
            false,
            MentionStance.ENDORSED,
            "",
            "ab 𝕏𝕏 c ",
            "coup",
            " 𝕏𝕏𝕏 end");
    assertThat(KwicFormatter.rightAligned("ab 𝕏𝕏 c ", 6)).isEqualTo(" 𝕏𝕏 c ");
    assertThat(KwicFormatter.rightAligned("ab 𝕏𝕏 c ", 12)).isEqualTo("    ab 𝕏𝕏 c ");
    assertThat(KwicFormatter.firstCharacters(" 𝕏𝕏𝕏 end", 3)).isEqualTo(" 𝕏𝕏");
    StringBuilder out = new StringBuilder();
    KwicFormatter.of(KwicFormatter.Format.TEXT, 5, new KwicFormatter.Highlight("[", "]"))
        .write(List.of(wide), out);
    assertThat(out.toString())
        .isEqualTo("x  2022-01-01  s  en  text  -  endorsed    𝕏𝕏 c  [coup]  𝕏𝕏𝕏\n");
  }

  @Test
  void ansiBoldHighlightsTheMatchForATerminal() {
    StringBuilder out = new StringBuilder();
    KwicFormatter.of(KwicFormatter.Format.TEXT, 4, KwicFormatter.Highlight.ANSI_BOLD)
        .write(List.of(EN), out);
    assertThat(out.toString())
        .isEqualTo(
            "e7  2022-01-12  eurasia_policy_review  en  title  -  endorsed         \u001b[1mCoup"
                + " attempt\u001b[0m"
                + " ? A\n");
  }

  @Test
  void csvHasAHeaderCrlfLinesAndQuotesWhereNeeded() {
    StringBuilder out = new StringBuilder();
    KwicFormatter.of(KwicFormatter.Format.CSV, 10, KwicFormatter.Highlight.GUILLEMETS)
        .write(List.of(RU, EN), out);
    assertThat(out.toString())
        .isEqualTo(
            "doc_id,date,source,lang,field,start,end,quoted,stance,speaker,left,match,right\r\n"
                + "hw-ru-01,2022-01-05,severny_telegraf,ru,text,496,516,true,reported,Путин,\" что это «\","
                + "майданные технологии,\"», и добав\"\r\n"
                + "e7,2022-01-12,eurasia_policy_review,en,title,0,12,false,endorsed,,,Coup attempt,"
                + "\"? A \"\"view\"\"\"\r\n");
  }

  @Test
  void tsvHasAHeaderAndNoTabsInsideCells() {
    ConcordanceEntry tabbed =
        new ConcordanceEntry(
            "id\twith tab",
            LocalDate.of(2022, 1, 1),
            "s",
            "en",
            "text",
            0,
            4,
            false,
            MentionStance.ENDORSED,
            "",
            "",
            "coup",
            " d'état");
    StringBuilder out = new StringBuilder();
    KwicFormatter.of(KwicFormatter.Format.TSV, 50, KwicFormatter.Highlight.GUILLEMETS)
        .write(List.of(tabbed), out);
    assertThat(out.toString())
        .isEqualTo(
            "doc_id\tdate\tsource\tlang\tfield\tstart\tend\tquoted\tstance\tspeaker\tleft\tmatch\tright\n"
                + "id with tab\t2022-01-01\ts\ten\ttext\t0\t4\tfalse\tendorsed\t\t\tcoup\t d'état\n");
  }

  @Test
  void anEmptyListingPrintsNothingInTextAndOnlyTheHeaderInCsv() {
    StringBuilder text = new StringBuilder();
    KwicFormatter.of(KwicFormatter.Format.TEXT, 50, KwicFormatter.Highlight.GUILLEMETS)
        .write(List.of(), text);
    assertThat(text.toString()).isEmpty();
    StringBuilder csv = new StringBuilder();
    KwicFormatter.of(KwicFormatter.Format.CSV, 50, KwicFormatter.Highlight.GUILLEMETS)
        .write(List.of(), csv);
    assertThat(csv.toString())
        .isEqualTo(
            "doc_id,date,source,lang,field,start,end,quoted,stance,speaker,left,match,right\r\n");
  }

  @Test
  void theFooterGroupsThousands() {
    assertThat(KwicFormatter.footer(100, 12_345, 4_321, 4, 0.4567))
        .isEqualTo("100 of 12,345 matches in 4,321 documents, 4 shards, 0.46 s");
  }

  @Test
  void formatsAreParsedByNameInAnyCase() {
    assertThat(KwicFormatter.Format.parse("TSV")).isEqualTo(KwicFormatter.Format.TSV);
    assertThatThrownBy(() -> KwicFormatter.Format.parse("json"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage("unknown format 'json'; expected text, csv or tsv");
  }
}
