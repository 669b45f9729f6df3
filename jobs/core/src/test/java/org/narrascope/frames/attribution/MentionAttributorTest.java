package org.narrascope.frames.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.narrascope.NarrascopeException;
import org.narrascope.frames.QuotationMarks;

/** One hand-written sentence per construction and language, with the exact attribution. */
class MentionAttributorTest {
  private static final MentionAttributor ATTRIBUTOR = MentionAttributor.builtIn();

  static Stream<Arguments> cases() {
    return Stream.of(
        // --- ru ---
        Arguments.of("ru", "Против Казахстана применили [[технологии Майдана]].", "", "endorsed"),
        Arguments.of(
            "ru",
            "Как сообщил президент Токаев, в городе действуют [[террористические банды]].",
            "Токаев",
            "reported"),
        Arguments.of(
            "ru",
            "Путин заявил, что «использовались [[майданные технологии]]».",
            "Путин",
            "reported"),
        Arguments.of(
            "ru",
            "По словам Путина, организаторы рассчитывали на [[майданные технологии]].",
            "Путин",
            "reported"),
        Arguments.of(
            "ru",
            "По словам следователей, [[иностранному боевику]] платили сто долларов.",
            "следователи",
            "reported"),
        Arguments.of(
            "ru", "Ведущий сказал, что это была «[[попытка переворота]]».", "ведущий", "reported"),
        Arguments.of(
            "ru",
            "Официальные лица говорят о так называемых [[иностранных боевиках]].",
            "официальные лица",
            "distanced"),
        Arguments.of(
            "ru",
            "Якобы имевшая место [[попытка переворота]] похожа на оправдание.",
            "",
            "distanced"),
        Arguments.of(
            "ru",
            "В интервью министр заявил, что «никакой [[борьбы элит]] нет».",
            "министр",
            "distanced"),
        Arguments.of(
            "ru",
            "«Мы вышли из-за [[цен на газ]]», – говорит водитель Ерлан Курманов.",
            "Ерлан Курманов",
            "reported"),
        Arguments.of(
            "ru",
            "Зачистка от [[террористических банд]] продолжается, сообщает МВД.",
            "МВД",
            "reported"),
        Arguments.of(
            "ru",
            "Эксперт Семенцов напоминает: «[[Технологии Майдана]] применили без изменений».",
            "Семенцов",
            "reported"),
        Arguments.of("ru", "Кремль: [[цветная революция]] провалилась", "Кремль", "reported"),
        Arguments.of(
            "ru",
            "Версия о [[цветной революции]], которую продвигает Кремль, не подтверждается.",
            "Кремль",
            "distanced"),
        Arguments.of(
            "ru",
            "Жители Жанаозена, с которых всё началось, требуют снизить [[цену на газ]].",
            "жители Жанаозена",
            "reported"),
        Arguments.of(
            "ru",
            "Журналисты поспешили заговорить о [[ценах на газ]], будто дело в них.",
            "журналисты",
            "distanced"),
        // comparison and refutation cues (ru)
        Arguments.of(
            "ru", "Вместо [[цветной революции]] город увидел обычный бунт.", "", "distanced"),
        Arguments.of(
            "ru",
            "Эта [[попытка переворота]] больше похожа на передел собственности.",
            "",
            "distanced"),
        Arguments.of("ru", "Словарь пропаганды: [[цветная революция]] и враги.", "", "distanced"),
        // --- uk ---
        // comparison and refutation cues (uk)
        Arguments.of(
            "uk",
            "Замість [[кольорової революції]] місто отримало звичайний бунт.",
            "",
            "distanced"),
        Arguments.of("uk", "Ця [[спроба перевороту]] радше схожа на чистку.", "", "distanced"),
        Arguments.of("uk", "Де докази, що були [[іноземні бойовики]]?", "", "distanced"),
        Arguments.of(
            "uk", "Те, що сталося, – це [[боротьба за владу]] між кланами.", "", "endorsed"),
        Arguments.of(
            "uk",
            "Токаєв заявив, що Алмати атакували [[терористичні банди]].",
            "Токаєв",
            "reported"),
        Arguments.of(
            "uk",
            "Президент Казахстану Касим-Жомарт Токаєв заявив, що були [[іноземні бойовики]].",
            "Токаєв",
            "reported"),
        Arguments.of(
            "uk",
            "Кремлівські медіа пишуть про нібито [[майданні технології]].",
            "кремлівські медіа",
            "distanced"),
        Arguments.of("uk", "Так звана [[спроба перевороту]] виглядає як чистка.", "", "distanced"),
        Arguments.of(
            "uk",
            "Назарбаєв заперечив чутки про [[боротьбу сім'ї за владу]].",
            "Назарбаєв",
            "distanced"),
        Arguments.of(
            "uk",
            "Це боротьба кланів, а не [[кольорова революція]], про яку говорить Кремль.",
            "Кремль",
            "distanced"),
        Arguments.of(
            "uk",
            "За словами Путіна, ОДКБ не допустить [[кольорових революцій]].",
            "Путін",
            "reported"),
        Arguments.of(
            "uk",
            "Один [[іноземний бойовик]] нібито загинув під час перестрілки.",
            "",
            "distanced"),
        Arguments.of(
            "uk",
            "Протестувальники в Жанаозені вимагають повернути [[ціну на газ]].",
            "протестувальники",
            "reported"),
        Arguments.of("uk", "Уряд заморозив [[ціну на газ]] на пів року.", "", "endorsed"),
        // --- kk ---
        Arguments.of(
            "kk", "Жаңаөзендегі наразылыққа [[газ бағасының]] өсуі себеп болды.", "", "endorsed"),
        Arguments.of(
            "kk",
            "Тоқаевтың айтуынша, [[шетелдік содырлармен]] шайқастар жалғасып жатыр.",
            "Тоқаев",
            "reported"),
        Arguments.of(
            "kk",
            "Президенттің сөзінше, олардың арасында [[шетелдік содырлар]] болған.",
            "Президент",
            "reported"),
        Arguments.of(
            "kk",
            "Мемлекет басшысы Қасым-Жомарт Тоқаев Алматыға [[террористік топтар]] шабуыл"
                + " жасағанын мәлімдеді.",
            "Тоқаев",
            "reported"),
        Arguments.of(
            "kk", "Тоқаев: [[шетелдік содырларға]] тойтарыс берілді", "Тоқаев", "reported"),
        Arguments.of(
            "kk",
            "Бір блогер оқиғаларды «[[майдан технологиялары]]» деп атады.",
            "блогер",
            "reported"),
        Arguments.of(
            "kk",
            "Ресейлік арналар айтып жүрген [[майдан технологиялары]] туралы әңгіменің ешқандай"
                + " негізі жоқ.",
            "ресейлік арналар",
            "distanced"),
        Arguments.of(
            "kk",
            "Кремль кез келген наразылықты [[майдан технологияларына]] телиді.",
            "Кремль",
            "distanced"),
        Arguments.of(
            "kk",
            "Сарапшылардың пікірінше, наразылықтар [[майдан технологияларының]] белгілерін"
                + " көрсетті.",
            "сарапшылар",
            "reported"),
        // a generic source loses the sentence's capital (kk)
        Arguments.of(
            "kk", "Ведомство [[лаңкестік топтар]] ұсталды деп хабарлады.", "ведомство", "reported"),
        // "where is the evidence", a vocabulary of the other side (kk)
        Arguments.of("kk", "[[Шетелдік содырлардың]] дәлелі қайда?", "", "distanced"),
        // --- en ---
        // "where is the evidence", a playbook of the other side (en)
        Arguments.of("en", "Where is the evidence of a [[coup attempt]]?", "", "distanced"),
        Arguments.of(
            "en", "An old playbook: every riot is a [[colour revolution]].", "", "distanced"),
        Arguments.of(
            "en", "A protest over [[LPG prices]] collided with a power struggle.", "", "endorsed"),
        Arguments.of(
            "en",
            "Vladimir Putin said that \"[[Maidan technologies]]\" had been used.",
            "Putin",
            "reported"),
        Arguments.of(
            "en",
            "Kazakh officials claimed that [[foreign militants]] attacked Almaty.",
            "Kazakh officials",
            "distanced"),
        Arguments.of(
            "en",
            "The so-called [[coup d'état attempt]] looks more like a purge.",
            "",
            "distanced"),
        Arguments.of(
            "en",
            "The Ministry rejects speculation about a [[color revolution]].",
            "The Ministry",
            "distanced"),
        Arguments.of(
            "en",
            "\"We are against the [[LPG price]],\" said Nurlan Abenov, a taxi driver.",
            "Nurlan Abenov",
            "reported"),
        Arguments.of(
            "en",
            "The cause was mundane, according to prosecutors: a [[coup attempt]] by insiders.",
            "prosecutors",
            "reported"),
        Arguments.of(
            "en",
            "Analyst Rustam Iskakov said the violence looked like \"an [[elite struggle]] spilling"
                + " into the streets\".",
            "Rustam Iskakov",
            "reported"),
        Arguments.of(
            "en",
            "Human rights groups say there is no evidence of [[terrorist gangs]] crossing the"
                + " border.",
            "",
            "distanced"),
        Arguments.of(
            "en",
            "Foreign Ministry: the country repelled an [[attempted coup]]",
            "Foreign Ministry",
            "reported"),
        // --- rules shared by the languages ---
        Arguments.of(
            "ru",
            "Наши источники убеждены: это [[попытка переворота]], подготовленная заранее.",
            "",
            "endorsed"),
        Arguments.of(
            "en",
            "None of the sites mentioned the [[elite struggle]] that our sources describe.",
            "",
            "endorsed"),
        Arguments.of(
            "ru",
            "По данным МВД Казахстана, среди задержанных есть [[иностранные боевики]].",
            "МВД",
            "reported"),
        Arguments.of(
            "ru",
            "По словам экономиста Гульнары Сейтовой, [[цены на газ]] выросли вдвое.",
            "Гульнара Сейтова",
            "reported"),
        Arguments.of(
            "uk",
            "Це [[боротьба за владу]], а не кольорова революція, про яку говорить Кремль.",
            "",
            "endorsed"),
        Arguments.of(
            "uk",
            "Речник МВС повідомив, що знешкоджено [[терористичну банду]].",
            "речник МВС",
            "reported"),
        Arguments.of(
            "ru",
            "«Никаких [[иностранных боевиков]] у нас не было», — сказал нам житель Жанаозена"
                + " Ерболат Нуров.",
            "Ерболат Нуров",
            "distanced"),
        Arguments.of(
            "ru",
            "В телеэфире звучат рассказы о [[попытках переворота]], хотя дел нет.",
            "телеэфир",
            "distanced"),
        Arguments.of(
            "kk",
            "Биліктің айтуынша, [[шетелдік жауынгерлерде]] автомат көп болған-мыс.",
            "билік",
            "distanced"),
        Arguments.of(
            "en",
            "Moscow's talk of a [[color revolution]] says more about Russian fears.",
            "Moscow",
            "distanced"),
        Arguments.of(
            "en",
            "A guest warned that \"[[color revolutions]] never stop at one country\".",
            "guest",
            "reported"),
        Arguments.of(
            "ru",
            "По мнению экспертов, [[борьба элит]] ещё не закончилась.",
            "эксперты",
            "reported"),
        Arguments.of(
            "uk",
            "«[[Спроба перевороту]] не доведена», – каже юрист форуму Андрій Коваль.",
            "Андрій Коваль",
            "reported"),
        Arguments.of(
            "kk",
            "Президенттің кеңесшісі Нұрлан Садықов: «Елде ешқандай [[түрлі түсті революция]]"
                + " болған жоқ», – деді.",
            "Нұрлан Садықов",
            "distanced"),
        // --- subjects: apposition, prepositional phrases, quotations, names of the field ---
        Arguments.of(
            "en",
            "Dana Kenzhebek, a lawyer for the family, denied any [[power struggle]].",
            "Dana Kenzhebek",
            "distanced"),
        Arguments.of(
            "uk",
            "Аналітик, якого охоче цитують державні канали, називає протести «[[кольоровою"
                + " революцією]]».",
            "аналітик",
            "reported"),
        Arguments.of(
            "en",
            "A presenter on Kremlin-controlled television told viewers about [[foreign"
                + " fighters]].",
            "presenter",
            "reported"),
        Arguments.of(
            "kk",
            "«Біз [[газ бағасына]] қарсымыз», – дейді жүргізуші Ерлан Сапаров.",
            "Ерлан Сапаров",
            "reported"),
        Arguments.of(
            "ru",
            "Соседа Тимура показали по телевизору. Тимур рассказал, что [[цены на газ]] выросли"
                + " вдвое.",
            "Тимур",
            "reported"),
        Arguments.of(
            "kk",
            "Министрлік Шымкентте [[террористік топтың]] ұсталғанын хабарлады.",
            "министрлік",
            "reported"),
        // --- speaker phrases: country, possessive, numeral, verbal "according to" ---
        Arguments.of(
            "ru",
            "Казахстанское МВД сообщило о задержании [[иностранных боевиков]].",
            "МВД",
            "reported"),
        Arguments.of(
            "uk",
            "Президент Киргизстану заявив про [[спробу перевороту]].",
            "Президент",
            "reported"),
        Arguments.of(
            "en",
            "A Russian state agency's evening bulletin described the protests as a [[colour"
                + " revolution]].",
            "Russian state agency",
            "distanced"),
        Arguments.of(
            "en",
            "Three bank employees told reporters they had seen no [[foreign fighters]].",
            "bank employees",
            "distanced"),
        Arguments.of(
            "ru",
            "Как отметил на пресс-конференции депутат Олег Смирнов, [[цены на газ]] выросли.",
            "Олег Смирнов",
            "reported"),
        // --- across sentences ---
        Arguments.of(
            "ru",
            "Сообщения о [[террористических бандах]], которые якобы задержала полиция, не"
                + " подтвердились.",
            "полиция",
            "distanced"),
        Arguments.of(
            "uk",
            "Генпрокуратура оприлюднила обвинувачення. В обвинуваченні йдеться про [[спробу"
                + " перевороту]].",
            "Генпрокуратура",
            "reported"),
        Arguments.of(
            "en",
            "Marat Seitkali, a taxi driver, spoke to us on Monday.\n\n\"There was no [[colour"
                + " revolution]] here,\" he said.",
            "Marat Seitkali",
            "distanced"),
        // --- a medium as the source, and one member of a group ---
        Arguments.of(
            "en",
            "On state television, the protests became a [[colour revolution]].",
            "state television",
            "reported"),
        Arguments.of(
            "uk",
            "На російських каналах говорять про [[кольорову революцію]].",
            "російські канали",
            "reported"),
        Arguments.of(
            "ru",
            "«Это [[борьба кланов]]», — сказал один из протестующих.",
            "протестующий",
            "reported"),
        Arguments.of(
            "en",
            "\"Nobody paid us to protest [[gas prices]],\" one of the drivers said.",
            "driver",
            "reported"),
        Arguments.of(
            "ru",
            "Силовики продолжают зачистку от [[террористических банд]], сообщает МВД республики.",
            "МВД",
            "reported"),
        // --- verbs: joking distances, conviction and presenting report, negated verbs do not ---
        Arguments.of(
            "ru",
            "Одна читательница пошутила, что [[цветная революция]] у неё только на клумбе.",
            "читательница",
            "distanced"),
        Arguments.of(
            "ru", "Другие уверены, что [[борьба кланов]] только начинается.", "другие", "reported"),
        Arguments.of(
            "en",
            "The interior ministry presented the detainees as [[foreign fighters]].",
            "The interior ministry",
            "reported"),
        Arguments.of(
            "en",
            "The government promised that [[gas prices]] would fall.",
            "The government",
            "reported"),
        Arguments.of(
            "en",
            "Putin said the alliance would not allow [[colour revolutions]].",
            "Putin",
            "reported"),
        // --- denial of existence right after the phrase, refutation by name ---
        Arguments.of("kk", "Министр шетелдік [[содырлар]] жоқ деді.", "министр", "distanced"),
        Arguments.of(
            "ru", "Депутат уверен, что [[борьбы кланов]] нет и не было.", "депутат", "distanced"),
        Arguments.of(
            "uk",
            "Аналітик назвала розповіді про [[кольорову революцію]] вигадкою.",
            "аналітик",
            "distanced"),
        // --- source phrases before verbs, participles, complements, roles ---
        Arguments.of(
            "kk",
            "Телеарнаның хабарлауынша, Алматыға [[шетелдік содырлар]] кірді.",
            "телеарна",
            "reported"),
        Arguments.of(
            "uk",
            "Міністр відправив заступника у відставку, попередивши, що [[спроба перевороту]] ще"
                + " можлива.",
            "міністр",
            "reported"),
        Arguments.of(
            "ru",
            "Ведущий одной из вечерних программ назвал протесты «[[цветной революцией]]».",
            "ведущий",
            "reported"),
        Arguments.of(
            "uk",
            "Речник МЗС Казахстану заперечив чутки про [[боротьбу кланів]].",
            "речник МЗС",
            "distanced"),
        Arguments.of(
            "ru",
            "«Никаких [[иностранных боевиков]] мы не видели», — сказал нам водитель из Актау"
                + " Нурлан Сеитов.",
            "Нурлан Сеитов",
            "distanced"),
        Arguments.of(
            "ru",
            "Наш обозреватель Ирина Котова считает, что [[борьба кланов]] продолжится.",
            "Ирина Котова",
            "reported"),
        Arguments.of(
            "kk",
            "Бас прокуратураның баспасөз хатшысы [[террористік топтар]] туралы мәлімдеді.",
            "Бас прокуратураның баспасөз хатшысы",
            "reported"),
        Arguments.of(
            "kk",
            "Павлодарлық оқырман Айгүл бізге: «[[Газ бағасы]] тым қымбат», – деді.",
            "Айгүл",
            "reported"),
        Arguments.of(
            "ru",
            "Один из читателей краток: «[[Газ подорожал]], вот и всё».",
            "читатель",
            "reported"),
        // --- denial over a place phrase; a statement with its own author; a closed relative ---
        Arguments.of(
            "uk",
            "Тепер очевидно, що [[кольорової революції]] в Казахстані не було.",
            "",
            "distanced"),
        Arguments.of(
            "ru",
            "Президент выступил вчера. Для нас очевидно: обращение Назарбаева ничего не меняет в"
                + " [[борьбе за власть]].",
            "",
            "endorsed"),
        Arguments.of(
            "ru",
            "Аналитик Олег Ким выступил первым. Повод, о котором он говорит, — это [[рост цен на"
                + " газ]].",
            "",
            "endorsed"),
        Arguments.of(
            "ru",
            "По мнению многих блогеров, главная тема недели — [[попытка переворота]].",
            "блогеры",
            "reported"),
        Arguments.of(
            "en",
            "An embassy spokeswoman said the [[coup attempt]] had been foiled.",
            "embassy spokeswoman",
            "reported"),
        // --- function words, subject relatives, appositive names, owners, labels ---
        Arguments.of(
            "ru",
            "Читательница из Костаная пишет: «По радио весь день твердят про „[[иностранных"
                + " боевиков]]“, а у нас тишина».",
            "читательница",
            "distanced"),
        Arguments.of(
            "en",
            "Peskov, who told reporters that [[Maidan technologies]] were at work, left early.",
            "Peskov",
            "reported"),
        Arguments.of(
            "uk",
            "Мер закликав підтримати депутата, який раніше говорив про [[спробу перевороту]].",
            "депутат",
            "reported"),
        Arguments.of(
            "ru",
            "Другой водитель, Марат, добавил: «Это была [[борьба кланов]]».",
            "Марат",
            "reported"),
        Arguments.of(
            "ru",
            "Окружение Масимова отрицает любую [[борьбу за власть]].",
            "окружение Масимова",
            "distanced"),
        Arguments.of(
            "ru",
            "Пенсионерка из Атырау: «Нам нужны низкие [[цены на газ]]»",
            "пенсионерка",
            "reported"),
        Arguments.of(
            "kk",
            "Бірақ министрліктің баспасөз хатшысы [[билік үшін күрестің]] болғанын жоққа шығарды.",
            "министрліктің баспасөз хатшысы",
            "distanced"),
        // --- an attribution set into the quotation, titles with "of", whose view, group part ---
        Arguments.of(
            "ru",
            "«Никаких [[иностранных боевиков]] тут не было, — сказал депутат. — Это сказки».",
            "депутат",
            "distanced"),
        Arguments.of(
            "en",
            "The Minister of Internal Affairs, speaking on Monday, said that [[terrorist gangs]]"
                + " had been destroyed.",
            "The Minister of Internal Affairs",
            "reported"),
        Arguments.of(
            "ru",
            "Для Кремля каждый массовый протест — это [[цветная революция]].",
            "Кремль",
            "distanced"),
        Arguments.of(
            "kk",
            "Сарапшылардың басым бөлігі мұны [[билік үшін күрес]] деп санайды.",
            "сарапшылар",
            "reported"),
        // --- a language without cues ---
        Arguments.of("de", "Die [[Farbrevolution]] blieb aus.", "", "endorsed"),
        Arguments.of("de", "Er sprach von einer „[[Farbrevolution]]“.", "", "reported"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void attributesEachConstruction(String lang, String marked, String speaker, String stance) {
    assertThat(attribute(lang, marked, false))
        .isEqualTo(new Attribution(speaker, MentionStance.parse(stance)));
  }

  /** Attributes the mention marked {@code [[...]]} in {@code marked}. */
  private static Attribution attribute(String lang, String marked, boolean institutional) {
    int start = marked.indexOf("[[");
    int end = marked.indexOf("]]") - 2;
    String text = marked.replace("[[", "").replace("]]", "");
    boolean quoted = QuotationMarks.isQuoted(text, start, end);
    return ATTRIBUTOR.attribute(lang, text, start, end, quoted, institutional);
  }

  static Stream<Arguments> institutionalCases() {
    return Stream.of(
        // An institution's own publication: its present-tense statement is its own voice.
        Arguments.of(
            "en",
            "The Ministry confirms that [[terrorist gangs]] attacked the airport.",
            "",
            "endorsed"),
        Arguments.of(
            "ru",
            "Пресс-служба сообщает, что [[попытка переворота]] была подготовлена заранее.",
            "",
            "endorsed"),
        // ... but not what it reports others to say, nor what it denies.
        Arguments.of(
            "en",
            "The Ministry notes that some foreign media describe the events as a [[power"
                + " struggle]].",
            "some foreign media",
            "distanced"),
        Arguments.of(
            "en",
            "The Ministry rejects speculation about a [[colour revolution]].",
            "The Ministry",
            "distanced"),
        // A past-tense readout of the principal's words stays a report.
        Arguments.of(
            "ru",
            "Глава государства подчеркнул, что [[террористические банды]] обезврежены.",
            "Глава государства",
            "reported"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("institutionalCases")
  void anInstitutionsOwnStatementIsItsOwnVoice(
      String lang, String marked, String speaker, String stance) {
    assertThat(attribute(lang, marked, true))
        .isEqualTo(new Attribution(speaker, MentionStance.parse(stance)));
  }

  @Test
  void anOrdinaryOutletReportsTheSameStatement() {
    String text = "The Ministry confirms that terrorist gangs attacked the airport.";
    int start = text.indexOf("terrorist gangs");
    assertThat(ATTRIBUTOR.attribute("en", text, start, start + 15, false, false))
        .isEqualTo(new Attribution("The Ministry", MentionStance.REPORTED));
  }

  @Test
  void stanceCodesRoundTrip() {
    assertThat(MentionStance.DISTANCED.code()).isEqualTo("distanced");
    assertThat(MentionStance.parse("reported")).isEqualTo(MentionStance.REPORTED);
    assertThatThrownBy(() -> MentionStance.parse("Reported"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageContaining("expected one of endorsed, reported, distanced");
  }

  @Test
  void rejectsASpanOutsideTheField() {
    assertThatThrownBy(() -> ATTRIBUTOR.attribute("ru", "газ", 1, 4, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mention [1, 4) is not inside a field of 3 chars");
  }

  @Test
  void aSpanWithoutAWordIsTheOutletsOwn() {
    assertThat(ATTRIBUTOR.attribute("ru", "Что дальше?", 10, 11, false))
        .isEqualTo(new Attribution("", MentionStance.ENDORSED));
  }

  @Test
  void knowsTheFourLanguages() {
    assertThat(ATTRIBUTOR.languages()).containsExactly("en", "kk", "ru", "uk");
  }

  @Test
  void survivesJavaSerialisationAsTheBuiltInInstance() throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(ATTRIBUTOR);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isSameAs(ATTRIBUTOR);
    }
  }

  @Test
  void namesTheFileAndKeyOfABadCueList() {
    String yaml = "ru:\n  reporting_verbs: заявил\n";
    assertThatThrownBy(
            () ->
                AttributionCues.parse(
                    new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "cues.yaml"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage("cues.yaml: ru.reporting_verbs: expected a list of strings");
  }
}
