package org.narrascope.corpus.sample;

import java.util.ArrayList;
import java.util.List;
import org.narrascope.corpus.sample.PlantedForms.Form;

/**
 * The phrases the generator plants for phrase discovery (issue 5), beside the lexicon's own
 * variants: <em>unseen variants</em> of the shipped official frames, which the shipped lexicon does
 * not match ("боевики из-за рубежа", "militants trained abroad"), and three official framings of
 * January 2022 that the lexicon lacks altogether: {@code single_center} ("a single command
 * centre"), {@code external_forces} ("outside forces", "внешнее вмешательство") and {@code
 * bandit_numbers} ("20,000 bandits"). Every form of a phrase type analyses to the same key as its
 * base form, so that a discovered candidate meets its truth row whatever inflection it was seen in.
 *
 * <p>Only official framings get unseen variants: discovery ranks phrases by their keyness in
 * official and state-media sources against the expert-skeptic baseline, which is what makes a
 * framing phrase worth suggesting for the lexicon.
 */
final class DiscoveryForms {
  static final String UNSEEN_VARIANT = "unseen_variant";
  static final String NEW_FRAME = "new_frame";

  /** The new frames' ids, in ascending string order. */
  static final List<String> NEW_FRAMES =
      List.of("bandit_numbers", "external_forces", "single_center");

