package org.narrascope.corpus.sample;

import java.util.ArrayList;
import java.util.List;
import org.narrascope.corpus.sample.NewsLanguage.Template;

/**
 * The characteristic contexts of each framing family (shipped frames and new frames alike), per
 * language: carrier sentences whose {X} slot takes any phrase of the family, and context sentences
 * that stand beside the carrier in its paragraph. In real news a framing family shares its
 * contexts: foreign fighters "crossed the border" and "were trained in camps", a single centre
 * "coordinated" the attacks. So a seed variant and an unseen variant of one frame are written in
 * the same surroundings, and each new frame in surroundings of its own, which is what lets phrase
 * discovery group them by their contexts.
 *
 * <p>Every family's vocabulary is its own: no sentence here holds a frame expression, a discovery
 * phrase, a quotation mark or a sentence-internal full stop, and a carrier never makes a word agree
 * with its {X} unless every phrase of the family has the same gender and number.
 */
final class FamilyContexts {
  /** The slot of a context sentence (it has no {X}). */
  static final String CONTEXT = "ctx";

  // family | lang | slot (a case, or ctx) | sentence
  private static final String TABLE =
      """
      foreign_fighters|ru|nom|По данным пограничников, {X} пересекли границу {IN} за несколько дней до беспорядков.
      foreign_fighters|ru|nom|{S} утверждает, что {X} прошли подготовку в лагерях и прибыли с оружием.
      foreign_fighters|ru|acc|На блокпостах {IN} задержали {X} с автоматами и чужими паспортами.
      foreign_fighters|ru|gen|{S} сообщил о задержании {X} на блокпостах {IN}.
      foreign_fighters|ru|dat|{S} заявил, что {X} помогали местные проводники, знавшие дороги {IN}.
      foreign_fighters|ru|ins|{S} сообщил, что нападения на блокпосты {IN} совершались {X}, переброшенными через границу.
      foreign_fighters|ru|pre|{S} рассказал {O} {X}, которые прошли подготовку в лагерях за границей.
      foreign_fighters|ru|ctx|Пограничники усилили контроль на границе и проверяют всех, кто въехал в страну в последние недели.
      foreign_fighters|ru|ctx|По словам силовиков, многие из задержанных имели боевой опыт и прошли подготовку в лагерях за границей.
      foreign_fighters|ru|ctx|На блокпостах {IN} изъяли автоматы, патроны и паспорта других государств.
      foreign_fighters|ru|ctx|Следователи выясняют, кто обучал и вооружал прибывших до их появления в стране.
      terrorist_gangs|ru|nom|{S} заявил, что {X} разграбили оружейные магазины и атаковали отделения полиции {IN}.
      terrorist_gangs|ru|acc|Силовики {IN} всю ночь преследовали {X}, разграбившие оружейные магазины.
      terrorist_gangs|ru|gen|В ходе контртеррористической операции {IN} уничтожены остатки {X}.
      terrorist_gangs|ru|dat|{S} приказал открывать огонь на поражение по {X} без предупреждения.
      terrorist_gangs|ru|ins|{S} сообщил, что поджог здания акимата {IN} был совершён {X}.
      terrorist_gangs|ru|pre|{S} рассказал {O} {X}, которые грабили оружейные магазины и жгли машины.
      terrorist_gangs|ru|ctx|Президент разрешил силовикам открывать огонь на поражение без предупреждения.
      terrorist_gangs|ru|ctx|Оружейные магазины {IN} были разграблены, здание акимата подожгли.
      terrorist_gangs|ru|ctx|Контртеррористическая операция {IN} продолжается, ночью в центре города слышна стрельба.
      terrorist_gangs|ru|ctx|Во время зачистки {IN} силовики изъяли {N} единиц оружия.
      coup_attempt|ru|nom|Версия Генпрокуратуры, озвученная {D}, — {X}.
      coup_attempt|ru|nom|{S} уверен: цель заговорщиков {IN} — {X}.
      coup_attempt|ru|gen|{S} обвинил бывшего главу КНБ в организации {X}.
      coup_attempt|ru|acc|{S} заявил, что заговорщики готовили {X} и хотели свергнуть конституционный строй.
      coup_attempt|ru|ins|{S} назвал штурм резиденции президента {IN} {X}.
      coup_attempt|ru|pre|Следствие по делу {O} {X} ведётся по статье о государственной измене.
      coup_attempt|ru|ctx|Бывший глава КНБ задержан по подозрению в государственной измене.
      coup_attempt|ru|ctx|Охрана отразила штурм резиденции президента {IN}, в здании выбиты окна.
      coup_attempt|ru|ctx|Заговорщики, по версии следствия, рассчитывали свергнуть конституционный строй за несколько дней.
      coup_attempt|ru|ctx|Генпрокуратура возбудила дела о государственной измене против нескольких высокопоставленных силовиков.
      color_revolution|ru|nom|{S} уверен: {X} — инструмент смены режима, который годами финансировали западные фонды.
      color_revolution|ru|gen|{S} видит в протестах {IN} признаки {X} и следы западных грантов.
      color_revolution|ru|acc|{S} заявил, что западные фонды годами готовили {X} через некоммерческие организации.
      color_revolution|ru|ins|{S} назвал протесты {IN} {X} по западным лекалам.
      color_revolution|ru|pre|{S} рассуждал {O} {X} и о роли западных грантов в смене режима.
      color_revolution|ru|ctx|Некоммерческие организации, получавшие западные гранты, проверяют в рамках расследования.
      color_revolution|ru|ctx|Протестующих, по версии властей, координировали через мессенджеры и анонимные каналы в соцсетях.
      color_revolution|ru|ctx|Смена режима под лозунгами демократии знакома многим странам постсоветского пространства.
      color_revolution|ru|ctx|{S} напомнил, что западные фонды годами выдавали гранты молодёжным движениям.
      maidan_technologies|ru|nom|{S} уверен: палатки и щиты на площади {IN} — это {X}.
      maidan_technologies|ru|gen|{S} увидел в палаточном лагере на площади {IN} почерк {X}.
      maidan_technologies|ru|acc|{S} заявил, что провокаторы {IN} шаг за шагом копировали {X}.
      maidan_technologies|ru|ins|{S} объяснил появление щитов и касок у протестующих {IN} {X}.
      maidan_technologies|ru|pre|{S} напомнил {O} {X} и о киевских событиях 2014 года.
      maidan_technologies|ru|ctx|Протестующие {IN} ставили палатки на площади и требовали отставки властей, как в Киеве в 2014 году.
      maidan_technologies|ru|ctx|Провокаторы снимали столкновения на камеры и раздавали протестующим щиты и каски.
      maidan_technologies|ru|ctx|{S} сравнил лозунги на площадях с киевскими событиями 2014 года.
      maidan_technologies|ru|ctx|Палаточный городок на площади, по словам чиновников, появился за одну ночь.
      elite_power_struggle|ru|nom|{S} считает, что за беспорядками стояла {X} в окружении первого президента.
      elite_power_struggle|ru|gen|{S} видит в отставках родственников Назарбаева проявление {X}.
      elite_power_struggle|ru|acc|{S} описал {X} как следствие незавершённого транзита от Назарбаева к Токаеву.
      elite_power_struggle|ru|ins|{S} объяснил отставки в госкомпаниях {X} в окружении первого президента.
      elite_power_struggle|ru|pre|{S} подробно говорил {O} {X} внутри правящей группы.
      elite_power_struggle|ru|ctx|Родственники первого президента лишились постов в госкомпаниях и силовых ведомствах.
      elite_power_struggle|ru|ctx|Аналитики связывают события с незавершённым транзитом от Назарбаева к Токаеву.
      elite_power_struggle|ru|ctx|Раскол в окружении первого президента, по мнению наблюдателей, назревал несколько лет.
      elite_power_struggle|ru|ctx|Перестановки в силовых ведомствах {D} подтвердили раскол в правящей группе.
      gas_prices|ru|nom|Повод для первых митингов в Мангистау — {X}.
      gas_prices|ru|acc|Водители в Мангистау почувствовали {X} на своих кошельках уже 1 января.
      gas_prices|ru|ins|{S} объяснил недовольство нефтяников Жанаозена {X} на автозаправках.
      gas_prices|ru|pre|{S} говорил {O} {X} для водителей Мангистау, где большинство машин ездит на автогазе.
      gas_prices|ru|ctx|Стоимость литра автогаза на заправках Мангистау выросла с 60 до 120 тенге в первый день года.
      gas_prices|ru|ctx|Большинство машин в Мангистау ездит на автогазе, поэтому удар по кошелькам оказался ощутимым.
      gas_prices|ru|ctx|Нефтяники Жанаозена первыми вышли на площадь с экономическими требованиями.
      gas_prices|ru|ctx|Правительство пообещало на полгода вернуть прежнюю стоимость топлива в регионе.
      single_center|ru|nom|{S} заявил, что нападениями в нескольких городах руководил {X}.
      single_center|ru|gen|{S} утверждает, что команды нападавшим отдавались из {X}.
      single_center|ru|dat|{S} сообщил, что группы нападавших подчинялись {X} и получали приказы по рации.
      single_center|ru|acc|Следователи {IN} ищут {X}, откуда отдавались приказы.
      single_center|ru|ins|{S} сообщил, что действия нападавших {IN} координировались {X}.
      single_center|ru|pre|{S} говорил {O} {X}, из которого координировались атаки на города.
      single_center|ru|ctx|Атаки начались почти одновременно в нескольких городах, что, по версии силовиков, говорит о координации.
      single_center|ru|ctx|Нападавшие обменивались приказами по рациям и действовали синхронно.
      single_center|ru|ctx|Следователи изучают перехваченные переговоры, по которым передавались команды.
      single_center|ru|ctx|Группы нападавших {IN}, по данным следствия, выдвигались по сигналу в одно и то же время.
      external_forces|ru|nom|Главная угроза суверенитету, по словам официальных лиц, — {X}.
      external_forces|ru|gen|{S} заявил, что за дестабилизацией видна рука {X}.
      external_forces|ru|dat|{S} призвал сплотиться и дать отпор {X}.
      external_forces|ru|acc|{S} обвинил {X} в дестабилизации обстановки в стране.
      external_forces|ru|ins|{S} объяснил дестабилизацию обстановки {X}.
      external_forces|ru|pre|{S} говорил {O} {X} и об угрозе суверенитету страны.
      external_forces|ru|ctx|Официальные лица настаивают, что дестабилизация была выгодна недружественным государствам.
      external_forces|ru|ctx|Геополитические соперники, по версии властей, давно искали повод ослабить страну.
      external_forces|ru|ctx|{S} призвал граждан защищать суверенитет и не поддаваться на провокации.
      bandit_numbers|ru|nom|{S} повторил, что на Алматы напали {X}.
      bandit_numbers|ru|gen|{S} усомнился в официальной оценке: доказательств нападения {X} так и не представили.
      bandit_numbers|ru|acc|{S} назвал цифру в {X} завышенной.
      bandit_numbers|ru|ins|Официальные лица объясняют разгром в центре Алматы {X}, атаковавших город.
      bandit_numbers|ru|pre|{S} усомнился в словах {O} {X}, атаковавших Алматы.
      bandit_numbers|ru|ctx|Официальная цифра с тех пор не менялась, хотя независимого подсчёта нападавших никто не вёл.
      bandit_numbers|ru|ctx|Журналисты попросили назвать источник этой оценки, но ответа не получили.
      bandit_numbers|ru|ctx|Нападавшие, по версии властей, шли на город волнами с разных сторон.
      bandit_numbers|ru|ctx|{S} отметил, что число задержанных {IN} в десятки раз меньше названной цифры.
      foreign_fighters|en|np|{S} said the {X} had crossed the border {IN} days before the riots.
      foreign_fighters|en|np|Border guards {IN} detained some of the {X} with rifles and forged passports.
      foreign_fighters|en|np|{S} claimed the {X} had been trained in camps and armed before the unrest.
      foreign_fighters|en|mod|{S} said the {X} networks had moved weapons across the border.
      foreign_fighters|en|ctx|Border guards have tightened checks on everyone who entered the country in recent weeks.
      foreign_fighters|en|ctx|Security officials say many of those detained had combat experience from camps beyond the border.
      foreign_fighters|en|ctx|Checkpoints {IN} reported seizing rifles, ammunition and passports of other states.
      foreign_fighters|en|ctx|Investigators are trying to establish who trained and armed the newcomers before they arrived.
      terrorist_gangs|en|np|{S} said the {X} had looted gun shops and attacked police stations {IN}.
      terrorist_gangs|en|np|Security forces {IN} pursued the {X} through the night.
      terrorist_gangs|en|np|{S} blamed the {X} for setting the city hall {IN} on fire.
      terrorist_gangs|en|mod|{S} said the {X} attacks {IN} were met with live fire.
      terrorist_gangs|en|ctx|The president authorised security forces to open fire without warning.
      terrorist_gangs|en|ctx|Gun shops {IN} were looted and the city hall was set on fire.
      terrorist_gangs|en|ctx|A counter-terrorist operation {IN} continued, with gunfire heard overnight.
      terrorist_gangs|en|ctx|During the sweep {IN} troops seized {N} firearms.
      coup_attempt|en|np|{S} described the storming of the presidential residence {IN} as part of the {X}.
      coup_attempt|en|np|Prosecutors opened a treason case over the {X}.
      coup_attempt|en|np|{S} said the plotters behind the {X} aimed to overthrow the constitutional order.
      coup_attempt|en|mod|{S} said the {X} case now includes charges of high treason.
      coup_attempt|en|ctx|The former head of the national security committee was detained on suspicion of high treason.
      coup_attempt|en|ctx|Guards repelled an assault on the presidential residence {IN}.
      coup_attempt|en|ctx|Investigators say the plotters hoped to overthrow the constitutional order within days.
      color_revolution|en|np|{S} said Western foundations had spent years preparing the {X} through non-profit groups.
      color_revolution|en|np|{S} saw in the protests {IN} the hallmarks of the {X} and the traces of Western grants.
      color_revolution|en|mod|{S} called the unrest {IN} a textbook {X} operation paid for with Western grants.
      color_revolution|en|ctx|Non-profit groups that received Western grants are being audited.
      color_revolution|en|ctx|Protesters were coordinated through messaging apps and anonymous channels, officials say.
      color_revolution|en|ctx|Regime change under democratic slogans is familiar across the former Soviet space.
      maidan_technologies|en|np|{S} compared the tents and shields on the square {IN} to the {X}.
      maidan_technologies|en|np|{S} said provocateurs {IN} had copied the {X} step by step.
      maidan_technologies|en|ctx|Protesters {IN} pitched tents on the square and demanded the resignation of the authorities, as in Kyiv in 2014.
      maidan_technologies|en|ctx|Provocateurs filmed the clashes and handed out shields and helmets to the crowd.
      maidan_technologies|en|ctx|A tent camp appeared on the main square {IN} overnight, officials said.
      elite_power_struggle|en|np|{S} traced the violence to the {X} inside the ruling circle.
      elite_power_struggle|en|np|{S} said the dismissals at state companies reflected the {X} around the first president.
      elite_power_struggle|en|ctx|Relatives of the first president lost posts at state companies and security agencies.
      elite_power_struggle|en|ctx|Analysts link the events to the unfinished transition from Nazarbayev to Tokayev.
      elite_power_struggle|en|ctx|A rift within the circle of the first president had been growing for years, observers say.
      gas_prices|en|np|{S} said the {X} in Mangystau had sparked the first rallies.
      gas_prices|en|np|Drivers in Mangystau felt the {X} in their wallets on New Year's Day.
      gas_prices|en|mod|{S} said the {X} hike hit drivers in Mangystau hardest.
      gas_prices|en|ctx|A litre of autogas at filling stations in Mangystau doubled from 60 to 120 tenge on New Year's Day.
      gas_prices|en|ctx|Most cars in Mangystau run on autogas, so the blow to household budgets was severe.
      gas_prices|en|ctx|Oil workers in Zhanaozen were the first to walk out with economic demands.
      single_center|en|np|{S} said the attacks in several cities were directed from the {X}.
      single_center|en|np|Investigators {IN} are searching for the {X} that issued the orders.
      single_center|en|np|{S} claimed the attackers obeyed the {X} and received orders by radio.
      single_center|en|mod|{S} said the {X} theory rests on intercepted radio traffic.
      single_center|en|ctx|The attacks began almost simultaneously in several cities, which officials cite as proof of coordination.
      single_center|en|ctx|The attackers exchanged orders over radios and moved in sync.
      single_center|en|ctx|Investigators are studying intercepted radio traffic through which commands were passed.
      external_forces|en|np|{S} warned that the {X} threatened the sovereignty of the country.
      external_forces|en|np|{S} urged citizens to stand firm against the {X}.
      external_forces|en|np|{S} blamed the destabilisation on the {X}.
      external_forces|en|ctx|Officials insist that the destabilisation served unfriendly states.
      external_forces|en|ctx|Geopolitical rivals, in the official version, had long sought a pretext to weaken the country.
      external_forces|en|ctx|{S} called on citizens to defend sovereignty and ignore provocations.
      bandit_numbers|en|np|{S} repeated that the {X} had attacked Almaty in waves.
      bandit_numbers|en|np|{S} questioned the official claim about the {X}.
      bandit_numbers|en|np|No evidence has been offered for the {X} said to have stormed the city.
      bandit_numbers|en|mod|{S} called the {X} figure exaggerated.
      bandit_numbers|en|ctx|The official figure has not changed, although no independent count of the attackers was made.
      bandit_numbers|en|ctx|Journalists asked for the source of the estimate but received no answer.
      bandit_numbers|en|ctx|{S} noted that the number of people detained {IN} was far below the figure named.
      """;

