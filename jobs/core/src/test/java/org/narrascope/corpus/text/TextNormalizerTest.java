package org.narrascope.corpus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  private final TextNormalizer normalizer = TextNormalizer.standard();

  @Test
  void cleanTextInEveryLanguageIsReturnedUnchanged() {
    for (String clean : CleanSentences.all()) {
      Normalized normalized = normalizer.normalize(clean);
      assertThat(normalized.text()).isEqualTo(clean);
      assertThat(normalized.repairs()).isEmpty();
      assertThat(normalized.unchanged()).isTrue();
    }
  }

  @Test
  void htmlEntitiesAreDecoded() {
    Normalized n =
        normalizer.normalize(
            "Tom &amp; Jerry &quot;x&quot; &#1052;&#x41C;&#X41c; a&nbsp;b &laquo;Майдан&raquo;"
                + " &mdash; &numero;5 &#151; &apos;");
    assertThat(n.text()).isEqualTo("Tom & Jerry \"x\" МММ a\u00A0b «Майдан» — №5 — '");
    assertThat(n.repairs()).containsExactly(Repair.HTML_ENTITIES);
  }

  @Test
  void unknownOrUnterminatedReferencesStay() {
    String text = "a &copy b ?x=1&copy=2 &unknown; &#0; &#xD800; &#99999999; & ; &amp";
    assertThat(HtmlEntities.decode(text)).isSameAs(text);
    assertThat(HtmlEntities.decode("&amp;quot;")).isEqualTo("&quot;");
  }

  @Test
  void zeroWidthCharactersAreRemoved() {
    Normalized n = normalizer.normalize("пере\u200Bворот\u200C \u200Dна\u00ADрод\uFEFF\u2060!");
    assertThat(n.text()).isEqualTo("переворот народ!");
    assertThat(n.repairs()).containsExactly(Repair.ZERO_WIDTH);
  }

  @Test
  void controlCharactersAreRemovedButTabAndNewlineKept() {
    Normalized n = normalizer.normalize("a\u0000b\u0007c\td\ne\u007Ff\u0085g\u009Fh");
    assertThat(n.text()).isEqualTo("abc\td\nefgh");
    assertThat(n.repairs()).containsExactly(Repair.CONTROL_CHARACTERS);
  }

  @Test
  void lineEndingsBecomeLineFeeds() {
    Normalized n = normalizer.normalize("one\r\ntwo\rthree\n\r\nfour");
    assertThat(n.text()).isEqualTo("one\ntwo\nthree\n\nfour");
    assertThat(n.repairs()).containsExactly(Repair.LINE_ENDINGS);
  }

  @Test
  void decomposedLettersAreComposed() {
    Normalized n = normalizer.normalize("Краи\u0306 е\u0308лок");
    assertThat(n.text()).isEqualTo("Край ёлок");
    assertThat(n.text()).hasSize(9);
    assertThat(n.repairs()).containsExactly(Repair.NFC);
  }

  @Test
  void stepsRunInOrderAndEveryRepairIsReported() {
    // Garbled text whose entity, once decoded, is a zero-width space inside a decomposed letter.
    String garbled =
        MojibakeRepair.garble("Попытка переворота", Charset.forName("windows-1251"))
            + " &amp; и&#8203;\u0306\r\n";
    Normalized n = normalizer.normalize(garbled);
    assertThat(n.text()).isEqualTo("Попытка переворота & й\n");
    assertThat(n.repairs())
        .containsExactlyInAnyOrder(
            Repair.MOJIBAKE_UTF8_AS_CP1251,
            Repair.HTML_ENTITIES,
            Repair.ZERO_WIDTH,
            Repair.LINE_ENDINGS,
            Repair.NFC);
  }

  @Test
  void repairCodesAreStableSnakeCase() {
    assertThat(Arrays.stream(Repair.values()).map(Repair::code).collect(Collectors.toList()))
        .containsExactly(
            "mojibake_utf8_as_cp1251",
            "mojibake_utf8_as_koi8r",
            "mojibake_utf8_as_koi8u",
            "mojibake_utf8_as_latin1",
            "mojibake_cp1251_as_latin1",
            "html_entities",
            "control_characters",
            "line_endings",
            "zero_width",
            "nfc");
    assertThat(new Normalized("x", Set.of()).repairs()).isEmpty();
  }
}