  // frame | lang | cases (comma separated) | phrase type (base form) | surface
  private static final String UNSEEN =
      """
      foreign_fighters|ru|nom|боевики из-за рубежа|боевики из-за рубежа
      foreign_fighters|ru|gen,acc|боевики из-за рубежа|боевиков из-за рубежа
      foreign_fighters|ru|dat|боевики из-за рубежа|боевикам из-за рубежа
      foreign_fighters|ru|ins|боевики из-за рубежа|боевиками из-за рубежа
      foreign_fighters|ru|pre|боевики из-за рубежа|боевиках из-за рубежа
      foreign_fighters|ru|nom|зарубежные боевики|зарубежные боевики
      foreign_fighters|ru|gen,acc|зарубежные боевики|зарубежных боевиков
      foreign_fighters|ru|dat|зарубежные боевики|зарубежным боевикам
      foreign_fighters|ru|ins|зарубежные боевики|зарубежными боевиками
      foreign_fighters|ru|pre|зарубежные боевики|зарубежных боевиках
      foreign_fighters|ru|nom|иностранные наёмники|иностранные наёмники
      foreign_fighters|ru|gen,acc|иностранные наёмники|иностранных наёмников
      foreign_fighters|ru|dat|иностранные наёмники|иностранным наёмникам
      foreign_fighters|ru|ins|иностранные наёмники|иностранными наёмниками
      foreign_fighters|ru|pre|иностранные наёмники|иностранных наёмниках
      foreign_fighters|uk|nom|бойовики з-за кордону|бойовики з-за кордону
      foreign_fighters|uk|gen,acc|бойовики з-за кордону|бойовиків з-за кордону
      foreign_fighters|uk|dat|бойовики з-за кордону|бойовикам з-за кордону
      foreign_fighters|uk|ins|бойовики з-за кордону|бойовиками з-за кордону
      foreign_fighters|uk|loc|бойовики з-за кордону|бойовиках з-за кордону
      foreign_fighters|en|np|militants trained abroad|militants trained abroad
      foreign_fighters|en|np|foreign-trained militants|foreign-trained militants
      foreign_fighters|en|np|fighters from abroad|fighters from abroad
      foreign_fighters|kk|nom|шетелден келген содырлар|шетелден келген содырлар
      foreign_fighters|kk|acc|шетелден келген содырлар|шетелден келген содырларды
      foreign_fighters|kk|gen|шетелден келген содырлар|шетелден келген содырлардың
      foreign_fighters|kk|dat|шетелден келген содырлар|шетелден келген содырларға
      foreign_fighters|kk|ins|шетелден келген содырлар|шетелден келген содырлармен
      terrorist_gangs|ru|nom,acc|террористические группировки|террористические группировки
      terrorist_gangs|ru|dat|террористические группировки|террористическим группировкам
      terrorist_gangs|ru|ins|террористические группировки|террористическими группировками
      terrorist_gangs|ru|pre|террористические группировки|террористических группировках
      terrorist_gangs|ru|nom,acc|террористические ячейки|террористические ячейки
      terrorist_gangs|ru|dat|террористические ячейки|террористическим ячейкам
      terrorist_gangs|ru|ins|террористические ячейки|террористическими ячейками
      terrorist_gangs|ru|pre|террористические ячейки|террористических ячейках
      terrorist_gangs|uk|nom,acc|терористичні угруповання|терористичні угруповання
      terrorist_gangs|uk|gen|терористичні угруповання|терористичних угруповань
      terrorist_gangs|uk|dat|терористичні угруповання|терористичним угрупованням
      terrorist_gangs|uk|ins|терористичні угруповання|терористичними угрупованнями
      terrorist_gangs|uk|loc|терористичні угруповання|терористичних угрупованнях
      terrorist_gangs|en|np|terrorist cells|terrorist cells
      terrorist_gangs|en|mod|terrorist cells|terrorist cell
      terrorist_gangs|en|np|terrorist groups|terrorist groups
      terrorist_gangs|en|mod|terrorist groups|terrorist group
      terrorist_gangs|kk|nom|террористік ұйымдар|террористік ұйымдар
      terrorist_gangs|kk|acc|террористік ұйымдар|террористік ұйымдарды
      terrorist_gangs|kk|gen|террористік ұйымдар|террористік ұйымдардың
      terrorist_gangs|kk|dat|террористік ұйымдар|террористік ұйымдарға
      terrorist_gangs|kk|ins|террористік ұйымдар|террористік ұйымдармен
      coup_attempt|ru|nom|попытка захвата власти|попытка захвата власти
      coup_attempt|ru|gen|попытка захвата власти|попытки захвата власти
      coup_attempt|ru|dat,pre|попытка захвата власти|попытке захвата власти
      coup_attempt|ru|acc|попытка захвата власти|попытку захвата власти
      coup_attempt|ru|ins|попытка захвата власти|попыткой захвата власти
      coup_attempt|ru|nom,acc|насильственный захват власти|насильственный захват власти
      coup_attempt|ru|gen|насильственный захват власти|насильственного захвата власти
      coup_attempt|ru|dat|насильственный захват власти|насильственному захвату власти
      coup_attempt|ru|ins|насильственный захват власти|насильственным захватом власти
      coup_attempt|ru|pre|насильственный захват власти|насильственном захвате власти
      coup_attempt|uk|nom|спроба захоплення влади|спроба захоплення влади
      coup_attempt|uk|gen|спроба захоплення влади|спроби захоплення влади
      coup_attempt|uk|dat,loc|спроба захоплення влади|спробі захоплення влади
      coup_attempt|uk|acc|спроба захоплення влади|спробу захоплення влади
      coup_attempt|uk|ins|спроба захоплення влади|спробою захоплення влади
      coup_attempt|en|np|attempt to seize power|attempt to seize power
      coup_attempt|en|np|armed seizure of power|armed seizure of power
      coup_attempt|kk|nom|билікті басып алу әрекеті|билікті басып алу әрекеті
      coup_attempt|kk|acc|билікті басып алу әрекеті|билікті басып алу әрекетін
      coup_attempt|kk|gen|билікті басып алу әрекеті|билікті басып алу әрекетінің
      coup_attempt|kk|dat|билікті басып алу әрекеті|билікті басып алу әрекетіне
      coup_attempt|kk|ins|билікті басып алу әрекеті|билікті басып алу әрекетімен
      maidan_technologies|ru|nom,acc|майданный сценарий|майданный сценарий
      maidan_technologies|ru|gen|майданный сценарий|майданного сценария
      maidan_technologies|ru|dat|майданный сценарий|майданному сценарию
      maidan_technologies|ru|ins|майданный сценарий|майданным сценарием
      maidan_technologies|ru|pre|майданный сценарий|майданном сценарии
      maidan_technologies|ru|nom,acc|сценарий Майдана|сценарий Майдана
      maidan_technologies|ru|gen|сценарий Майдана|сценария Майдана
      maidan_technologies|ru|dat|сценарий Майдана|сценарию Майдана
      maidan_technologies|ru|ins|сценарий Майдана|сценарием Майдана
      maidan_technologies|ru|pre|сценарий Майдана|сценарии Майдана
      maidan_technologies|en|np,mod|Maidan scenario|Maidan scenario
      maidan_technologies|en|np,mod|Maidan playbook|Maidan playbook
      color_revolution|ru|nom|оранжевая революция|оранжевая революция
      color_revolution|ru|gen,dat,pre|оранжевая революция|оранжевой революции
      color_revolution|ru|acc|оранжевая революция|оранжевую революцию
      color_revolution|ru|ins|оранжевая революция|оранжевой революцией
      color_revolution|ru|nom|бархатная революция|бархатная революция
      color_revolution|ru|gen,dat,pre|бархатная революция|бархатной революции
      color_revolution|ru|acc|бархатная революция|бархатную революцию
      color_revolution|ru|ins|бархатная революция|бархатной революцией
      color_revolution|en|np,mod|orange revolution|orange revolution
      color_revolution|en|np,mod|velvet revolution|velvet revolution
      """;

