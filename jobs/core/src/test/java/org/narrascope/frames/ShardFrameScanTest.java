package org.narrascope.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.narrascope.frames.attribution.MentionStance.DISTANCED;
import static org.narrascope.frames.attribution.MentionStance.ENDORSED;
import static org.narrascope.frames.attribution.MentionStance.REPORTED;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrascope.corpus.Document;
import org.narrascope.frames.attribution.MentionAttributor;
import org.narrascope.index.ShardReader;
import org.narrascope.index.ShardWriter;
import org.narrascope.stats.Period;

/** Counting frames over a shard on disk, as a count task does, without Spark. */
class ShardFrameScanTest {
  @TempDir Path dir;

  @Test
  void findsMentionsThroughThePrefilterAndReportsEveryDocument() {
    Path shard = dir.resolve("shard-00000");
    try (ShardWriter w = ShardWriter.create(shard)) {
      w.add(doc("r1", "ru", "Попытка переворота", "Власти назвали это «цветной революцией»."));
      w.add(doc("r2", "ru", "Новые технологии", "На Майдане Незалежности было тихо."));
      w.add(doc("h1", "ru", "", "Эксперты говорят о так называемой пoпыткe переворота."));
      w.add(
          doc("e1", "en", "", "Analysts said it was a power struggle, not foreign fighter jets."));
      w.add(doc("u1", "und", "", "Говорят о цветной революции."));
    }
    Lexicon lexicon = Lexicon.load(Path.of("../../corpus/frames/kazakhstan-2022.yaml"));
    List<DocumentMatches> seen = new ArrayList<>();
    try (ShardReader reader = ShardReader.open(shard);
        FrameMatcher matcher = FrameMatcher.compile(lexicon)) {
      new ShardFrameScan(
              reader,
              matcher,
              lexicon.frames().stream().map(Frame::id).toList(),
              MentionAttributor.builtIn())
          .scan(seen::add);
    }
    assertThat(seen)
        .extracting(d -> d.document().id())
        .containsExactly("r1", "r2", "h1", "e1", "u1");
    List<Object> mentions = new ArrayList<>();
    for (DocumentMatches d : seen) {
      for (Mention m : d.mentions()) {
        mentions.add(
            tuple(
                d.document().id(),
                m.frame(),
                m.field(),
                m.match(),
                m.quoted(),
                m.stance(),
                m.speaker()));
      }
    }
    assertThat(mentions)
        .containsExactly(
            tuple("r1", "coup_attempt", "title", "Попытка переворота", false, ENDORSED, ""),
            tuple("r1", "color_revolution", "text", "цветной революцией", true, REPORTED, "власти"),
            tuple("h1", "coup_attempt", "text", "пoпыткe переворота", false, DISTANCED, "эксперты"),
            tuple(
                "e1",
                "elite_power_struggle",
                "text",
                "power struggle",
                false,
                REPORTED,
                "Analysts"),
            tuple("u1", "color_revolution", "text", "цветной революции", false, ENDORSED, ""));

    Map<CountKey, Tally> tallies = FrameCounts.of(seen.get(0), Period.DAY);
    assertThat(tallies)
        .containsEntry(new CountKey("", "steppe_courier", "2022-01-05"), Tally.ofDocument(true, 7))
        .containsEntry(
            new CountKey("coup_attempt", "steppe_courier", "2022-01-05"),
            Tally.ofMentions(true, 1, 0, new long[] {1, 0, 0}))
        .containsEntry(
            new CountKey("color_revolution", "steppe_courier", "2022-01-05"),
            Tally.ofMentions(true, 1, 1, new long[] {0, 1, 0}));
    // Deduplicated documents count by stance too; the undistanced document count is 1 for each.
    assertThat(tallies.get(new CountKey("color_revolution", "steppe_courier", "2022-01-05")))
        .extracting(Tally::docsWithFrameUndistanced, Tally::mentionsReported)
        .containsExactly(1L, 1L);
  }

  private static Document doc(String id, String lang, String title, String text) {
    return new Document(id, "steppe_courier", LocalDate.of(2022, 1, 5), lang, title, text, "");
  }
}
