package org.narrascope.corpus.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.narrascope.corpus.SharedCorpora;

/** Clean sentences in every corpus language and the shared real corpora, for round-trip tests. */
final class CleanSentences {
  static final List<String> RU =
      List.of(
          "«Попытка государственного переворота» — так 6 января 2022 года назвал события"
              + " Касым-Жомарт Токаев.",
          "В Жанаозене цена на сжиженный газ выросла вдвое: с 60 до 120 тенге за литр.",
          "Президент заявил о «20 тысячах бандитов», прошедших подготовку за рубежом.",
          "Эксперты считают, что это была борьба элит за власть, а не «цветная революция».",
          "Указ № 733 о введении чрезвычайного положения подписан ночью.",
          "Миротворцы ОДКБ покинули Казахстан уже 13 января, фейки о них — тоже.",
          "Ещё вчера в Алматы горели здания акимата; съёмка — из соцсетей.",
          "ЭКСПЕРТЫ ОБЪЯСНЯЮТ: ЩЕДРЫЕ ОБЕЩАНИЯ НЕ ПОМОГЛИ, ЦЕНЫ ФАКТИЧЕСКИ НЕ ЗАМОРОЖЕНЫ, ЁЛКИ.",
          "Шёл «Ъ»-обзор: подъём цен, съезд партии, объявление итогов.",
          "🔥 Срочно: в Алматы введён комендантский час ❗️ Журналист «Эха» сообщил об этом.");
  static final List<String> UK =
      List.of(
          "Президент Казахстану заявив про «спробу державного перевороту».",
          "Ціна на скраплений газ у Жанаозені зросла вдвічі — до 120 тенге.",
          "Експерти пояснюють це боротьбою еліт, а не «кольоровою революцією».",
          "Ґрунтовний аналіз з’явився лише через тиждень.",
          "Пʼять днів країна жила без інтернету; їхні новини не виходили.",
          "Указ № 733 запровадив надзвичайний стан у всій країні.",
          "Миротворці ОДКБ залишили Казахстан 13 січня.",
          "Єдиної версії подій досі немає, і це є проблемою.",
          "«Іноземні бойовики» — ключова теза офіційної риторики.",
          "ЇЖАК, ҐАНОК, ЄВРОПА, ІНТЕРНЕТ: великі літери теж мають бути.");
  static final List<String> KK =
      List.of(
          "Қаңтар оқиғасы кезінде елде төтенше жағдай жарияланды.",
          "Жаңаөзенде сұйытылған газдың бағасы екі есе өсті — 120 теңгеге дейін.",
          "Президент «мемлекеттік төңкеріс әрекеті» туралы мәлімдеді.",
          "Сарапшылар мұны элита арасындағы билік үшін күрес деп бағалады.",
          "Ұжымдық қауіпсіздік туралы шарт ұйымының әскерлері 13 қаңтарда кетті.",
          "Шаһар тұрғындары үйлерінен шықпады, Һ әрпі сирек кездеседі.",
          "Әкімдік ғимараты өртенді, бұл туралы № 5 хабарламада айтылды.",
          "Үкімет отставкаға кетті; Ғарыш, Өскемен, Ұлытау, Үржар, Іле, Ңа — тізім.",
          "Шетелдік содырлар туралы мәлімет расталмады.",
          "ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ҮКІМЕТІ: ЕЛДЕ ТЫНЫШТЫҚ ОРНАДЫ.");
  static final List<String> BE =
      List.of(
          "Прэзідэнт Казахстана заявіў пра «спробу дзяржаўнага перавароту».",
          "Кошт звадкаванага газу ў Жанаозені вырас удвая — да 120 тэнге.",
          "Эксперты лічаць, што гэта была барацьба эліт за ўладу.",
          "Міратворцы АДКБ пакінулі краіну 13 студзеня.",
          "Указ № 733 увёў надзвычайнае становішча.",
          "Ўсё гэта адбывалася ў першы тыдзень года.",
          "Інтэрнэт быў адключаны амаль на тыдзень.",
          "Сям’я загінулага патрабуе расследавання.",
          "«Каляровая рэвалюцыя» — ключавая тэза афіцыйных СМІ.",
          "ЎЛАДА ЗАЯВІЛА: ЗАМЕЖНЫЯ БАЙЦЫ ЎДЗЕЛЬНІЧАЛІ Ў БЕСПАРАДКАХ.");
  static final List<String> EN =
      List.of(
          "Kazakh President Kassym-Jomart Tokayev called it an \"attempted coup d'état\".",
          "The LPG price in Zhanaozen doubled, from 60 to 120 tenge per litre.",
          "Experts read the unrest as an elite power struggle — not a colour revolution.",
          "The Kremlin spoke of “international terrorist gangs” and ‘foreign fighters’.",
          "CSTO peacekeepers left Kazakhstan on 13 January 2022.",
          "Decree No. 733 declared a state of emergency; the internet was cut for days.",
          "COVID-19 restrictions, iPhone footage and Telegram channels shaped the coverage.",
          "Nazarbayev’s role remained unclear… for weeks.",
          "Prices rose by 100% overnight – a 2× increase.",
          "The café owner in Almaty said: «We closed early».");

  static final Map<String, List<String>> BY_LANGUAGE =
      Map.of("ru", RU, "uk", UK, "kk", KK, "be", BE, "en", EN);

  /** Every letter of the ru, uk, be and kk alphabets, both cases, plus «», —, №, ’, ʼ, digits. */
  static final String ALPHABETS =
      "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
          + "ҐЄІЇґєії"
          + "Ўў"
          + "ӘҒҚҢӨҰҮҺәғқңөұүһ"
          + "«»—–№’ʼ‘“”„…0123456789";

  private CleanSentences() {}

  static List<String> all() {
    List<String> all = new ArrayList<>();
    all.addAll(RU);
    all.addAll(UK);
    all.addAll(KK);
    all.addAll(BE);
    all.addAll(EN);
    return all;
  }

  /**
   * The shared corpora folder, found by walking up from the working directory to an ancestor that
   * has {@code shared/corpora}; empty when this checkout has none.
   */
  static Optional<Path> sharedCorpora() {
    return SharedCorpora.find();
  }

  /** The first {@code limit} sentences of a KazNERD IOB2 file (one token a line). */
  static List<String> kazNerdSentences(Path file, int limit) throws IOException {
    List<String> sentences = new ArrayList<>();
    StringBuilder sentence = new StringBuilder();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        if (sentence.length() > 0) {
          sentences.add(sentence.toString());
          sentence.setLength(0);
          if (sentences.size() == limit) {
            break;
          }
        }
        continue;
      }
      int space = line.lastIndexOf(' ');
      if (sentence.length() > 0) {
        sentence.append(' ');
      }
      sentence.append(space > 0 ? line.substring(0, space) : line);
    }
    if (sentence.length() > 0 && sentences.size() < limit) {
      sentences.add(sentence.toString());
    }
    return sentences;
  }
}