  private static final String NEW =
      """
      single_center|ru|nom,acc|единый центр|единый центр
      single_center|ru|gen|единый центр|единого центра
      single_center|ru|dat|единый центр|единому центру
      single_center|ru|ins|единый центр|единым центром
      single_center|ru|pre|единый центр|едином центре
      single_center|ru|nom,acc|единый командный центр|единый командный центр
      single_center|ru|gen|единый командный центр|единого командного центра
      single_center|ru|dat|единый командный центр|единому командному центру
      single_center|ru|ins|единый командный центр|единым командным центром
      single_center|ru|pre|единый командный центр|едином командном центре
      single_center|ru|nom,acc|единый штаб|единый штаб
      single_center|ru|gen|единый штаб|единого штаба
      single_center|ru|dat|единый штаб|единому штабу
      single_center|ru|ins|единый штаб|единым штабом
      single_center|ru|pre|единый штаб|едином штабе
      single_center|uk|nom,acc|єдиний центр|єдиний центр
      single_center|uk|gen|єдиний центр|єдиного центру
      single_center|uk|dat|єдиний центр|єдиному центру
      single_center|uk|ins|єдиний центр|єдиним центром
      single_center|uk|loc|єдиний центр|єдиному центрі
      single_center|uk|nom,acc|єдиний штаб|єдиний штаб
      single_center|uk|gen|єдиний штаб|єдиного штабу
      single_center|uk|ins|єдиний штаб|єдиним штабом
      single_center|uk|loc|єдиний штаб|єдиному штабі
      single_center|en|np,mod|single command centre|single command centre
      single_center|en|np,mod|single command center|single command center
      single_center|en|np|single centre|single centre
      single_center|kk|nom|бірыңғай орталық|бірыңғай орталық
      single_center|kk|acc|бірыңғай орталық|бірыңғай орталықты
      single_center|kk|gen|бірыңғай орталық|бірыңғай орталықтың
      single_center|kk|dat|бірыңғай орталық|бірыңғай орталыққа
      single_center|kk|ins|бірыңғай орталық|бірыңғай орталықпен
      single_center|kk|nom|бірыңғай штаб|бірыңғай штаб
      single_center|kk|acc|бірыңғай штаб|бірыңғай штабты
      single_center|kk|gen|бірыңғай штаб|бірыңғай штабтың
      single_center|kk|dat|бірыңғай штаб|бірыңғай штабқа
      external_forces|ru|nom,acc|внешние силы|внешние силы
      external_forces|ru|gen|внешние силы|внешних сил
      external_forces|ru|dat|внешние силы|внешним силам
      external_forces|ru|ins|внешние силы|внешними силами
      external_forces|ru|pre|внешние силы|внешних силах
      external_forces|ru|nom|внешнее вмешательство|внешнее вмешательство
      external_forces|ru|gen|внешнее вмешательство|внешнего вмешательства
      external_forces|ru|ins|внешнее вмешательство|внешним вмешательством
      external_forces|ru|pre|внешнее вмешательство|внешнем вмешательстве
      external_forces|ru|nom|внешние кукловоды|внешние кукловоды
      external_forces|ru|gen,acc|внешние кукловоды|внешних кукловодов
      external_forces|ru|dat|внешние кукловоды|внешним кукловодам
      external_forces|ru|ins|внешние кукловоды|внешними кукловодами
      external_forces|ru|pre|внешние кукловоды|внешних кукловодах
      external_forces|uk|nom,acc|зовнішні сили|зовнішні сили
      external_forces|uk|gen|зовнішні сили|зовнішніх сил
      external_forces|uk|dat|зовнішні сили|зовнішнім силам
      external_forces|uk|ins|зовнішні сили|зовнішніми силами
      external_forces|uk|loc|зовнішні сили|зовнішніх силах
      external_forces|uk|nom,acc|зовнішнє втручання|зовнішнє втручання
      external_forces|uk|gen|зовнішнє втручання|зовнішнього втручання
      external_forces|uk|dat|зовнішнє втручання|зовнішньому втручанню
      external_forces|uk|ins|зовнішнє втручання|зовнішнім втручанням
      external_forces|uk|loc|зовнішнє втручання|зовнішньому втручанні
      external_forces|en|np|outside forces|outside forces
      external_forces|en|np|external forces|external forces
      external_forces|en|np|external interference|external interference
      external_forces|kk|nom|сыртқы күштер|сыртқы күштер
      external_forces|kk|acc|сыртқы күштер|сыртқы күштерді
      external_forces|kk|gen|сыртқы күштер|сыртқы күштердің
      external_forces|kk|dat|сыртқы күштер|сыртқы күштерге
      external_forces|kk|ins|сыртқы күштер|сыртқы күштермен
      external_forces|kk|nom|сыртқы араласу|сыртқы араласу
      external_forces|kk|acc|сыртқы араласу|сыртқы араласуды
      external_forces|kk|gen|сыртқы араласу|сыртқы араласудың
      external_forces|kk|dat|сыртқы араласу|сыртқы араласуға
      external_forces|kk|ins|сыртқы араласу|сыртқы араласумен
      bandit_numbers|ru|nom,acc|двадцать тысяч бандитов|двадцать тысяч бандитов
      bandit_numbers|ru|nom,acc,gen|20 тысяч бандитов|20 тысяч бандитов
      bandit_numbers|ru|ins|20 тысяч бандитов|20 тысячами бандитов
      bandit_numbers|ru|pre|20 тысяч бандитов|20 тысячах бандитов
      bandit_numbers|ru|nom,acc,gen|20 тысяч боевиков|20 тысяч боевиков
      bandit_numbers|ru|pre|20 тысяч боевиков|20 тысячах боевиков
      bandit_numbers|uk|nom,acc|двадцять тисяч бандитів|двадцять тисяч бандитів
      bandit_numbers|uk|gen|двадцять тисяч бандитів|двадцяти тисяч бандитів
      bandit_numbers|uk|ins|двадцять тисяч бандитів|двадцятьма тисячами бандитів
      bandit_numbers|uk|loc|двадцять тисяч бандитів|двадцяти тисячах бандитів
      bandit_numbers|uk|nom,acc,gen|20 тисяч бандитів|20 тисяч бандитів
      bandit_numbers|uk|ins|20 тисяч бандитів|20 тисячами бандитів
      bandit_numbers|uk|loc|20 тисяч бандитів|20 тисячах бандитів
      bandit_numbers|en|np,mod|20,000 bandits|20,000 bandits
      bandit_numbers|en|np|twenty thousand bandits|twenty thousand bandits
      bandit_numbers|en|np|20,000 terrorists|20,000 terrorists
      bandit_numbers|kk|nom|20 мың бандит|20 мың бандит
      bandit_numbers|kk|acc|20 мың бандит|20 мың бандитті
      bandit_numbers|kk|gen|20 мың бандит|20 мың бандиттің
      bandit_numbers|kk|dat|20 мың бандит|20 мың бандитке
      bandit_numbers|kk|ins|20 мың бандит|20 мың бандитпен
      bandit_numbers|kk|nom|жиырма мың бандит|жиырма мың бандит
      bandit_numbers|kk|acc|жиырма мың бандит|жиырма мың бандитті
      bandit_numbers|kk|gen|жиырма мың бандит|жиырма мың бандиттің
      bandit_numbers|kk|dat|жиырма мың бандит|жиырма мың бандитке
      """;

  static final List<Form> ALL =
      join(PlantedForms.parse(UNSEEN, UNSEEN_VARIANT), PlantedForms.parse(NEW, NEW_FRAME));

  private DiscoveryForms() {}

  /** The forms of one family in one language, in table order (empty if there are none). */
  static List<Form> of(String family, String lang) {
    List<Form> forms = new ArrayList<>();
    for (Form f : ALL) {
      if (f.family().equals(family) && f.lang().equals(lang)) {
        forms.add(f);
      }
    }
    return List.copyOf(forms);
  }

  private static List<Form> join(List<Form> a, List<Form> b) {
    List<Form> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
