package org.narrascope.corpus.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.narrascope.NarrascopeException;

class MojibakeRepairTest {
  private static final Charset CP1251 = Charset.forName("windows-1251");
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final Charset KOI8R = Charset.forName("KOI8-R");
  private static final Charset KOI8U = Charset.forName("KOI8-U");

  static Stream<Arguments> utf8Misreadings() {
    return Stream.of(
        Arguments.of(CP1251, Repair.MOJIBAKE_UTF8_AS_CP1251),
        Arguments.of(KOI8R, Repair.MOJIBAKE_UTF8_AS_KOI8R),
        Arguments.of(KOI8U, Repair.MOJIBAKE_UTF8_AS_KOI8U),
        Arguments.of(StandardCharsets.ISO_8859_1, Repair.MOJIBAKE_UTF8_AS_LATIN1));
  }

  @ParameterizedTest
  @MethodSource("utf8Misreadings")
  void everyCleanSentenceRoundTripsExactly(Charset wrong, Repair expected) {
    List<String> sentences = CleanSentences.all();
    int garbled = 0;
    for (String clean : sentences) {
      String mojibake = MojibakeRepair.garble(clean, wrong);
      MojibakeRepair.Repaired repaired = MojibakeRepair.repair(mojibake);
      assertThat(repaired.text()).as("%s via %s", clean, wrong).isEqualTo(clean);
      if (!mojibake.equals(clean)) {
        garbled++;
        assertThat(repaired.repairs())
            .as(clean)
            .containsExactly(repairedAs(expected, wrong, clean));
      } else {
        assertThat(repaired.repairs()).isEmpty();
      }
    }
    assertThat(sentences).hasSize(50);
    // The four pure-ASCII English sentences are the same in every charset.
    assertThat(garbled).isEqualTo(46);
  }

  @ParameterizedTest
  @MethodSource("utf8Misreadings")
  void everyLetterOfEveryAlphabetRoundTrips(Charset wrong, Repair expected) {
    CleanSentences.ALPHABETS
        .codePoints()
        .forEach(
            cp -> {
              String c = new String(Character.toChars(cp));
              for (String clean : List.of(c + "ан " + c + c, "Он " + c + " и " + c + "х.")) {
                assertThat(MojibakeRepair.repair(MojibakeRepair.garble(clean, wrong)).text())
                    .as("%s via %s", clean, wrong)
                    .isEqualTo(clean);
              }
            });
    String all = CleanSentences.ALPHABETS;
    assertThat(MojibakeRepair.repair(MojibakeRepair.garble(all, wrong)).text()).isEqualTo(all);
  }

  @Test
  void cp1251UndefinedByteFromJavaOrBrowsersMapsBackTo0x98() {
    // И is D0 98; windows-1251 has no character for 0x98.
    String java = MojibakeRepair.garble("Иран", CP1251);
    assertThat(java).isEqualTo("Р\uFFFDСЂР°РЅ");
    assertThat(MojibakeRepair.repair(java).text()).isEqualTo("Иран");
    String browser = "Р\u0098СЂР°РЅ";
    assertThat(MojibakeRepair.repair(browser).text()).isEqualTo("Иран");
    assertThat(MojibakeRepair.repair(MojibakeRepair.garble("‘Әлем’ и Ишим", CP1251)).text())
        .isEqualTo("‘Әлем’ и Ишим");
  }

  @Test
  void javaWindows1252LosesFiveBytesSoTheirLettersStayGarbled() {
    StringBuilder notExact = new StringBuilder();
    CleanSentences.ALPHABETS
        .codePoints()
        .forEach(
            cp -> {
              String clean = "Он " + new String(Character.toChars(cp)) + "ва и тут.";
              if (!MojibakeRepair.repair(MojibakeRepair.garble(clean, CP1252))
                  .text()
                  .equals(clean)) {
                notExact.appendCodePoint(cp);
              }
            });
    // Their UTF-8 has 81, 8D, 8F, 90 or 9D, which Java's windows-1252 decodes to U+FFFD.
    assertThat(notExact.toString()).isEqualTo("АЁНсэяҐ”");
    // The rest of such a text is still repaired; only the lost letter's two characters stay.
    assertThat(MojibakeRepair.repair(MojibakeRepair.garble("Токаев сказал", CP1252)).text())
        .isEqualTo("Токаев Ñ\uFFFDказал");
  }

  @Test
  void browserWindows1252KeepsC1ControlsAndRoundTripsEverything() {
    for (String clean : CleanSentences.all()) {
      byte[] utf8 = clean.getBytes(StandardCharsets.UTF_8);
      StringBuilder mojibake = new StringBuilder();
      for (byte b : utf8) {
        String c = new String(new byte[] {b}, CP1252);
        mojibake.append(c.charAt(0) == '\uFFFD' ? (char) (b & 0xFF) : c.charAt(0));
      }
      assertThat(MojibakeRepair.repair(mojibake.toString()).text()).isEqualTo(clean);
    }
  }

