package org.narrascope.corpus.sample;

import java.util.List;
import org.narrascope.NarrascopeException;
import org.narrascope.corpus.sample.NewsLanguage.Template;

/** The sentence material of the four generated languages. */
final class NewsLanguages {
  static final List<String> LANGS = List.of("en", "kk", "ru", "uk");

  private static final NewsLanguage RU =
      new NewsLanguage(
          "ru",
          List.of(
              "Протесты начались 2 января в Жанаозене и за несколько дней охватили большинство"
                  + " крупных городов страны.",
              "{S} напомнил, что режим чрезвычайного положения {IN} продлится до 19 января.",
              "Комендантский час {IN} действует с 23:00 до 7:00, движение транспорта ограничено.",
              "По данным Генпрокуратуры, в ходе беспорядков погибли {N} человек, среди них"
                  + " сотрудники силовых структур.",
              "Президент Касым-Жомарт Токаев 5 января отправил правительство в отставку и"
                  + " возглавил Совет безопасности.",
              "Нурсултан Назарбаев больше не возглавляет Совет безопасности, сообщили в Акорде.",
              "Подразделения ОДКБ прибыли в страну 6 января и взяли под охрану аэропорты и"
                  + " административные здания.",
              "Мобильный интернет {IN} был отключён несколько суток, банки и магазины не работали.",
              "Задержаны более {M} человек, многие из них жалуются на давление во время допросов.",
              "Жители рассказывают о пустых улицах, закрытых аптеках и очередях у банкоматов.",
              "Аэропорт Алматы возобновил работу после нескольких дней простоя.",
              "Токаев поблагодарил лидеров стран ОДКБ за быструю помощь.",
              "Независимые наблюдатели призвали провести открытое расследование гибели мирных"
                  + " жителей.",
              "{S} отметил, что ситуация {IN} постепенно стабилизируется.",
              "Акимат сообщил о восстановлении работы общественного транспорта и школ.",
              "На центральной площади {D} собрались несколько сотен человек.",
              "Правозащитники требуют освободить задержанных журналистов и активистов."),
          List.of(
              "Киевский Майдан Незалежности в этот день был почти пуст.",
              "Ведущий напомнил, что Майдан в Киеве собирал людей ещё в 2014 году.",
              "Банки обещают внедрить новые технологии для восстановления платежей.",
              "Иностранные журналисты не смогли попасть в аэропорт {IN}.",
              "В городе сохраняется красный уровень террористической угрозы.",
              "Инфляция и борьба с коррупцией остаются главными темами парламента.",
              "В одном из домов {IN} взорвалась газовая плита, пострадавших нет.",
              "Историки вспоминают, что Октябрьская революция изменила судьбу степного края.",
              "Юный гимнаст из Шымкента выполнил сложный переворот на турнике."),
          List.of(
              "{C}: комендантский час продлён ещё на неделю",
              "Что известно о погибших и задержанных в Казахстане",
              "Токаев отправил правительство в отставку после протестов",
              "Силы ОДКБ прибыли в Казахстан по просьбе Токаева",
              "Интернет в Казахстане частично восстановлен после отключения",
              "Жанаозен: как начинались январские протесты на западе страны",
              "Назарбаев больше не возглавляет Совет безопасности Казахстана"),
          List.of(
              new Template("nom", "Главная тема дня {IN} — {X}."),
              new Template("nom", "По мнению многих комментаторов, ключевая тема недели — {X}."),
              new Template("gen", "{S} вновь коснулся темы {X}."),
              new Template("gen", "{S} {D} не раз возвращался к теме {X}."),
              new Template("dat", "{S} посвятил {X} отдельную часть выступления."),
              new Template("acc", "{S} упомянул {X} в выступлении {D}."),
              new Template("ins", "{S} объяснил события {IN} {X}."),
              new Template("pre", "{S} подробно говорил {O} {X}."),
              new Template("pre", "В эфире {D} {S} рассказал {O} {X}.")),
          List.of(
              new Template("acc", "{IN} снова обсуждают {X}"),
              new Template("pre", "Эксперты {IN} спорят {O} {X}"),
              new Template("nom", "Главная тема недели в Казахстане — {X}")),
          List.of(
              "политолог Арман Кенжебаев",
              "аналитик Дмитрий Верещагин",
              "представитель МИД Казахстана",
              "депутат Мажилиса Серик Ахметов",
              "обозреватель Игорь Ланской",
              "экономист Тимур Абенов",
              "пресс-секретарь ведомства",
              "эксперт Максим Рудаков"),
          List.of(
              "Алматы", "Жанаозен", "Актау", "Нур-Султан", "Шымкент", "Талдыкорган", "Кызылорда"),
          List.of(
              "в Алматы",
              "в Жанаозене",
              "в Актау",
              "в Нур-Султане",
              "в Шымкенте",
              "в Талдыкоргане",
              "в Кызылорде"),
          List.of(
              "января",
              "февраля",
              "марта",
              "апреля",
              "мая",
              "июня",
              "июля",
              "августа",
              "сентября",
              "октября",
              "ноября",
              "декабря"),
          List.of("«»", "„“", "\"\""));

