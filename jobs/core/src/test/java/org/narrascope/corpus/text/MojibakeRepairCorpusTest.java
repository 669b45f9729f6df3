package org.narrascope.corpus.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * False repairs and round trips on the shared real corpora (skipped when this checkout has none):
 * Kazakh TV-news sentences and Russian Telegram posts with emoji, links and markdown.
 */
class MojibakeRepairCorpusTest {
  private static final int KAZAKH_SENTENCES = 2_000;

  @Test
  void noFalseRepairOnKazakhNewsSentences() throws IOException {
    Optional<Path> file =
        CleanSentences.sharedCorpora()
            .map(c -> c.resolve("kaznerd-kk-sentences").resolve("IOB2_test.txt"))
            .filter(Files::isRegularFile);
    assumeTrue(file.isPresent(), "shared/corpora/kaznerd-kk-sentences/IOB2_test.txt not found");
    List<String> sentences = CleanSentences.kazNerdSentences(file.get(), KAZAKH_SENTENCES);
    assertThat(sentences).hasSize(KAZAKH_SENTENCES);
    List<String> falseRepairs = new ArrayList<>();
    int roundTrips = 0;
    for (String sentence : sentences) {
      if (!MojibakeRepair.repair(sentence).repairs().isEmpty()) {
        falseRepairs.add(sentence);
      }
      for (Charset wrong : List.of(Charset.forName("windows-1251"), Charset.forName("KOI8-R"))) {
        if (MojibakeRepair.repair(MojibakeRepair.garble(sentence, wrong)).text().equals(sentence)) {
          roundTrips++;
        }
      }
    }
    assertThat(falseRepairs).isEmpty();
    assertThat(roundTrips).isEqualTo(2 * KAZAKH_SENTENCES);
  }

  @Test
  void noFalseRepairAndExactRoundTripsOnTelegramPosts() throws IOException {
    Optional<Path> dir =
        CleanSentences.sharedCorpora()
            .map(c -> c.resolve("telegram-ru-news-2024").resolve("raw"))
            .filter(Files::isDirectory);
    assumeTrue(dir.isPresent(), "shared/corpora/telegram-ru-news-2024/raw not found");
    List<String> posts = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(dir.get())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        for (JsonNode post : json.readTree(Files.readString(f, StandardCharsets.UTF_8))) {
          String text = post.path("text").asText("");
          if (!text.isBlank()) {
            posts.add(text);
          }
        }
      }
    }
    List<String> falseRepairs = new ArrayList<>();
    List<Charset> wrongs =
        List.of(
            Charset.forName("windows-1251"),
            Charset.forName("KOI8-R"),
            StandardCharsets.ISO_8859_1);
    int[] inexact = new int[wrongs.size()];
    List<String> examples = new ArrayList<>();
    for (String post : posts) {
      if (!MojibakeRepair.repair(post).repairs().isEmpty()) {
        falseRepairs.add(post);
      }
      for (int w = 0; w < wrongs.size(); w++) {
        if (!MojibakeRepair.repair(MojibakeRepair.garble(post, wrongs.get(w)))
            .text()
            .equals(post)) {
          inexact[w]++;
          if (examples.size() < 5) {
            examples.add(wrongs.get(w) + ": " + post);
          }
        }
      }
    }
    System.out.printf(
        "telegram posts: %d, false repairs %d, inexact round trips cp1251 %d koi8-r %d latin1 %d%n%s%n",
        posts.size(), falseRepairs.size(), inexact[0], inexact[1], inexact[2], examples);
    assertThat(falseRepairs).isEmpty();
    // The one post that stays garbled is "О Bobr kurwa woman.": a single Cyrillic letter among
    // Latin words is one garbled character, too little to tell from clean text.
    assertThat(inexact).containsExactly(1, 1, 1);
  }
}
