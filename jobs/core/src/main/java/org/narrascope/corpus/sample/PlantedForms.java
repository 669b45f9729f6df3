package org.narrascope.corpus.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The seed forms the generator plants: lexicon variants per frame and language, each tagged with
 * the grammatical slots (cases) its carrier sentence must offer and with its phrase type (the base
 * form all its inflections share in {@code discovery_truth.csv}). Every form expresses its frame by
 * the definitions of FRAMES.md. Phrases of the shipped frames that the lexicon does not match
 * ("боевики из-за рубежа") are {@link DiscoveryForms}, not here.
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

  /** The kind of a planted seed phrase in {@code discovery_truth.csv}. */
  static final String SEED = "seed";

  /**
   * One plantable phrase.
   *
   * @param family the frame it expresses: a shipped frame id, or a new frame's id
   * @param kind {@code seed} (a lexicon variant), {@code unseen_variant} (a shipped frame's phrase
   *     that the lexicon does not match) or {@code new_frame} (a frame absent from the lexicon)
   * @param lang its language
   * @param cases the carrier slots it fits (ru: nom gen dat acc ins pre; uk: nom gen dat acc ins
   *     loc; kk: nom gen dat acc ins; en: np after "the", mod before a noun)
   * @param phrase its phrase type: the nominative (base) form that all its inflections share
   * @param surface the exact phrase
   */
  record Form(
      String family, String kind, String lang, Set<String> cases, String phrase, String surface) {}

  // frame | lang | cases (comma separated) | phrase type (base form) | surface
  private static final String TABLE =
      """
      maidan_technologies|ru|nom,acc|майданные технологии|майданные технологии
      maidan_technologies|ru|gen|майданные технологии|майданных технологий
      maidan_technologies|ru|dat|майданные технологии|майданным технологиям
      maidan_technologies|ru|ins|майданные технологии|майданными технологиями
      maidan_technologies|ru|pre|майданные технологии|майданных технологиях
      maidan_technologies|ru|acc|майданные технологии|майданную технологию
      maidan_technologies|ru|nom,acc|технологии Майдана|технологии Майдана
      maidan_technologies|ru|gen|технологии Майдана|технологий Майдана
      maidan_technologies|ru|dat|технологии Майдана|технологиям Майдана
      maidan_technologies|ru|ins|технологии Майдана|технологиями Майдана
      maidan_technologies|ru|pre|технологии Майдана|технологиях Майдана
      maidan_technologies|ru|nom,acc|технологии украинского Майдана|технологии украинского Майдана
      maidan_technologies|ru|gen|технологии украинского Майдана|технологий украинского Майдана
      maidan_technologies|ru|ins|технологии украинского Майдана|технологиями украинского Майдана
      maidan_technologies|ru|pre|технологии украинского Майдана|технологиях украинского Майдана
      maidan_technologies|uk|nom,acc|майданні технології|майданні технології
      maidan_technologies|uk|gen|майданні технології|майданних технологій
      maidan_technologies|uk|dat|майданні технології|майданним технологіям
      maidan_technologies|uk|ins|майданні технології|майданними технологіями
      maidan_technologies|uk|loc|майданні технології|майданних технологіях
      maidan_technologies|uk|nom,acc|технології Майдану|технології Майдану
      maidan_technologies|uk|gen|технології Майдану|технологій Майдану
      maidan_technologies|uk|dat|технології Майдану|технологіям Майдану
      maidan_technologies|uk|ins|технології Майдану|технологіями Майдану
      maidan_technologies|uk|loc|технології Майдану|технологіях Майдану
      maidan_technologies|en|np|Maidan technologies|Maidan technologies
      maidan_technologies|en|np|technologies of the Maidan|technologies of the Maidan
      maidan_technologies|en|np|technologies of the Ukrainian Maidan|technologies of the Ukrainian Maidan
      maidan_technologies|kk|nom|майдан технологиялары|майдан технологиялары
      maidan_technologies|kk|acc|майдан технологиялары|майдан технологияларын
      maidan_technologies|kk|gen|майдан технологиялары|майдан технологияларының
      maidan_technologies|kk|dat|майдан технологиялары|майдан технологияларына
      maidan_technologies|kk|ins|майдан технологиялары|майдан технологияларымен
      foreign_fighters|ru|nom|иностранные боевики|иностранные боевики
      foreign_fighters|ru|gen,acc|иностранные боевики|иностранных боевиков
      foreign_fighters|ru|dat|иностранные боевики|иностранным боевикам
      foreign_fighters|ru|ins|иностранные боевики|иностранными боевиками
      foreign_fighters|ru|pre|иностранные боевики|иностранных боевиках
      foreign_fighters|uk|nom|іноземні бойовики|іноземні бойовики
      foreign_fighters|uk|gen,acc|іноземні бойовики|іноземних бойовиків
      foreign_fighters|uk|dat|іноземні бойовики|іноземним бойовикам
      foreign_fighters|uk|ins|іноземні бойовики|іноземними бойовиками
      foreign_fighters|uk|loc|іноземні бойовики|іноземних бойовиках
      foreign_fighters|en|np|foreign fighters|foreign fighters
      foreign_fighters|en|mod|foreign fighters|foreign fighter
      foreign_fighters|en|np|foreign militants|foreign militants
      foreign_fighters|kk|nom|шетелдік содырлар|шетелдік содырлар
      foreign_fighters|kk|acc|шетелдік содырлар|шетелдік содырларды
      foreign_fighters|kk|gen|шетелдік содырлар|шетелдік содырлардың
      foreign_fighters|kk|dat|шетелдік содырлар|шетелдік содырларға
      foreign_fighters|kk|ins|шетелдік содырлар|шетелдік содырлармен
      terrorist_gangs|ru|nom,acc|террористические банды|террористические банды
      terrorist_gangs|ru|gen|террористические банды|террористических банд
      terrorist_gangs|ru|dat|террористические банды|террористическим бандам
      terrorist_gangs|ru|ins|террористические банды|террористическими бандами
      terrorist_gangs|ru|pre|террористические банды|террористических бандах
      terrorist_gangs|ru|nom,acc|международные террористические банды|международные террористические банды
      terrorist_gangs|ru|gen|международные террористические банды|международных террористических банд
      terrorist_gangs|ru|ins|международные террористические банды|международными террористическими бандами
      terrorist_gangs|ru|nom,acc|банды террористов|банды террористов
      terrorist_gangs|ru|gen|банды террористов|банд террористов
      terrorist_gangs|ru|ins|банды террористов|бандами террористов
      terrorist_gangs|ru|pre|банды террористов|бандах террористов
      terrorist_gangs|uk|nom,acc|терористичні банди|терористичні банди
      terrorist_gangs|uk|gen|терористичні банди|терористичних банд
      terrorist_gangs|uk|dat|терористичні банди|терористичним бандам
      terrorist_gangs|uk|ins|терористичні банди|терористичними бандами
      terrorist_gangs|uk|loc|терористичні банди|терористичних бандах
      terrorist_gangs|uk|nom,acc|міжнародні терористичні банди|міжнародні терористичні банди
      terrorist_gangs|uk|gen|міжнародні терористичні банди|міжнародних терористичних банд
      terrorist_gangs|uk|nom,acc|банди терористів|банди терористів
      terrorist_gangs|uk|gen|банди терористів|банд терористів
      terrorist_gangs|uk|ins|банди терористів|бандами терористів
      terrorist_gangs|en|np|terrorist gangs|terrorist gangs
      terrorist_gangs|en|mod|terrorist gangs|terrorist gang
      terrorist_gangs|en|np|international terrorist gangs|international terrorist gangs
      terrorist_gangs|en|np|gangs of terrorists|gangs of terrorists
      terrorist_gangs|kk|nom|террористік топтар|террористік топтар
      terrorist_gangs|kk|acc|террористік топтар|террористік топтарды
      terrorist_gangs|kk|gen|террористік топтар|террористік топтардың
      terrorist_gangs|kk|dat|террористік топтар|террористік топтарға
      terrorist_gangs|kk|ins|террористік топтар|террористік топтармен
      terrorist_gangs|kk|nom|лаңкестік топтар|лаңкестік топтар
      terrorist_gangs|kk|acc|лаңкестік топтар|лаңкестік топтарды
      terrorist_gangs|kk|gen|лаңкестік топтар|лаңкестік топтардың
      coup_attempt|ru|nom|попытка переворота|попытка переворота
      coup_attempt|ru|gen|попытка переворота|попытки переворота
      coup_attempt|ru|dat,pre|попытка переворота|попытке переворота
      coup_attempt|ru|acc|попытка переворота|попытку переворота
      coup_attempt|ru|ins|попытка переворота|попыткой переворота
      coup_attempt|ru|nom|попытка государственного переворота|попытка государственного переворота
      coup_attempt|ru|gen|попытка государственного переворота|попытки государственного переворота
      coup_attempt|ru|dat,pre|попытка государственного переворота|попытке государственного переворота
      coup_attempt|ru|acc|попытка государственного переворота|попытку государственного переворота
      coup_attempt|ru|ins|попытка государственного переворота|попыткой государственного переворота
      coup_attempt|uk|nom|спроба перевороту|спроба перевороту
      coup_attempt|uk|gen|спроба перевороту|спроби перевороту
      coup_attempt|uk|dat,loc|спроба перевороту|спробі перевороту
      coup_attempt|uk|acc|спроба перевороту|спробу перевороту
      coup_attempt|uk|ins|спроба перевороту|спробою перевороту
      coup_attempt|uk|nom|спроба державного перевороту|спроба державного перевороту
      coup_attempt|uk|gen|спроба державного перевороту|спроби державного перевороту
      coup_attempt|uk|acc|спроба державного перевороту|спробу державного перевороту
      coup_attempt|uk|ins|спроба державного перевороту|спробою державного перевороту
      coup_attempt|en|np,mod|coup attempt|coup attempt
      coup_attempt|en|np|attempted coup|attempted coup
      coup_attempt|en|np|attempt at a coup|attempt at a coup
      coup_attempt|en|np|coup attempt|coup attempts
      coup_attempt|kk|nom|төңкеріс әрекеті|төңкеріс әрекеті
      coup_attempt|kk|acc|төңкеріс әрекеті|төңкеріс әрекетін
      coup_attempt|kk|gen|төңкеріс әрекеті|төңкеріс әрекетінің
      coup_attempt|kk|dat|төңкеріс әрекеті|төңкеріс әрекетіне
      coup_attempt|kk|ins|төңкеріс әрекеті|төңкеріс әрекетімен
      coup_attempt|kk|nom|мемлекеттік төңкеріс жасау әрекеті|мемлекеттік төңкеріс жасау әрекеті
      coup_attempt|kk|acc|мемлекеттік төңкеріс жасау әрекеті|мемлекеттік төңкеріс жасау әрекетін
      coup_attempt|kk|gen|мемлекеттік төңкеріс жасау әрекеті|мемлекеттік төңкеріс жасау әрекетінің
      color_revolution|ru|nom|цветная революция|цветная революция
      color_revolution|ru|gen,dat,pre|цветная революция|цветной революции
      color_revolution|ru|acc|цветная революция|цветную революцию
      color_revolution|ru|ins|цветная революция|цветной революцией
      color_revolution|ru|nom,acc|цветная революция|цветные революции
      color_revolution|ru|gen|цветная революция|цветных революций
      color_revolution|ru|ins|цветная революция|цветными революциями
      color_revolution|ru|pre|цветная революция|цветных революциях
      color_revolution|uk|nom|кольорова революція|кольорова революція
      color_revolution|uk|gen|кольорова революція|кольорової революції
      color_revolution|uk|dat,loc|кольорова революція|кольоровій революції
      color_revolution|uk|acc|кольорова революція|кольорову революцію
      color_revolution|uk|ins|кольорова революція|кольоровою революцією
      color_revolution|uk|nom,acc|кольорова революція|кольорові революції
      color_revolution|uk|gen|кольорова революція|кольорових революцій
      color_revolution|en|np,mod|colour revolution|colour revolution
      color_revolution|en|np,mod|color revolution|color revolution
      color_revolution|en|np|colour revolution|colour revolutions
      color_revolution|en|np|color revolution|color revolutions
      color_revolution|kk|nom|түрлі түсті революция|түрлі түсті революция
      color_revolution|kk|acc|түрлі түсті революция|түрлі түсті революцияны
      color_revolution|kk|gen|түрлі түсті революция|түрлі түсті революцияның
      color_revolution|kk|dat|түрлі түсті революция|түрлі түсті революцияға
      color_revolution|kk|ins|түрлі түсті революция|түрлі түсті революциямен
      elite_power_struggle|ru|nom|борьба за власть|борьба за власть
      elite_power_struggle|ru|gen|борьба за власть|борьбы за власть
      elite_power_struggle|ru|dat,pre|борьба за власть|борьбе за власть
      elite_power_struggle|ru|acc|борьба за власть|борьбу за власть
      elite_power_struggle|ru|ins|борьба за власть|борьбой за власть
      elite_power_struggle|ru|nom|борьба элит|борьба элит
      elite_power_struggle|ru|gen|борьба элит|борьбы элит
      elite_power_struggle|ru|acc|борьба элит|борьбу элит
      elite_power_struggle|ru|ins|борьба элит|борьбой элит
      elite_power_struggle|ru|nom|борьба кланов|борьба кланов
      elite_power_struggle|ru|dat,pre|борьба кланов|борьбе кланов
      elite_power_struggle|ru|nom|внутриэлитная борьба|внутриэлитная борьба
      elite_power_struggle|ru|gen|внутриэлитная борьба|внутриэлитной борьбы
      elite_power_struggle|ru|dat,pre|внутриэлитная борьба|внутриэлитной борьбе
      elite_power_struggle|ru|acc|внутриэлитная борьба|внутриэлитную борьбу
      elite_power_struggle|ru|ins|внутриэлитная борьба|внутриэлитной борьбой
      elite_power_struggle|uk|nom|боротьба за владу|боротьба за владу
      elite_power_struggle|uk|gen|боротьба за владу|боротьби за владу
      elite_power_struggle|uk|dat,loc|боротьба за владу|боротьбі за владу
      elite_power_struggle|uk|acc|боротьба за владу|боротьбу за владу
      elite_power_struggle|uk|ins|боротьба за владу|боротьбою за владу
      elite_power_struggle|uk|nom|боротьба еліт|боротьба еліт
      elite_power_struggle|uk|gen|боротьба еліт|боротьби еліт
      elite_power_struggle|uk|acc|боротьба еліт|боротьбу еліт
      elite_power_struggle|uk|ins|боротьба еліт|боротьбою еліт
      elite_power_struggle|uk|loc|боротьба еліт|боротьбі еліт
      elite_power_struggle|en|np,mod|power struggle|power struggle
      elite_power_struggle|en|np|power struggle|power struggles
      elite_power_struggle|en|np|struggle for power|struggle for power
      elite_power_struggle|en|np|elite struggle|elite struggle
      elite_power_struggle|kk|nom|билік үшін күрес|билік үшін күрес
      elite_power_struggle|kk|acc|билік үшін күрес|билік үшін күресті
      elite_power_struggle|kk|gen|билік үшін күрес|билік үшін күрестің
      elite_power_struggle|kk|dat|билік үшін күрес|билік үшін күреске
      elite_power_struggle|kk|ins|билік үшін күрес|билік үшін күреспен
      gas_prices|ru|nom,acc|цены на газ|цены на газ
      gas_prices|ru|gen|цены на газ|цен на газ
      gas_prices|ru|dat|цены на газ|ценам на газ
      gas_prices|ru|ins|цены на газ|ценами на газ
      gas_prices|ru|pre|цены на газ|ценах на газ
      gas_prices|ru|nom,acc|рост цен на газ|рост цен на газ
      gas_prices|ru|gen|рост цен на газ|роста цен на газ
      gas_prices|ru|ins|рост цен на газ|ростом цен на газ
      gas_prices|ru|pre|рост цен на газ|росте цен на газ
      gas_prices|ru|nom,acc|подорожание газа|подорожание газа
      gas_prices|ru|gen|подорожание газа|подорожания газа
      gas_prices|ru|dat|подорожание газа|подорожанию газа
      gas_prices|ru|ins|подорожание газа|подорожанием газа
      gas_prices|ru|pre|подорожание газа|подорожании газа
      gas_prices|ru|nom,acc|цены на сжиженный газ|цены на сжиженный газ
      gas_prices|ru|gen|цены на сжиженный газ|цен на сжиженный газ
      gas_prices|ru|ins|цены на сжиженный газ|ценами на сжиженный газ
      gas_prices|uk|nom,acc|ціни на газ|ціни на газ
      gas_prices|uk|gen|ціна на газ|цін на газ
      gas_prices|uk|dat|ціна на газ|цінам на газ
      gas_prices|uk|ins|ціна на газ|цінами на газ
      gas_prices|uk|loc|ціна на газ|цінах на газ
      gas_prices|uk|nom,acc,gen|подорожчання газу|подорожчання газу
      gas_prices|uk|dat|подорожчання газу|подорожчанню газу
      gas_prices|uk|ins|подорожчання газу|подорожчанням газу
      gas_prices|uk|loc|подорожчання газу|подорожчанні газу
      gas_prices|en|np|gas prices|gas prices
      gas_prices|en|mod|gas prices|gas price
      gas_prices|en|np|price of gas|price of gas
      gas_prices|en|np|LPG prices|LPG prices
      gas_prices|en|mod|LPG prices|LPG price
      gas_prices|kk|nom|газ бағасы|газ бағасы
      gas_prices|kk|acc|газ бағасы|газ бағасын
      gas_prices|kk|gen|газ бағасы|газ бағасының
      gas_prices|kk|dat|газ бағасы|газ бағасына
      gas_prices|kk|ins|газ бағасы|газ бағасымен
      gas_prices|kk|nom|газ бағасы|газ бағалары
      gas_prices|kk|acc|газ бағасы|газ бағаларын
      """;

  static final List<Form> ALL = parse(TABLE, SEED);

  private PlantedForms() {}

  /** The forms of one frame in one language, in table order (empty if there are none). */
  static List<Form> of(String frame, String lang) {
    List<Form> forms = new ArrayList<>();
    for (Form f : ALL) {
      if (f.family().equals(frame) && f.lang().equals(lang)) {
        forms.add(f);
      }
    }
    return List.copyOf(forms);
  }

  /** Parses {@code family|lang|cases|phrase|surface} lines, all of one {@code kind}. */
  static List<Form> parse(String table, String kind) {
    List<Form> forms = new ArrayList<>();
    for (String line : table.split("\n", -1)) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      forms.add(
          new Form(cells[0], kind, cells[1], Set.of(cells[2].split(",", -1)), cells[3], cells[4]));
    }
    return List.copyOf(forms);
  }
}
