package org.narrascope.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.NarrascopeException;
import org.narrascope.corpus.Document;
import org.narrascope.frames.attribution.MentionAttributor;
import org.narrascope.frames.attribution.MentionStance;
import org.narrascope.index.ShardReader;
import org.narrascope.index.ShardWriter;

/** Keyword-in-context search over shards on disk, with the index filters and entry predicates. */
class ConcordancerTest {
  @TempDir static Path dir;
  static Lexicon lexicon;
  static final List<String> SHARDS = List.of("shard-00000", "shard-00001");

  @BeforeAll
  static void writeTwoShards() {
    lexicon = Lexicon.load(Path.of("../../corpus/frames/kazakhstan-2022.yaml"));
    try (ShardWriter w = ShardWriter.create(dir.resolve(SHARDS.get(0)))) {
      w.add(
          doc(
              "r1",
              "steppe_courier",
              5,
              "ru",
              "Попытка переворота",
              "Власти назвали это «попыткой переворота»."));
      w.add(
          doc(
              "e1",
              "eurasia_policy_review",
              7,
              "en",
              "",
              "Officials spoke of a coup attempt.\nCritics saw a power struggle."));
      w.add(doc("u1", "steppe_courier", 6, "und", "", "Говорят о попытке переворота."));
      w.add(doc("n1", "steppe_courier", 5, "ru", "Новые технологии", "Переворот в кулинарии."));
    }
    try (ShardWriter w = ShardWriter.create(dir.resolve(SHARDS.get(1)))) {
      w.add(
          doc(
              "r2",
              "severny_telegraf",
              8,
              "ru",
              "",
              "Это была попытка государственного переворота, заявил он."));
      w.add(doc("e2", "steppe_courier", 9, "en", "", "An \"attempted coup\", the minister said."));
    }
  }

  @Test
  void findsEveryMentionOfTheFrameInIndexOrder() {
    Concordance c = search(ConcordanceQuery.of("coup_attempt"), 2);
    assertThat(c.entries())
        .extracting(e -> tuple(e.docId(), e.field(), e.start(), e.end(), e.match(), e.quoted()))
        .containsExactly(
            tuple("r1", "title", 0, 18, "Попытка переворота", false),
            tuple("r1", "text", 20, 39, "попыткой переворота", true),
            tuple("e1", "text", 21, 33, "coup attempt", false),
            tuple("u1", "text", 10, 28, "попытке переворота", false),
            tuple("r2", "text", 9, 44, "попытка государственного переворота", false),
            tuple("e2", "text", 4, 18, "attempted coup", true));
    assertThat(c.documents()).isEqualTo(5);
    assertThat(c.shards()).isEqualTo(2);
    ConcordanceEntry first = c.entries().get(2);
    assertThat(first)
        .isEqualTo(
            new ConcordanceEntry(
                "e1",
                LocalDate.of(2022, 1, 7),
                "eurasia_policy_review",
                "en",
                "text",
                21,
                33,
                false,
                MentionStance.REPORTED,
                "Officials",
                "Officials spoke of a ",
                "coup attempt",
                ". Critics saw a power struggle."));
  }

  @Test
  void theEntriesAreTheMentionsACountFindsForTheFrame() {
    List<Tuple> counted = new ArrayList<>();
    try (FrameMatcher matcher = FrameMatcher.compile(lexicon)) {
      for (String name : SHARDS) {
        try (ShardReader reader = ShardReader.open(dir.resolve(name))) {
          new ShardFrameScan(reader, matcher, List.of("coup_attempt"), MentionAttributor.builtIn())
              .scan(
                  d ->
                      d.mentions().stream()
                          .filter(m -> m.frame().equals("coup_attempt"))
                          .forEach(
                              m ->
                                  counted.add(
                                      tuple(
                                          d.document().id(),
                                          m.field(),
                                          m.start(),
                                          m.end(),
                                          m.quoted(),
                                          m.stance(),
                                          m.speaker(),
                                          m.left(),
                                          m.match(),
                                          m.right()))));
        }
      }
    }
    assertThat(search(ConcordanceQuery.of("coup_attempt"), 1).entries())
        .extracting(
            e ->
                tuple(
                    e.docId(),
                    e.field(),
                    e.start(),
                    e.end(),
                    e.quoted(),
                    e.stance(),
                    e.speaker(),
                    e.left(),
                    e.match(),
                    e.right()))
        .containsExactlyElementsOf(counted)
        .hasSize(6);
  }

