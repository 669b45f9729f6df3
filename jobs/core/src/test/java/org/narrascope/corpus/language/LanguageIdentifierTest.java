package org.narrascope.corpus.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {
  private static LanguageIdentifier identifier;

  @BeforeAll
  static void loadModel() {
    identifier = LanguageIdentifier.load();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ru|Президент России провёл совещание с членами Совета безопасности",
        "uk|Верховна Рада ухвалила закон про підтримку малого бізнесу",
        "kk|Қазақстан Республикасының Үкіметі жаңа бағдарламаны бекітті",
        "en|The government announced new measures to support small businesses",
        "be|Урад Беларусі зацвердзіў новую праграму падтрымкі малога бізнесу",
        "ky|Кыргызстандын өкмөтү чакан бизнести колдоо боюнча жаңы программаны бекитти",
        "uz|Oʻzbekiston hukumati kichik biznesni qoʻllab-quvvatlash dasturini tasdiqladi",
        "az|Azərbaycan hökuməti kiçik biznesi dəstəkləmək üçün yeni proqram təsdiqlədi",
        "de|Die Bundesregierung hat neue Maßnahmen zur Förderung kleiner Unternehmen beschlossen",
        "fr|Le gouvernement a annoncé de nouvelles mesures pour soutenir les petites entreprises",
        "pl|Rząd przyjął nowy program wsparcia dla małych i średnich przedsiębiorstw",
      })
  void identifiesEachRequiredLanguage(String lang, String text) {
    assertThat(identifier.identify(text).lang()).isEqualTo(lang);
  }

  @Test
  void decidesByLettersWhenOnlyOneAlphabetFits() {
    LanguageGuess guess =
        identifier.identify("Київ отримав нові тролейбуси від європейських партнерів");
    assertThat(guess).isEqualTo(new LanguageGuess("uk", 1.0, "letters"));
  }

  @Test
  void asksOpenNlpWhenTheLettersFitSeveralAlphabets() {
    // і fits Ukrainian, Belarusian and Kazakh; и rules out Belarusian, OpenNLP the rest.
    LanguageGuess guess = identifier.identify("Уряд ухвалив новий бюджет на наступний рік");
    assertThat(guess.lang()).isEqualTo("uk");
    assertThat(guess.method()).isEqualTo("opennlp");
    LanguageGuess noUkrainianLetters = identifier.identify("Парламент ухвалив закон про бюджет");
    assertThat(noUkrainianLetters.lang()).isEqualTo("uk");
    assertThat(noUkrainianLetters.method()).isEqualTo("opennlp");
  }

  @Test
  void aRussianTextQuotingOneKazakhWordStaysRussian() {
    String text =
        "Глава государства выступил на заседании в Астане и заявил, что программа «Қазақстан» "
            + "будет продолжена в следующем году вместе с региональными властями и бизнесом";
    assertThat(identifier.identify(text).lang()).isEqualTo("ru");
  }

  @Test
  void tooShortTextsAreUndetermined() {
    assertThat(identifier.identify("Да, нет!"))
        .isEqualTo(new LanguageGuess("und", 0.0, "und:too_short"));
    assertThat(identifier.identify("https://t.me/some_channel/123 12345 🙂"))
        .isEqualTo(new LanguageGuess("und", 0.0, "und:too_short"));
  }

  @Test
  void gibberishIsUndetermined() {
    LanguageGuess guess = identifier.identify("qxz vbnm wrtpl kkjh zzgr xqwv");
    assertThat(guess.lang()).isEqualTo("und");
    assertThat(guess.method()).isEqualTo("und:low_confidence");
  }

  @Test
  void answersWithTwoLetterCodesAndCoversTheRequiredLanguages() {
    assertThat(identifier.supported())
        .contains("ru", "uk", "kk", "en", "be", "ky", "uz", "az", "de", "fr", "pl")
        .doesNotContain("rus", "ukr", "kaz", "und");
  }
}