  /**
   * One sentence of a family.
   *
   * @param family the frame id
   * @param lang its language
   * @param slot the case its {X} takes, or {@link #CONTEXT} for a sentence without {X}
   * @param text the template
   */
  record Sentence(String family, String lang, String slot, String text) {}

  static final List<Sentence> ALL = parse(TABLE);

  private FamilyContexts() {}

  /** The carriers of {@code family} in {@code lang} (empty if it has none). */
  static List<Template> carriers(String family, String lang) {
    List<Template> out = new ArrayList<>();
    for (Sentence s : ALL) {
      if (s.family().equals(family) && s.lang().equals(lang) && !s.slot().equals(CONTEXT)) {
        out.add(new Template(s.slot(), s.text()));
      }
    }
    return List.copyOf(out);
  }

  /** The context sentences of {@code family} in {@code lang} (empty if it has none). */
  static List<String> contexts(String family, String lang) {
    List<String> out = new ArrayList<>();
    for (Sentence s : ALL) {
      if (s.family().equals(family) && s.lang().equals(lang) && s.slot().equals(CONTEXT)) {
        out.add(s.text());
      }
    }
    return List.copyOf(out);
  }

  private static List<Sentence> parse(String table) {
    List<Sentence> out = new ArrayList<>();
    for (String line : table.split("\n", -1)) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      out.add(new Sentence(cells[0], cells[1], cells[2], cells[3]));
    }
    return List.copyOf(out);
  }
}
