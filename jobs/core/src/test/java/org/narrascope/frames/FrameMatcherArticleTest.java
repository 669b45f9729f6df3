package org.narrascope.frames;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whole articles: several frames, quoted and authorial, distractors around them. */
class FrameMatcherArticleTest {
  private static FrameMatcher matcher;

  @BeforeAll
  static void compile() {
    matcher = FrameMatcher.compile(Lexicon.load(FrameExamples.SHIPPED));
  }

  @AfterAll
  static void close() {
    matcher.close();
  }

  /** The expected match of the {@code nth} (0-based) occurrence of {@code phrase}. */
  private static FrameMatch at(
      String text, String frameId, String phrase, int nth, boolean quoted) {
    int from = -1;
    for (int i = 0; i <= nth; i++) {
      from = text.indexOf(phrase, from + 1);
    }
    assertThat(from).as(phrase).isNotNegative();
    return new FrameMatch(frameId, from, from + phrase.length(), quoted);
  }

  @Test
  void russianArticle() {
    String text =
        """
        Президент Токаев заявил, что страна пережила «попытку государственного переворота», \
        а в Алматы действовали иностранные боевики. Майдан здесь ни при чём, говорят в Москве, \
        но «майданные технологии» узнаваемы.

        Независимые эксперты видят другое: борьба кланов и рост цен на газ. Газовая плита \
        и новые технологии тут ни при чём. «Это борьба за власть», — сказал политолог.""";
    List<FrameMatch> expected = new ArrayList<>();
    expected.add(at(text, "coup_attempt", "попытку государственного переворота", 0, true));
    expected.add(at(text, "foreign_fighters", "иностранные боевики", 0, false));
    expected.add(at(text, "maidan_technologies", "майданные технологии", 0, true));
    expected.add(at(text, "elite_power_struggle", "борьба кланов", 0, false));
    expected.add(at(text, "gas_prices", "рост цен на газ", 0, false));
    expected.add(at(text, "elite_power_struggle", "борьба за власть", 0, true));
    assertThat(matcher.find("ru", text)).containsExactlyElementsOf(expected);
  }

  @Test
  void ukrainianArticle() {
    String text =
        "Кремль говорить про „кольорову революцію“ і терористичні банди. "
            + "Експерти пишуть про боротьбу еліт та подорожчання газу; на Майдані Незалежності тихо.";
    assertThat(matcher.find("uk", text))
        .containsExactly(
            at(text, "color_revolution", "кольорову революцію", 0, true),
            at(text, "terrorist_gangs", "терористичні банди", 0, false),
            at(text, "elite_power_struggle", "боротьбу еліт", 0, false),
            at(text, "gas_prices", "подорожчання газу", 0, false));
  }

  @Test
  void englishArticle() {
    String text =
        "Officials blamed \"international terrorist gangs\" and foreign fighters, while foreign "
            + "journalists and foreign fighter jets were nowhere to be seen. Analysts called it an "
            + "elite power struggle over gas prices, not a coup attempt. The gas station was empty.";
    assertThat(matcher.find("en", text))
        .containsExactly(
            at(text, "terrorist_gangs", "international terrorist gangs", 0, true),
            at(text, "foreign_fighters", "foreign fighters", 0, false),
            at(text, "elite_power_struggle", "power struggle", 0, false),
            at(text, "gas_prices", "gas prices", 0, false),
            at(text, "coup_attempt", "coup attempt", 0, false));
  }

  @Test
  void kazakhArticle() {
    String text =
        "Ресми билік шетелдік содырлар туралы айтты. Сарапшылар газ бағасының өсуін атады.";
    assertThat(matcher.find("kk", text))
        .containsExactly(
            at(text, "foreign_fighters", "шетелдік содырлар", 0, false),
            at(text, "gas_prices", "газ бағасының", 0, false));
  }
}
