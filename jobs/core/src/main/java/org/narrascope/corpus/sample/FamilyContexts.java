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
      foreign_fighters|uk|nom|За даними прикордонників, {X} перетнули кордон {IN} за кілька днів до заворушень.
      foreign_fighters|uk|nom|{S} стверджує, що {X} пройшли підготовку в таборах і прибули зі зброєю.
      foreign_fighters|uk|acc|На блокпостах {IN} затримали {X} з автоматами та чужими паспортами.
      foreign_fighters|uk|gen|{S} повідомив про затримання {X} на блокпостах {IN}.
      foreign_fighters|uk|ins|{S} повідомив, що напади на блокпости {IN} здійснювалися {X}, які мали бойовий досвід.
      foreign_fighters|uk|ctx|Прикордонники посилили контроль на кордоні та перевіряють усіх, хто прибув до країни останніми тижнями.
      foreign_fighters|uk|ctx|За словами силовиків, багато затриманих мали бойовий досвід і пройшли підготовку в таборах за кордоном.
      foreign_fighters|uk|ctx|На блокпостах {IN} вилучили автомати, набої та паспорти інших держав.
      terrorist_gangs|uk|nom|{S} заявив, що {X} пограбували збройові крамниці й атакували відділки поліції {IN}.
      terrorist_gangs|uk|gen|Під час контртерористичної операції {IN} знищено залишки {X}.
      terrorist_gangs|uk|dat|{S} наказав відкривати вогонь на ураження по {X} без попередження.
      terrorist_gangs|uk|ins|{S} повідомив, що підпал будівлі акімату {IN} вчинено {X}.
      terrorist_gangs|uk|ctx|Президент дозволив силовикам відкривати вогонь на ураження без попередження.
      terrorist_gangs|uk|ctx|Збройові крамниці {IN} були пограбовані, будівлю акімату підпалили.
      terrorist_gangs|uk|ctx|Контртерористична операція {IN} триває, вночі в центрі міста чути стрілянину.
      coup_attempt|uk|nom|{S} переконаний: мета змовників {IN} — {X}.
      coup_attempt|uk|gen|{S} звинуватив колишнього голову КНБ в організації {X}.
      coup_attempt|uk|acc|{S} заявив, що змовники готували {X} й хотіли повалити конституційний лад.
      coup_attempt|uk|ins|{S} назвав штурм резиденції президента {IN} {X}.
      coup_attempt|uk|loc|{S} наголосив на {X}, спрямованій проти конституційного ладу.
      coup_attempt|uk|ctx|Колишнього голову КНБ затримано за підозрою в державній зраді.
      coup_attempt|uk|ctx|Охорона відбила штурм резиденції президента {IN}.
      coup_attempt|uk|ctx|Змовники, за версією слідства, розраховували повалити конституційний лад за кілька днів.
      color_revolution|uk|nom|{S} переконаний: {X} — інструмент зміни режиму, який роками фінансували західні фонди.
      color_revolution|uk|gen|{S} бачить у протестах {IN} ознаки {X} та сліди західних грантів.
      color_revolution|uk|acc|{S} заявив, що західні фонди роками готували {X} через неприбуткові організації.
      color_revolution|uk|ins|{S} назвав протести {IN} {X} за західними лекалами.
      color_revolution|uk|ctx|Неприбуткові організації, які отримували західні гранти, перевіряють у межах розслідування.
      color_revolution|uk|ctx|Протестувальників, за версією влади, координували через месенджери та анонімні канали в соцмережах.
      maidan_technologies|uk|nom|{S} переконаний: намети й щити на площі {IN} — це {X}.
      maidan_technologies|uk|gen|{S} побачив у наметовому таборі на площі {IN} почерк {X}.
      maidan_technologies|uk|acc|{S} заявив, що провокатори {IN} крок за кроком копіювали {X}.
      maidan_technologies|uk|ins|{S} пояснив появу щитів і касок у протестувальників {IN} {X}.
      maidan_technologies|uk|ctx|Протестувальники {IN} ставили намети на площі й вимагали відставки влади.
      maidan_technologies|uk|ctx|Провокатори знімали сутички на камери й роздавали протестувальникам щити та каски.
      elite_power_struggle|uk|nom|{S} вважає, що за заворушеннями стояла {X} в оточенні першого президента.
      elite_power_struggle|uk|gen|{S} бачить у відставках родичів Назарбаєва прояв {X}.
      elite_power_struggle|uk|acc|{S} описав {X} як наслідок незавершеного транзиту від Назарбаєва до Токаєва.
      elite_power_struggle|uk|ins|{S} пояснив відставки в держкомпаніях {X} в оточенні першого президента.
      elite_power_struggle|uk|loc|{S} докладно зупинився на {X} всередині правлячої групи.
      elite_power_struggle|uk|ctx|Родичі першого президента втратили посади в держкомпаніях і силових відомствах.
      elite_power_struggle|uk|ctx|Аналітики вбачають у подіях наслідок незавершеного транзиту від Назарбаєва до Токаєва.
      elite_power_struggle|uk|ctx|Розкол в оточенні першого президента, на думку спостерігачів, назрівав кілька років.
      gas_prices|uk|nom|Привід для перших мітингів у Мангистау — {X}.
      gas_prices|uk|acc|Водії в Мангистау відчули {X} на своїх гаманцях уже 1 січня.
      gas_prices|uk|ins|{S} пояснив невдоволення нафтовиків Жанаозена {X} на автозаправках.
      gas_prices|uk|loc|{S} наголошував на {X} для водіїв Мангистау, де більшість машин їздить на автогазі.
      gas_prices|uk|ctx|Вартість літра автогазу на заправках Мангистау зросла з 60 до 120 тенге в перший день року.
      gas_prices|uk|ctx|Більшість машин у Мангистау їздить на автогазі, тож удар по гаманцях виявився відчутним.
      gas_prices|uk|ctx|Нафтовики Жанаозена першими вийшли на площу з економічними вимогами.
      single_center|uk|nom|{S} заявив, що нападами в кількох містах керував {X}.
      single_center|uk|gen|{S} стверджує, що команди нападникам надходили з {X}.
      single_center|uk|dat|{S} повідомив, що групи нападників підпорядковувалися {X} й отримували накази по рації.
      single_center|uk|acc|Слідчі {IN} шукають {X}, звідки віддавалися накази.
      single_center|uk|ins|{S} повідомив, що дії нападників {IN} координувалися {X}.
      single_center|uk|loc|{S} наголошував на {X}, з якого координувалися атаки на міста.
      single_center|uk|ctx|Атаки почалися майже одночасно в кількох містах, що, за версією силовиків, свідчить про координацію.
      single_center|uk|ctx|Нападники обмінювалися наказами по раціях і діяли синхронно.
      single_center|uk|ctx|Слідчі вивчають перехоплені переговори, якими передавалися команди.
      external_forces|uk|nom|Головна загроза суверенітету, за словами посадовців, — {X}.
      external_forces|uk|gen|{S} заявив, що за дестабілізацією видно руку {X}.
      external_forces|uk|dat|{S} закликав згуртуватися й дати відсіч {X}.
      external_forces|uk|ins|{S} пояснив дестабілізацію обстановки {X}.
      external_forces|uk|loc|{S} наголошував на {X} та загрозі суверенітету країни.
      external_forces|uk|ctx|Посадовці наполягають, що дестабілізація була вигідна недружнім державам.
      external_forces|uk|ctx|Геополітичні суперники, за версією влади, давно шукали приводу послабити країну.
      bandit_numbers|uk|nom|{S} повторив, що на Алмати напали {X}.
      bandit_numbers|uk|gen|{S} засумнівався в офіційній оцінці: доказів нападу {X} так і не надали.
      bandit_numbers|uk|acc|{S} назвав цифру в {X} завищеною.
      bandit_numbers|uk|loc|{S} не наполягав на {X}, які нібито атакували Алмати.
      bandit_numbers|uk|ctx|Офіційна цифра відтоді не змінювалася, хоча незалежного підрахунку нападників ніхто не вів.
      bandit_numbers|uk|ctx|Журналісти попросили назвати джерело цієї оцінки, але відповіді не отримали.
      bandit_numbers|uk|ctx|{S} зазначив, що кількість затриманих {IN} у десятки разів менша за названу цифру.
      foreign_fighters|kk|nom|Шекарашылардың мәліметінше, {X} тәртіпсіздіктерден бірнеше күн бұрын шекарадан өткен.
      foreign_fighters|kk|acc|{IN} бақылау бекеттерінде {X} қаруымен бірге ұстады.
      foreign_fighters|kk|gen|{S} {X} лагерьлерде әскери дайындықтан өткенін айтты.
      foreign_fighters|kk|dat|{S} {X} жергілікті жолбасшылар көмектескенін хабарлады.
      foreign_fighters|kk|ctx|Шекарашылар шекарадағы бақылауды күшейтіп, соңғы апталарда елге кірген барлық адамды тексеріп жатыр.
      foreign_fighters|kk|ctx|Күштік құрылымдардың айтуынша, ұсталғандардың көбі шетелдегі лагерьлерде әскери дайындықтан өткен.
      foreign_fighters|kk|ctx|{IN} бақылау бекеттерінде автоматтар, оқ-дәрі және басқа мемлекеттердің паспорттары тәркіленді.
      terrorist_gangs|kk|nom|{S}: {X} қару дүкендерін тонап, полиция бөлімдеріне шабуыл жасады.
      terrorist_gangs|kk|acc|Қауіпсіздік күштері {IN} түні бойы {X} қуды.
      terrorist_gangs|kk|gen|{IN} терроризмге қарсы операция кезінде {X} қалдықтары жойылды.
      terrorist_gangs|kk|dat|Президент {X} ескертусіз оқ атуға бұйрық берді.
      terrorist_gangs|kk|ctx|Президент күштік құрылымдарға ескертусіз оқ атуға рұқсат берді.
      terrorist_gangs|kk|ctx|{IN} қару дүкендері тоналып, әкімдік ғимараты өртелді.
      terrorist_gangs|kk|ctx|{IN} терроризмге қарсы операция жалғасып жатыр, түнде қала орталығында атыс естілді.
      coup_attempt|kk|nom|{S} сенімді: қастандық жасаушылардың мақсаты — {X}.
      coup_attempt|kk|acc|{S} қастандық жасаушылар {X} алдын ала дайындағанын мәлімдеді.
      coup_attempt|kk|gen|{S} тергеушілер {X} ұйымдастырушыларын іздеп жатқанын айтты.
      coup_attempt|kk|dat|Прокуратура {X} қатысты қылмыстық іс қозғады.
      coup_attempt|kk|ctx|ҰҚК бұрынғы төрағасы мемлекетке опасыздық жасады деген күдікпен ұсталды.
      coup_attempt|kk|ctx|Күзет {IN} президент резиденциясына жасалған шабуылға тойтарыс берді.
      coup_attempt|kk|ctx|Тергеу нұсқасы бойынша, қастандық жасаушылар конституциялық құрылысты бірнеше күнде құлатпақ болған.
      color_revolution|kk|nom|{S} сенімді: {X} — батыс қорлары жылдар бойы қаржыландырған режимді ауыстыру құралы.
      color_revolution|kk|acc|{S} батыс қорлары {X} гранттар арқылы дайындағанын айтты.
      color_revolution|kk|gen|{S} {IN} наразылықтардан {X} белгілерін көрді.
      color_revolution|kk|ctx|Батыс гранттарын алған қоғамдық бірлестіктер тергеу аясында тексеріліп жатыр.
      color_revolution|kk|ctx|Ресми нұсқа бойынша, наразылық білдірушілерді мессенджерлер мен жасырын арналар арқылы үйлестірген.
      maidan_technologies|kk|nom|{S} сенімді: {IN} алаңдағы шатырлар мен қалқандар — {X}.
      maidan_technologies|kk|acc|{S} арандатушылар {IN} {X} қадам сайын көшіргенін мәлімдеді.
      maidan_technologies|kk|ctx|{IN} наразылық білдірушілер алаңға шатыр тігіп, үкіметтің отставкаға кетуін талап етті.
      maidan_technologies|kk|ctx|Арандатушылар қақтығыстарды камераға түсіріп, жиналғандарға қалқан мен дулыға таратты.
      elite_power_struggle|kk|nom|{S} пікірінше, тәртіпсіздіктердің артында тұңғыш президенттің айналасындағы {X} тұр.
      elite_power_struggle|kk|gen|{S} Назарбаевтың туыстарының отставкасын {X} көрінісі деп санайды.
      elite_power_struggle|kk|ctx|Тұңғыш президенттің туыстары мемлекеттік компаниялар мен күштік ведомстволардағы қызметтерінен айырылды.
      elite_power_struggle|kk|ctx|Бақылаушылар оқиғаларды Назарбаевтан Тоқаевқа өкілеттік берудің аяқталмағанымен байланыстырады.
      gas_prices|kk|nom|Маңғыстаудағы алғашқы митингтерге себеп — {X}.
      gas_prices|kk|acc|Маңғыстау жүргізушілері {X} 1 қаңтарда-ақ өз қалтасынан сезінді.
      gas_prices|kk|ctx|Маңғыстаудағы жанармай құю бекеттерінде бір литр автогаздың құны жаңа жылдың алғашқы күні 60 теңгеден 120 теңгеге дейін өсті.
      gas_prices|kk|ctx|Жаңаөзен мұнайшылары алаңға бірінші болып экономикалық талаптармен шықты.
      single_center|kk|nom|{S} бірнеше қаладағы шабуылдарды {X} басқарғанын мәлімдеді.
      single_center|kk|acc|Тергеушілер {IN} бұйрықтар берілген {X} іздеп жатыр.
      single_center|kk|gen|{S} шабуылдаушылар {X} нұсқауымен әрекет еткенін айтты.
      single_center|kk|dat|{S} шабуылдаушылар топтары {X} бағынып, бұйрықтарды рация арқылы алғанын хабарлады.
      single_center|kk|ctx|Шабуылдар бірнеше қалада бір мезгілде басталды, күштік құрылымдардың пікірінше бұл үйлестірудің белгісі.
      single_center|kk|ctx|Шабуылдаушылар рация арқылы бұйрық алмасып, келісілген түрде әрекет етті.
      external_forces|kk|nom|Лауазымды тұлғалардың айтуынша, егемендікке басты қауіп — {X}.
      external_forces|kk|gen|{S} жағдайды тұрақсыздандыруда {X} ізі бар екенін айтты.
      external_forces|kk|dat|{S} азаматтарды бірігіп, {X} тойтарыс беруге шақырды.
      external_forces|kk|ctx|Ресми тұлғалар тұрақсыздандыру достық емес мемлекеттерге тиімді болды деп есептейді.
      external_forces|kk|ctx|{S} азаматтарды егемендікті қорғауға және арандатуларға ермеуге шақырды.
      bandit_numbers|kk|nom|{S} Алматыға {X} шабуыл жасағанын қайталады.
      bandit_numbers|kk|gen|{S} ресми бағалауға күмән келтірді: {X} шабуылына дәлел әлі ұсынылған жоқ.
      bandit_numbers|kk|dat|{S} {X} қатысты ресми мәлімдемеге күмән келтірді.
      bandit_numbers|kk|ctx|Ресми сан содан бері өзгерген жоқ, дегенмен шабуылдаушыларды ешкім тәуелсіз санаған жоқ.
      bandit_numbers|kk|ctx|Журналистер бұл бағалаудың дереккөзін сұрады, бірақ жауап алмады.
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