  private static final NewsLanguage UK =
      new NewsLanguage(
          "uk",
          List.of(
              "Протести почалися 2 січня в Жанаозені й за кілька днів охопили більшість великих"
                  + " міст країни.",
              "{S} нагадав, що надзвичайний стан {IN} триватиме до 19 січня.",
              "Комендантська година {IN} діє з 23:00 до 7:00, рух транспорту обмежено.",
              "За даними Генпрокуратури Казахстану, під час заворушень загинули {N} людей.",
              "Президент Касим-Жомарт Токаєв 5 січня відправив уряд у відставку та очолив Раду"
                  + " безпеки.",
              "Нурсултан Назарбаєв більше не очолює Раду безпеки, повідомили в Акорді.",
              "Підрозділи ОДКБ прибули до країни 6 січня та взяли під охорону аеропорти й"
                  + " адміністративні будівлі.",
              "Мобільний інтернет {IN} не працював кілька діб, банки та магазини були зачинені.",
              "Затримано понад {M} осіб, багато з них скаржаться на тиск під час допитів.",
              "Мешканці розповідають про порожні вулиці, зачинені аптеки та черги біля"
                  + " банкоматів.",
              "Аеропорт Алмати відновив роботу після кількох днів простою.",
              "Токаєв подякував лідерам країн ОДКБ за швидку допомогу.",
              "Незалежні спостерігачі закликали провести відкрите розслідування загибелі мирних"
                  + " мешканців.",
              "{S} зазначив, що ситуація {IN} поступово стабілізується.",
              "Місцева адміністрація повідомила про відновлення роботи громадського транспорту та"
                  + " шкіл."),
          List.of(
              "Майдан Незалежності в Києві того дня був майже порожній.",
              "Банки обіцяють запровадити нові технології для відновлення платежів.",
              "Іноземні журналісти не змогли потрапити до аеропорту.",
              "Рівень терористичної загрози {IN} залишається червоним.",
              "Боротьба з корупцією залишається головною темою парламенту.",
              "В одному з будинків {IN} вибухнула газова плита, постраждалих немає.",
              "Історики нагадують, що Жовтнева революція змінила долю степового краю."),
          List.of(
              "{C}: комендантську годину продовжено ще на тиждень",
              "Що відомо про загиблих і затриманих у Казахстані",
              "Токаєв відправив уряд у відставку після протестів",
              "Сили ОДКБ прибули до Казахстану на прохання Токаєва",
              "Інтернет у Казахстані частково відновили після відключення",
              "Назарбаєв більше не очолює Раду безпеки Казахстану"),
          List.of(
              new Template("nom", "Головна тема дня {IN} — {X}."),
              new Template("gen", "{S} знову торкнувся теми {X}."),
              new Template("dat", "{S} присвятив {X} окрему частину свого виступу."),
              new Template("acc", "{S} згадав {X} під час брифінгу {D}."),
              new Template("acc", "У заяві, оприлюдненій {D}, йшлося про {X}."),
              new Template("ins", "{S} пояснив події {IN} {X}."),
              new Template("loc", "{S} наголошував на {X} у розмові з журналістами.")),
          List.of(
              new Template("acc", "{IN} знову обговорюють {X}"),
              new Template("acc", "Експерти {IN} сперечаються про {X}")),
          List.of(
              "політолог Андрій Коваленко",
              "аналітик Тарас Мельник",
              "оглядач Олег Бондар",
              "експерт Богдан Литвин",
              "речник відомства",
              "дипломат Сергій Гнатюк"),
          List.of(
              "Алмати", "Жанаозен", "Актау", "Нур-Султан", "Шимкент", "Талдикорган", "Кизилорда"),
          List.of(
              "в Алмати",
              "у Жанаозені",
              "в Актау",
              "у Нур-Султані",
              "у Шимкенті",
              "у Талдикоргані",
              "у Кизилорді"),
          List.of(
              "січня",
              "лютого",
              "березня",
              "квітня",
              "травня",
              "червня",
              "липня",
              "серпня",
              "вересня",
              "жовтня",
              "листопада",
              "грудня"),
          List.of("«»", "„“", "\"\""));