  @Test
  void doubleGarblingIsUndoneInTwoPasses() {
    for (String clean : CleanSentences.all()) {
      String twice =
          MojibakeRepair.garble(MojibakeRepair.garble(clean, CP1251), StandardCharsets.ISO_8859_1);
      MojibakeRepair.Repaired repaired = MojibakeRepair.repair(twice);
      assertThat(repaired.text()).isEqualTo(clean);
      if (!twice.equals(clean)) {
        assertThat(repaired.repairs())
            .containsExactlyInAnyOrder(
                Repair.MOJIBAKE_UTF8_AS_LATIN1, Repair.MOJIBAKE_UTF8_AS_CP1251);
      }
    }
  }

  @Test
  void partialGarblingRepairsTheGarbledWordsOnly() {
    String text =
        "Заявление «"
            + MojibakeRepair.garble("Назарбаева", CP1251)
            + "» и "
            + MojibakeRepair.garble("Токаева", CP1251)
            + " 🔥 Рівне";
    MojibakeRepair.Repaired repaired = MojibakeRepair.repair(text);
    assertThat(repaired.text()).isEqualTo("Заявление «Назарбаева» и Токаева 🔥 Рівне");
    assertThat(repaired.repairs()).containsExactly(Repair.MOJIBAKE_UTF8_AS_CP1251);

    String withEmoji = "🔥 " + MojibakeRepair.garble("Срочно и важно: г. Алматы", CP1251);
    assertThat(MojibakeRepair.repair(withEmoji).text()).isEqualTo("🔥 Срочно и важно: г. Алматы");

    String oneWord = "Сегодня " + MojibakeRepair.garble("Токаев", KOI8R) + " выступил";
    assertThat(MojibakeRepair.repair(oneWord).text()).isEqualTo("Сегодня Токаев выступил");
  }

  @Test
  void cp1251ReadAsLatin1OrWindows1252RoundTripsForRussianUkrainianBelarusian() {
    int roundTrips = 0;
    for (Charset wrong : List.of(StandardCharsets.ISO_8859_1, CP1252)) {
      for (List<String> language :
          List.of(CleanSentences.RU, CleanSentences.UK, CleanSentences.BE)) {
        for (String clean : language) {
          if (!CP1251.newEncoder().canEncode(clean)) {
            continue; // emoji, ʼ
          }
          String mojibake = MojibakeRepair.garble(clean, CP1251, wrong);
          MojibakeRepair.Repaired repaired = MojibakeRepair.repair(mojibake);
          assertThat(repaired.text()).as("%s via %s", mojibake, wrong).isEqualTo(clean);
          assertThat(repaired.repairs()).containsExactly(Repair.MOJIBAKE_CP1251_AS_LATIN1);
          roundTrips++;
        }
      }
    }
    // 30 sentences less the emoji one (ru) and the ʼ one (uk), in two charsets.
    assertThat(roundTrips).isEqualTo(56);
    assertThat(MojibakeRepair.garble("Президент", CP1251, StandardCharsets.ISO_8859_1))
        .isEqualTo("Ïðåçèäåíò");
  }

  @Test
  void garblingWithALegacyCharsetThatLacksALetterFails() {
    assertThatThrownBy(() -> MojibakeRepair.garble("Қаңтар", CP1251, StandardCharsets.ISO_8859_1))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageContaining("windows-1251");
  }

  @Test
  void cleanTextIsNeverTouched() {
    List<String> clean = new ArrayList<>(CleanSentences.all());
    clean.add(CleanSentences.ALPHABETS);
    clean.addAll(
        List.of(
            "Le café est très bon à Paris, déjà vu.",
            "Über die Straße gehen Öl-Händler für 5 €.",
            "Qazaqstan Respýblıkasynyń Prezıdenti: jańa Qazaqstan.",
            "Ошибка � в тексте осталась.",
            "ООО «Ромашка-С» и «Р» — бренды; Рівне, Сіті, Ріо.",
            "Ё-моё, ёлки, Сё, Рё, Тё.",
            "ÄÖÜ äöü ß à où ø å",
            "Ð — eth, Ñ — eñe, ° — градус, Ã — тильда."));
    for (String text : clean) {
      MojibakeRepair.Repaired repaired = MojibakeRepair.repair(text);
      assertThat(repaired.text()).as(text).isEqualTo(text);
      assertThat(repaired.repairs()).as(text).isEmpty();
    }
  }

  @Test
  void repairsAreOnlyRecordedWhenSomethingChanged() {
    assertThat(MojibakeRepair.repair("plain ascii").repairs()).isEmpty();
    assertThat(MojibakeRepair.repair("").text()).isEmpty();
    assertThat(MojibakeRepair.repair(MojibakeRepair.garble("канал", CP1251)))
        .isEqualTo(new MojibakeRepair.Repaired("канал", Set.of(Repair.MOJIBAKE_UTF8_AS_CP1251)));
    assertThat(MojibakeRepair.garble("канал", CP1251)).isEqualTo("РєР°РЅР°Р»");
  }

  private static Repair repairedAs(Repair expected, Charset wrong, String clean) {
    // KOI8-U differs from KOI8-R in eight box-drawing slots only; a text that uses none of them
    // reads the same either way and is credited to KOI8-R, which is tried first.
    if (wrong.equals(KOI8U)
        && MojibakeRepair.garble(clean, KOI8U).equals(MojibakeRepair.garble(clean, KOI8R))) {
      return Repair.MOJIBAKE_UTF8_AS_KOI8R;
    }
    return expected;
  }
}
