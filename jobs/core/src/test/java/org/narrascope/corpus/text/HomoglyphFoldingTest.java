package org.narrascope.corpus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HomoglyphFoldingTest {
  @Test
  void latinLookAlikesInsideCyrillicWordsBecomeCyrillic() {
    String dodged = "пoпыткa гocудapcтвеннoгo пepeвopoтa, MAЙДAН, TEXHOЛOГИИ";
    String folded = HomoglyphFolding.fold(dodged);
    assertThat(folded).isEqualTo("попытка государственного переворота, МАЙДАН, ТЕХНОЛОГИИ");
    assertThat(folded).hasSameSizeAs(dodged);
    assertThat(HomoglyphFolding.fold("вiйськовi бойовики, мемлекеттiк, Алаh, әpекет"))
        .isEqualTo("військові бойовики, мемлекеттік, Алаһ, әрекет");
    assertThat(HomoglyphFolding.fold("мəлімдеді, Əкімдік")).isEqualTo("мәлімдеді, Әкімдік");
  }

  @Test
  void offsetsStayValid() {
    String dodged = "Тoкаев: «пoпыткa» 🔥 пepeвopoтa";
    String folded = HomoglyphFolding.fold(dodged);
    assertThat(folded).hasSize(dodged.length());
    int at = folded.indexOf("попытка");
    assertThat(at).isEqualTo(9);
    assertThat(dodged.substring(at, at + 7)).isEqualTo("пoпыткa");
    assertThat(folded.indexOf("переворота")).isEqualTo(dodged.indexOf("пepeвopoтa"));
  }

  @Test
  void cyrillicLookAlikesInsideLatinWordsBecomeLatin() {
    // A Cyrillic о in "coup", a Cyrillic К in "Kassym": the Latin letters u, s, m have no
    // Cyrillic twin, so the word is Latin.
    String dodged = "a cоup attempt by Кassym-Jomart";
    String folded = HomoglyphFolding.fold(dodged);
    assertThat(folded).isEqualTo("a coup attempt by Kassym-Jomart");
    assertThat(folded).hasSameSizeAs(dodged);
    // A word whose both scripts hold letters without a twin stays as written.
    assertThat(HomoglyphFolding.fold("Zаявление")).isEqualTo("Zаявление");
  }

  @Test
  void latinWordsAndWordsWithOtherLatinLettersAreLeftAlone() {
    for (String text :
        List.of(
            "English words stay as they are",
            "iPhone",
            "COVID-19",
            "Tokayev",
            "Zаявление",
            "Токаев: iPhone, COVID-19, Tokayev",
            "СМИ и ОДКБ",
            "")) {
      assertThat(HomoglyphFolding.fold(text)).as(text).isSameAs(text);
    }
  }

  @Test
  void mixedScriptWordsAreDetected() {
    assertThat(HomoglyphFolding.hasMixedScript("пoпыткa")).isTrue();
    assertThat(HomoglyphFolding.hasMixedScript("iPhone")).isFalse();
    assertThat(HomoglyphFolding.hasMixedScript("попытка")).isFalse();
    assertThat(HomoglyphFolding.hasMixedScript("COVID-19")).isFalse();
    assertThat(HomoglyphFolding.hasMixedScript("пʼять")).isFalse();
    assertThat(HomoglyphFolding.hasMixedScript("Й")).isFalse();
  }
}
