package org.narrascope.corpus.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The surface forms the generator plants, per frame and language, each tagged with the grammatical
 * slots (cases) its carrier sentence must offer. Every form expresses its frame by the definitions
 * of FRAMES.md; "боевики из-за рубежа" is left out on purpose (it is reserved as an unseen
 * variant).
 */
final class PlantedForms {
  /** The shipped frame ids, in ascending string order (the order of truth rows). */
  static final List<String> FRAMES =
      List.of(
          "color_revolution",
          "coup_attempt",
          "elite_power_struggle",
          "foreign_fighters",
          "gas_prices",
          "maidan_technologies",
          "terrorist_gangs");

  static final List<String> OFFICIAL_FRAMES =
      List.of(
          "color_revolution",
          "coup_attempt",
          "foreign_fighters",
          "maidan_technologies",
          "terrorist_gangs");

  /**
   * One plantable phrase.
   *
   * @param frame the frame it expresses
   * @param lang its language
   * @param cases the carrier slots it fits (ru: nom gen dat acc ins pre; uk: nom gen dat acc ins
   *     loc; kk: nom gen dat acc ins; en: np after "the", mod before a noun)
   * @param surface the exact phrase
   */
  record Form(String frame, String lang, Set<String> cases, String surface) {}

  // frame | lang | cases (comma separated) | surface
  private static final String TABLE =
      """
      maidan_technologies|ru|nom,acc|майданные технологии
      maidan_technologies|ru|gen|майданных технологий
      maidan_technologies|ru|dat|майданным технологиям
      maidan_technologies|ru|ins|майданными технологиями
      maidan_technologies|ru|pre|майданных технологиях
      maidan_technologies|ru|acc|майданную технологию
      maidan_technologies|ru|nom,acc|технологии Майдана
      maidan_technologies|ru|gen|технологий Майдана
      maidan_technologies|ru|dat|технологиям Майдана
      maidan_technologies|ru|ins|технологиями Майдана
      maidan_technologies|ru|pre|технологиях Майдана
      maidan_technologies|ru|nom,acc|технологии украинского Майдана
      maidan_technologies|ru|gen|технологий украинского Майдана
      maidan_technologies|ru|ins|технологиями украинского Майдана
      maidan_technologies|ru|pre|технологиях украинского Майдана
      maidan_technologies|uk|nom,acc|майданні технології
      maidan_technologies|uk|gen|майданних технологій
      maidan_technologies|uk|dat|майданним технологіям
      maidan_technologies|uk|ins|майданними технологіями
      maidan_technologies|uk|loc|майданних технологіях
      maidan_technologies|uk|nom,acc|технології Майдану
      maidan_technologies|uk|gen|технологій Майдану
      maidan_technologies|uk|dat|технологіям Майдану
      maidan_technologies|uk|ins|технологіями Майдану
      maidan_technologies|uk|loc|технологіях Майдану
      maidan_technologies|en|np|Maidan technologies
      maidan_technologies|en|np|technologies of the Maidan
      maidan_technologies|en|np|technologies of the Ukrainian Maidan
      maidan_technologies|kk|nom|майдан технологиялары
      maidan_technologies|kk|acc|майдан технологияларын
      maidan_technologies|kk|gen|майдан технологияларының
      maidan_technologies|kk|dat|майдан технологияларына
      maidan_technologies|kk|ins|майдан технологияларымен
      foreign_fighters|ru|nom|иностранные боевики
      foreign_fighters|ru|gen,acc|иностранных боевиков
      foreign_fighters|ru|dat|иностранным боевикам
      foreign_fighters|ru|ins|иностранными боевиками
      foreign_fighters|ru|pre|иностранных боевиках
      foreign_fighters|uk|nom|іноземні бойовики
      foreign_fighters|uk|gen,acc|іноземних бойовиків
      foreign_fighters|uk|dat|іноземним бойовикам
      foreign_fighters|uk|ins|іноземними бойовиками
      foreign_fighters|uk|loc|іноземних бойовиках
      foreign_fighters|en|np|foreign fighters
      foreign_fighters|en|mod|foreign fighter
      foreign_fighters|en|np|foreign militants
      foreign_fighters|kk|nom|шетелдік содырлар
      foreign_fighters|kk|acc|шетелдік содырларды
      foreign_fighters|kk|gen|шетелдік содырлардың
      foreign_fighters|kk|dat|шетелдік содырларға
      foreign_fighters|kk|ins|шетелдік содырлармен
      terrorist_gangs|ru|nom,acc|террористические банды
      terrorist_gangs|ru|gen|террористических банд
      terrorist_gangs|ru|dat|террористическим бандам
      terrorist_gangs|ru|ins|террористическими бандами
      terrorist_gangs|ru|pre|террористических бандах
      terrorist_gangs|ru|nom,acc|международные террористические банды
      terrorist_gangs|ru|gen|международных террористических банд
      terrorist_gangs|ru|ins|международными террористическими бандами
      terrorist_gangs|ru|nom,acc|банды террористов
      terrorist_gangs|ru|gen|банд террористов
      terrorist_gangs|ru|ins|бандами террористов
      terrorist_gangs|ru|pre|бандах террористов
      terrorist_gangs|uk|nom,acc|терористичні банди
      terrorist_gangs|uk|gen|терористичних банд
      terrorist_gangs|uk|dat|терористичним бандам
      terrorist_gangs|uk|ins|терористичними бандами
      terrorist_gangs|uk|loc|терористичних бандах
      terrorist_gangs|uk|nom,acc|міжнародні терористичні банди
      terrorist_gangs|uk|gen|міжнародних терористичних банд
      terrorist_gangs|uk|nom,acc|банди терористів
      terrorist_gangs|uk|gen|банд терористів
      terrorist_gangs|uk|ins|бандами терористів
      terrorist_gangs|en|np|terrorist gangs
      terrorist_gangs|en|mod|terrorist gang
      terrorist_gangs|en|np|international terrorist gangs
      terrorist_gangs|en|np|gangs of terrorists
      terrorist_gangs|kk|nom|террористік топтар
      terrorist_gangs|kk|acc|террористік топтарды
      terrorist_gangs|kk|gen|террористік топтардың
      terrorist_gangs|kk|dat|террористік топтарға
      terrorist_gangs|kk|ins|террористік топтармен
      terrorist_gangs|kk|nom|лаңкестік топтар
      terrorist_gangs|kk|acc|лаңкестік топтарды
      terrorist_gangs|kk|gen|лаңкестік топтардың
      coup_attempt|ru|nom|попытка переворота
      coup_attempt|ru|gen|попытки переворота
      coup_attempt|ru|dat,pre|попытке переворота
      coup_attempt|ru|acc|попытку переворота
      coup_attempt|ru|ins|попыткой переворота
      coup_attempt|ru|nom|попытка государственного переворота
      coup_attempt|ru|gen|попытки государственного переворота
      coup_attempt|ru|dat,pre|попытке государственного переворота
      coup_attempt|ru|acc|попытку государственного переворота
      coup_attempt|ru|ins|попыткой государственного переворота
      coup_attempt|uk|nom|спроба перевороту
      coup_attempt|uk|gen|спроби перевороту
      coup_attempt|uk|dat,loc|спробі перевороту
      coup_attempt|uk|acc|спробу перевороту
      coup_attempt|uk|ins|спробою перевороту
      coup_attempt|uk|nom|спроба державного перевороту
      coup_attempt|uk|gen|спроби державного перевороту
      coup_attempt|uk|acc|спробу державного перевороту
      coup_attempt|uk|ins|спробою державного перевороту
      coup_attempt|en|np,mod|coup attempt
      coup_attempt|en|np|attempted coup
      coup_attempt|en|np|attempt at a coup
      coup_attempt|en|np|coup attempts
      coup_attempt|kk|nom|төңкеріс әрекеті
      coup_attempt|kk|acc|төңкеріс әрекетін
      coup_attempt|kk|gen|төңкеріс әрекетінің
      coup_attempt|kk|dat|төңкеріс әрекетіне
      coup_attempt|kk|ins|төңкеріс әрекетімен
      coup_attempt|kk|nom|мемлекеттік төңкеріс жасау әрекеті
      coup_attempt|kk|acc|мемлекеттік төңкеріс жасау әрекетін
      coup_attempt|kk|gen|мемлекеттік төңкеріс жасау әрекетінің
      color_revolution|ru|nom|цветная революция
      color_revolution|ru|gen,dat,pre|цветной революции
      color_revolution|ru|acc|цветную революцию
      color_revolution|ru|ins|цветной революцией
      color_revolution|ru|nom,acc|цветные революции
      color_revolution|ru|gen|цветных революций
      color_revolution|ru|ins|цветными революциями
      color_revolution|ru|pre|цветных революциях
      color_revolution|uk|nom|кольорова революція
      color_revolution|uk|gen|кольорової революції
      color_revolution|uk|dat,loc|кольоровій революції
      color_revolution|uk|acc|кольорову революцію
      color_revolution|uk|ins|кольоровою революцією
      color_revolution|uk|nom,acc|кольорові революції
      color_revolution|uk|gen|кольорових революцій
      color_revolution|en|np,mod|colour revolution
      color_revolution|en|np,mod|color revolution
      color_revolution|en|np|colour revolutions
      color_revolution|en|np|color revolutions
      color_revolution|kk|nom|түрлі түсті революция
      color_revolution|kk|acc|түрлі түсті революцияны
      color_revolution|kk|gen|түрлі түсті революцияның
      color_revolution|kk|dat|түрлі түсті революцияға
      color_revolution|kk|ins|түрлі түсті революциямен
      elite_power_struggle|ru|nom|борьба за власть
      elite_power_struggle|ru|gen|борьбы за власть
      elite_power_struggle|ru|dat,pre|борьбе за власть
      elite_power_struggle|ru|acc|борьбу за власть
      elite_power_struggle|ru|ins|борьбой за власть
      elite_power_struggle|ru|nom|борьба элит
      elite_power_struggle|ru|gen|борьбы элит
      elite_power_struggle|ru|acc|борьбу элит
      elite_power_struggle|ru|ins|борьбой элит
      elite_power_struggle|ru|nom|борьба кланов
      elite_power_struggle|ru|dat,pre|борьбе кланов
      elite_power_struggle|ru|nom|внутриэлитная борьба
      elite_power_struggle|ru|gen|внутриэлитной борьбы
      elite_power_struggle|ru|dat,pre|внутриэлитной борьбе
      elite_power_struggle|ru|acc|внутриэлитную борьбу
      elite_power_struggle|ru|ins|внутриэлитной борьбой
      elite_power_struggle|uk|nom|боротьба за владу
      elite_power_struggle|uk|gen|боротьби за владу
      elite_power_struggle|uk|dat,loc|боротьбі за владу
      elite_power_struggle|uk|acc|боротьбу за владу
      elite_power_struggle|uk|ins|боротьбою за владу
      elite_power_struggle|uk|nom|боротьба еліт
      elite_power_struggle|uk|gen|боротьби еліт
      elite_power_struggle|uk|acc|боротьбу еліт
      elite_power_struggle|uk|ins|боротьбою еліт
      elite_power_struggle|uk|loc|боротьбі еліт
      elite_power_struggle|en|np,mod|power struggle
      elite_power_struggle|en|np|power struggles
      elite_power_struggle|en|np|struggle for power
      elite_power_struggle|en|np|elite struggle
      elite_power_struggle|kk|nom|билік үшін күрес
      elite_power_struggle|kk|acc|билік үшін күресті
      elite_power_struggle|kk|gen|билік үшін күрестің
      elite_power_struggle|kk|dat|билік үшін күреске
      elite_power_struggle|kk|ins|билік үшін күреспен
      gas_prices|ru|nom,acc|цены на газ
      gas_prices|ru|gen|цен на газ
      gas_prices|ru|dat|ценам на газ
      gas_prices|ru|ins|ценами на газ
      gas_prices|ru|pre|ценах на газ
      gas_prices|ru|nom,acc|рост цен на газ
      gas_prices|ru|gen|роста цен на газ
      gas_prices|ru|ins|ростом цен на газ
      gas_prices|ru|pre|росте цен на газ
      gas_prices|ru|nom,acc|подорожание газа
      gas_prices|ru|gen|подорожания газа
      gas_prices|ru|dat|подорожанию газа
      gas_prices|ru|ins|подорожанием газа
      gas_prices|ru|pre|подорожании газа
      gas_prices|ru|nom,acc|цены на сжиженный газ
      gas_prices|ru|gen|цен на сжиженный газ
      gas_prices|ru|ins|ценами на сжиженный газ
      gas_prices|uk|nom,acc|ціни на газ
      gas_prices|uk|gen|цін на газ
      gas_prices|uk|dat|цінам на газ
      gas_prices|uk|ins|цінами на газ
      gas_prices|uk|loc|цінах на газ
      gas_prices|uk|nom,acc,gen|подорожчання газу
      gas_prices|uk|dat|подорожчанню газу
      gas_prices|uk|ins|подорожчанням газу
      gas_prices|uk|loc|подорожчанні газу
      gas_prices|en|np|gas prices
      gas_prices|en|mod|gas price
      gas_prices|en|np|price of gas
      gas_prices|en|np|LPG prices
      gas_prices|en|mod|LPG price
      gas_prices|kk|nom|газ бағасы
      gas_prices|kk|acc|газ бағасын
      gas_prices|kk|gen|газ бағасының
      gas_prices|kk|dat|газ бағасына
      gas_prices|kk|ins|газ бағасымен
      gas_prices|kk|nom|газ бағалары
      gas_prices|kk|acc|газ бағаларын
      """;

  static final List<Form> ALL = parse(TABLE);

  private PlantedForms() {}

  /** The forms of one frame in one language, in table order (empty if there are none). */
  static List<Form> of(String frame, String lang) {
    List<Form> forms = new ArrayList<>();
    for (Form f : ALL) {
      if (f.frame().equals(frame) && f.lang().equals(lang)) {
        forms.add(f);
      }
    }
    return List.copyOf(forms);
  }

  private static List<Form> parse(String table) {
    List<Form> forms = new ArrayList<>();
    for (String line : table.split("\n", -1)) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      forms.add(new Form(cells[0], cells[1], Set.of(cells[2].split(",", -1)), cells[3]));
    }
    return List.copyOf(forms);
  }
}
