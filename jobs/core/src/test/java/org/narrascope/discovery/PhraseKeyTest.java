package org.narrascope.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.narrascope.NarrascopeException;

class PhraseKeyTest {
  @Test
  void inflectedFormsOfOnePhraseShareTheirKey() {
    assertThat(PhraseKey.of("ru", "иностранные боевики")).isEqualTo("иностра боевик");
    assertThat(PhraseKey.of("ru", "иностранных боевиков")).isEqualTo("иностра боевик");
    assertThat(PhraseKey.of("ru", "Боевики из-за рубежа")).isEqualTo("боевик из за рубеж");
    assertThat(PhraseKey.of("en", "Foreign Fighters")).isEqualTo("foreign fighter");
  }

  @Test
  void ukrainianTakesTheFirstStackedLemma() {
    assertThat(PhraseKey.of("uk", "іноземні бойовики")).isEqualTo("іноземний бойовик");
  }

  @Test
  void latinLookAlikesAreFoldedAsInTheIndex() {
    assertThat(PhraseKey.of("ru", "пoпыткa переворота"))
        .isEqualTo(PhraseKey.of("ru", "попытка переворота"));
  }

  @Test
  void emptyAndMalformed() {
    assertThat(PhraseKey.of("en", " ... ")).isEmpty();
    assertThatThrownBy(() -> PhraseKey.of("RU", "x")).isInstanceOf(NarrascopeException.class);
  }
}