  @Test
  void sourceLanguageAndDateFiltersNarrowTheSearch() {
    assertThat(ids(ConcordanceQuery.of("coup_attempt").withSources(List.of("steppe_courier"))))
        .containsExactly("r1", "r1", "u1", "e2");
    assertThat(ids(ConcordanceQuery.of("coup_attempt").withLanguages(List.of("en", "und"))))
        .containsExactly("e1", "u1", "e2");
    assertThat(
            ids(
                ConcordanceQuery.of("coup_attempt")
                    .between(
                        Optional.of(LocalDate.of(2022, 1, 6)),
                        Optional.of(LocalDate.of(2022, 1, 8)))))
        .containsExactly("e1", "u1", "r2");
    assertThat(
            ids(
                ConcordanceQuery.of("coup_attempt")
                    .between(Optional.empty(), Optional.of(LocalDate.of(2022, 1, 6)))))
        .containsExactly("r1", "r1", "u1");
    assertThat(
            ids(
                ConcordanceQuery.of("coup_attempt")
                    .withSources(List.of("steppe_courier"))
                    .withLanguages(List.of("en"))))
        .containsExactly("e2");
    assertThat(ids(ConcordanceQuery.of("coup_attempt").withLanguages(List.of("kk")))).isEmpty();
    assertThat(ids(ConcordanceQuery.of("coup_attempt").withSources(List.of("nobody")))).isEmpty();
  }

  @Test
  void anEmptyDateRangeIsAnError() {
    assertThatThrownBy(
            () ->
                ConcordanceQuery.of("coup_attempt")
                    .between(
                        Optional.of(LocalDate.of(2022, 1, 9)),
                        Optional.of(LocalDate.of(2022, 1, 8))))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage(
            "the date range 2022-01-09 to 2022-01-08 is empty: the first day is after the last");
  }

  @Test
  void predicatesFilterTheEntriesAndTheDocumentCount() {
    Concordance quoted =
        search(ConcordanceQuery.of("coup_attempt").where(ConcordanceEntry::quoted), 2);
    assertThat(quoted.entries()).extracting(ConcordanceEntry::docId).containsExactly("r1", "e2");
    assertThat(quoted.documents()).isEqualTo(2);
    Concordance authorial =
        search(
            ConcordanceQuery.of("coup_attempt")
                .where(e -> !e.quoted())
                .where(e -> e.field().equals("text")),
            2);
    assertThat(authorial.entries())
        .extracting(ConcordanceEntry::docId)
        .containsExactly("e1", "u1", "r2");
    assertThat(authorial.documents()).isEqualTo(3);
  }

  @Test
  void contextIsCutToTheCharactersAskedFor() {
    ConcordanceEntry e =
        search(ConcordanceQuery.of("coup_attempt").withLanguages(List.of("en")).withContext(5), 1)
            .entries()
            .get(0);
    assertThat(e.left()).isEqualTo("of a ");
    assertThat(e.right()).isEqualTo(". Cri");
  }

  @Test
  void theNumberOfThreadsDoesNotChangeTheResult() {
    ConcordanceQuery q = ConcordanceQuery.of("elite_power_struggle");
    Concordance one = search(q, 1);
    assertThat(search(q, 4)).isEqualTo(one);
    assertThat(one.entries()).extracting(ConcordanceEntry::match).containsExactly("power struggle");
  }

  @Test
  void anUnknownFrameIsAnErrorListingTheKnownOnes() {
    assertThatThrownBy(() -> Concordancer.of(lexicon, ConcordanceQuery.of("coup"), 1))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage(
            "unknown frame 'coup'; the frames of lexicon "
                + lexicon.name()
                + " are: maidan_technologies, foreign_fighters, terrorist_gangs, coup_attempt,"
                + " color_revolution, elite_power_struggle, gas_prices");
  }

  @Test
  void aMissingShardIsAnErrorNamingItsFolder() {
    Concordancer c = Concordancer.of(lexicon, ConcordanceQuery.of("coup_attempt"), 2);
    assertThatThrownBy(() -> c.search(List.of("shard-00000", "shard-00009"), dir::resolve))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageContaining("cannot open index shard " + dir.resolve("shard-00009"));
  }

  private static List<String> ids(ConcordanceQuery q) {
    return search(q, 2).entries().stream().map(ConcordanceEntry::docId).toList();
  }

  private static Concordance search(ConcordanceQuery q, int threads) {
    return Concordancer.of(lexicon, q, threads).search(SHARDS, dir::resolve);
  }

  private static Document doc(
      String id, String source, int day, String lang, String title, String text) {
    return new Document(id, source, LocalDate.of(2022, 1, day), lang, title, text, "");
  }
}