  private static final NewsLanguage EN =
      new NewsLanguage(
          "en",
          List.of(
              "Protests began on 2 January in Zhanaozen and within days spread to most large"
                  + " cities of the country.",
              "{S} noted that the state of emergency {IN} would last until 19 January.",
              "A curfew {IN} runs from 23:00 to 7:00, and traffic is restricted.",
              "According to the prosecutor general, {N} people died during the unrest, including"
                  + " members of the security services.",
              "President Kassym-Jomart Tokayev dismissed the government on 5 January and took"
                  + " over the Security Council.",
              "Nursultan Nazarbayev no longer chairs the Security Council, the presidential office"
                  + " said.",
              "Troops of the CSTO arrived on 6 January to guard airports and government"
                  + " buildings.",
              "Mobile internet {IN} was cut for several days, and banks and shops stayed closed.",
              "More than {M} people were detained, and many of them complain of pressure during"
                  + " interrogations.",
              "Residents describe empty streets, shuttered pharmacies and queues at cash"
                  + " machines.",
              "Almaty airport reopened after several days of closure.",
              "Tokayev thanked the leaders of the CSTO countries for their swift help.",
              "Independent observers called for an open investigation into the deaths of"
                  + " civilians.",
              "{S} said that the situation {IN} was gradually stabilising.",
              "The city administration reported that public transport and schools were running"
                  + " again."),
          List.of(
              "Maidan Square in Kyiv was almost empty that day.",
              "Banks promise to roll out new technologies to restore payments.",
              "Foreign journalists were unable to reach the airport {IN}.",
              "The terrorist threat level {IN} remains red.",
              "Reports of foreign fighter jets near the border were denied by the defence"
                  + " ministry.",
              "A gas stove exploded in a flat {IN}, and nobody was hurt.",
              "Queues formed at a gas station {IN} before dawn.",
              "Historians recall how the industrial revolution reshaped the steppe.",
              "An attempt to restore the rail timetable failed on Sunday."),
          List.of(
              "{C} curfew extended for another week",
              "What we know about the dead and detained in Kazakhstan",
              "Tokayev dismisses government after days of protest",
              "CSTO troops arrive in Kazakhstan at the request of Tokayev",
              "Internet partly restored in Kazakhstan after nationwide shutdown",
              "Nazarbayev no longer heads the Security Council of Kazakhstan"),
          List.of(
              new Template("np", "{S} spoke at length about the {X} at a briefing on {D}."),
              new Template("np", "{S} linked the unrest {IN} to the {X}."),
              new Template("np", "The main theme of the day {IN} was the {X}."),
              new Template("np", "{S} devoted much of the interview to the {X}."),
              new Template("mod", "{S} dismissed the {X} narrative as unconvincing."),
              new Template("mod", "{S} said the {X} version of events deserved closer scrutiny.")),
          List.of(
              new Template("np", "Analysts {IN} weigh the {X}"),
              new Template("mod", "Officials revisit the {X} narrative after the unrest")),
          List.of(
              "political scientist Arman Kenzhebayev",
              "analyst Dmitry Vereshchagin",
              "a ministry spokesperson",
              "commentator Oleg Bondar",
              "economist Timur Abenov",
              "researcher Laura Whitfield"),
          List.of(
              "Almaty", "Zhanaozen", "Aktau", "Nur-Sultan", "Shymkent", "Taldykorgan", "Kyzylorda"),
          List.of(
              "in Almaty",
              "in Zhanaozen",
              "in Aktau",
              "in Nur-Sultan",
              "in Shymkent",
              "in Taldykorgan",
              "in Kyzylorda"),
          List.of(
              "January",
              "February",
              "March",
              "April",
              "May",
              "June",
              "July",
              "August",
              "September",
              "October",
              "November",
              "December"),
          List.of("“”", "\"\""));

