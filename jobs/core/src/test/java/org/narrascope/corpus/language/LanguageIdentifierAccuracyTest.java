package org.narrascope.corpus.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrascope.corpus.SharedCorpora;
import org.narrascope.corpus.language.EvaluationSets.Labelled;
import org.narrascope.corpus.language.EvaluationSets.Sample;

/**
 * Measures {@link LanguageIdentifier} against OpenNLP alone on three labelled sets: 1,000 Kazakh
 * TV-news sentences (KazNERD, CC BY 4.0, Yeshpanov, Khassanov, Varol, LREC 2022), 1,000 Russian
 * Telegram news posts of 2024, and the hand-written headlines of {@code corpus/langid}. The two
 * corpus sets live outside the repository and are skipped when absent.
 */
class LanguageIdentifierAccuracyTest {
  private static LanguageIdentifier identifier;

  @BeforeAll
  static void loadModel() {
    identifier = LanguageIdentifier.load();
  }

  @Test
  void kazakhNewsSentencesAreKazakh() throws IOException {
    Path corpora = corporaOrSkip();
    Sample sample = EvaluationSets.kazakhSentences(corpora, 1000);
    Result result = measure("KazNERD kk sentences", sample.texts());
    System.out.printf(
        Locale.ROOT,
        "  (%d of %d sentences had < %d letters and were not sampled)%n",
        sample.skippedShort(),
        sample.available(),
        EvaluationSets.MIN_SAMPLE_LETTERS);
    assertThat(result.combined()).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void russianTelegramPostsAreRussian() throws IOException {
    Path corpora = corporaOrSkip();
    Sample sample = EvaluationSets.russianTelegramPosts(corpora, 1000);
    Result result = measure("Telegram ru posts", sample.texts());
    System.out.printf(
        Locale.ROOT,
        "  (%d of %d non-empty posts had < %d letters after cleaning and were not sampled)%n",
        sample.skippedShort(),
        sample.available(),
        EvaluationSets.MIN_SAMPLE_LETTERS);
    assertThat(result.combined()).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void handWrittenHeadlinesOfFourLanguages() {
    Path tsv =
        EvaluationSets.headlinesFile()
            .orElseThrow(() -> new AssertionError("corpus/langid/headlines.tsv not found"));
    List<Labelled> headlines = EvaluationSets.headlines(tsv);
    Map<String, Long> perLanguage =
        headlines.stream().collect(Collectors.groupingBy(Labelled::lang, Collectors.counting()));
    assertThat(perLanguage.keySet()).containsExactlyInAnyOrder("ru", "uk", "kk", "en");
    assertThat(perLanguage.values())
        .allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(300));
    assertThat(headlines)
        .allSatisfy(h -> assertThat(h.text().length()).as(h.text()).isBetween(30, 80));
    Result all = measure("Headlines (all)", headlines);
    for (String lang : List.of("ru", "uk", "kk", "en")) {
      Result one =
          measure(
              "Headlines " + lang, headlines.stream().filter(h -> h.lang().equals(lang)).toList());
      assertThat(one.combined()).as(lang).isGreaterThanOrEqualTo(0.97);
    }
    assertThat(all.combined()).isGreaterThanOrEqualTo(0.97);
  }

  private static Path corporaOrSkip() {
    Optional<Path> corpora = SharedCorpora.find();
    Assumptions.assumeTrue(
        corpora.isPresent(),
        "shared/corpora not found beside the working directory or its ancestors; set -D"
            + SharedCorpora.PROPERTY
            + "=/path/to/shared to run this measurement");
    return corpora.get();
  }

  record Result(double openNlpAlone, double combined) {}

  private static Result measure(String name, List<Labelled> texts) {
    double alone = accuracy(name + " / OpenNLP alone", texts, identifier::identifyByOpenNlpAlone);
    double combined = accuracy(name + " / letters+OpenNLP", texts, identifier::identify);
    return new Result(alone, combined);
  }

  private static double accuracy(
      String name, List<Labelled> texts, Function<String, LanguageGuess> method) {
    int right = 0;
    int und = 0;
    Map<String, Integer> confusions = new TreeMap<>();
    Map<String, Integer> methods = new TreeMap<>();
    StringBuilder examples = new StringBuilder();
    for (Labelled t : texts) {
      LanguageGuess guess = method.apply(t.text());
      methods.merge(guess.method(), 1, Integer::sum);
      if (guess.lang().equals(t.lang())) {
        right++;
      } else {
        if (!guess.isDetermined()) {
          und++;
        }
        confusions.merge(t.lang() + "→" + guess.lang(), 1, Integer::sum);
        if (examples.length() < 1500) {
          examples
              .append("    ")
              .append(t.lang())
              .append("→")
              .append(guess.lang())
              .append(" ")
              .append(guess.method())
              .append(String.format(Locale.ROOT, " %.2f: ", guess.confidence()))
              .append(t.text(), 0, Math.min(100, t.text().length()))
              .append('\n');
        }
      }
    }
    double accuracy = (double) right / texts.size();
    System.out.printf(
        Locale.ROOT,
        "| %-40s | %5d | %6.2f%% | und %3d | confusions %s | methods %s%n%s",
        name,
        texts.size(),
        100 * accuracy,
        und,
        confusions,
        methods,
        examples);
    return accuracy;
  }
}