  private static final NewsLanguage KK =
      new NewsLanguage(
          "kk",
          List.of(
              "Наразылықтар 2 қаңтарда Жаңаөзенде басталып, бірнеше күнде елдің ірі қалаларына"
                  + " тарады.",
              "{S} {IN} төтенше жағдай режимі 19 қаңтарға дейін сақталатынын еске салды.",
              "{IN} коменданттық сағат түнгі 23:00-ден таңғы 7:00-ге дейін қолданылады.",
              "Бас прокуратураның мәліметінше, тәртіпсіздіктер кезінде {N} адам қаза тапты.",
              "Президент Қасым-Жомарт Тоқаев 5 қаңтарда үкіметті отставкаға жіберіп, Қауіпсіздік"
                  + " кеңесін басқарды.",
              "Ақорда хабарлағандай, Нұрсұлтан Назарбаев енді Қауіпсіздік кеңесін басқармайды.",
              "ҰҚШҰ бөлімшелері 6 қаңтарда елге келіп, әуежайлар мен мемлекеттік ғимараттарды"
                  + " күзетке алды.",
              "{IN} мобильді интернет бірнеше күн бойы өшірулі болды, банктер мен дүкендер жабық"
                  + " тұрды.",
              "Құқық қорғау органдары {M} адамды ұстады, олардың көбі жауап алу кезінде қысым"
                  + " көргенін айтады.",
              "Тұрғындар бос көшелер, жабық дәріханалар және банкоматтар алдындағы кезектер"
                  + " туралы айтады.",
              "Алматы әуежайы бірнеше күн тоқтап тұрғаннан кейін жұмысын қайта бастады.",
              "Тоқаев ҰҚШҰ елдерінің басшыларына жедел көмегі үшін алғыс айтты.",
              "Тәуелсіз бақылаушылар бейбіт тұрғындардың қаза болуын ашық тергеуге шақырды.",
              "{S} {IN} жағдай біртіндеп тұрақтанып келе жатқанын айтты.",
              "Әкімдік қоғамдық көлік пен мектептердің жұмысы қалпына келгенін хабарлады."),
          List.of(
              "Сол күні Киевтегі Майдан алаңы бос тұрды.",
              "Банктер төлемдерді қалпына келтіру үшін жаңа технологияларды енгізуге уәде берді.",
              "Шетелдік журналистер әуежайға жете алмады.",
              "{IN} террористік қауіптің қызыл деңгейі сақталып отыр.",
              "{IN} бір үйде газ плитасы жарылды, зардап шеккендер жоқ.",
              "Тарихшылар өнеркәсіптік революция дала өңірін қалай өзгерткенін еске алады.",
              "Сыбайлас жемқорлыққа қарсы күрес парламенттің басты тақырыбы болып қала береді."),
          List.of(
              "{C} қаласында коменданттық сағат тағы бір аптаға ұзартылды",
              "Қазақстандағы қаза тапқандар мен ұсталғандар туралы не белгілі",
              "Тоқаев наразылықтардан кейін үкіметті отставкаға жіберді",
              "ҰҚШҰ күштері Тоқаевтың өтінішімен Қазақстанға келді",
              "Қазақстанда интернет ішінара қалпына келтірілді",
              "Назарбаев енді Қауіпсіздік кеңесін басқармайды"),
          List.of(
              new Template("nom", "Бүгінгі брифингтің басты тақырыбы — {X}."),
              new Template("acc", "{S} сөзінде {X} атап өтті."),
              new Template("gen", "{S} {X} салдарын талдады."),
              new Template("dat", "{S} {X} ерекше назар аударды."),
              new Template("ins", "{S} {C} оқиғаларын {X} байланыстырды.")),
          List.of(
              new Template("nom", "{C} қаласында {X} тағы талқыланды"),
              new Template("dat", "Сарапшылар {X} ерекше назар аударды")),
          List.of(
              "Саясаттанушы Ерлан Қасымов",
              "Сарапшы Айгүл Сейітова",
              "Экономист Тимур Әбенов",
              "Министрлік өкілі",
              "Депутат Серік Ахметов",
              "Шолушы Асқар Жұмабаев"),
          List.of(
              "Алматы", "Жаңаөзен", "Ақтау", "Нұр-Сұлтан", "Шымкент", "Талдықорған", "Қызылорда"),
          List.of(
              "Алматыда",
              "Жаңаөзенде",
              "Ақтауда",
              "Нұр-Сұлтанда",
              "Шымкентте",
              "Талдықорғанда",
              "Қызылордада"),
          List.of(
              "қаңтарда",
              "ақпанда",
              "наурызда",
              "сәуірде",
              "мамырда",
              "маусымда",
              "шілдеде",
              "тамызда",
              "қыркүйекте",
              "қазанда",
              "қарашада",
              "желтоқсанда"),
          List.of("«»", "\"\""));

  private NewsLanguages() {}

  static NewsLanguage of(String lang) {
    return switch (lang) {
      case "ru" -> RU;
      case "uk" -> UK;
      case "en" -> EN;
      case "kk" -> KK;
      default -> throw new NarrascopeException("sample generator: no sentences for lang " + lang);
    };
  }
}
