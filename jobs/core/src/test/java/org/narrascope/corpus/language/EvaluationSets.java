package org.narrascope.corpus.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.narrascope.NarrascopeException;

/** The three labelled sets language identification is measured on. */
final class EvaluationSets {
  /** Texts with fewer letters than this are left out of the corpus samples (and counted). */
  static final int MIN_SAMPLE_LETTERS = 20;

  /** One labelled text. */
  record Labelled(String lang, String text) {}

  /** A sample and how many candidate texts were left out for having too few letters. */
  record Sample(List<Labelled> texts, int skippedShort, int available) {}

  private static final Pattern SPACE_BEFORE = Pattern.compile(" +([,.;:!?)\\]»%…])");
  private static final Pattern SPACE_AFTER = Pattern.compile("([(\\[«]) +");
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.|t\\.me/)\\S+");
  private static final Pattern MARKDOWN_MARKS = Pattern.compile("\\*\\*|__|~~|```|`|\\|\\|");

  private EvaluationSets() {}

  /**
   * {@code n} Kazakh sentences, evenly spaced over {@code IOB2_test.txt} of KazNERD: the first
   * column of each blank-line-separated block joined with spaces, punctuation re-attached.
   */
  static Sample kazakhSentences(Path corpora, int n) throws IOException {
    Path file = corpora.resolve("kaznerd-kk-sentences").resolve("IOB2_test.txt");
    List<String> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        if (!tokens.isEmpty()) {
          sentences.add(detokenise(tokens));
          tokens.clear();
        }
        continue;
      }
      int space = line.lastIndexOf(' ');
      if (space <= 0) {
        throw new NarrascopeException(
            file + ":" + lineNo + ": expected \"token TAG\", got \"" + line + "\"");
      }
      tokens.add(line.substring(0, space));
    }
    if (!tokens.isEmpty()) {
      sentences.add(detokenise(tokens));
    }
    return evenlySpaced("kk", sentences, n);
  }

  /**
   * {@code n} posts, evenly spaced over all channels of {@code telegram-ru-news-2024/raw/*.json}
   * (files in name order, posts in file order), with links, markdown and emoji removed.
   */
  static Sample russianTelegramPosts(Path corpora, int n) throws IOException {
    Path raw = corpora.resolve("telegram-ru-news-2024").resolve("raw");
    ObjectMapper json = new ObjectMapper();
    List<String> posts = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> listing = Files.list(raw)) {
      files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      JsonNode array = json.readTree(file.toFile());
      for (JsonNode post : array) {
        String text = post.path("text").asText("");
        if (!text.isBlank()) {
          posts.add(cleanTelegram(text));
        }
      }
    }
    return evenlySpaced("ru", posts, n);
  }

  /** The hand-written headlines: {@code lang<TAB>text} per line, {@code #} comments. */
  static List<Labelled> headlines(Path tsv) {
    List<Labelled> rows = new ArrayList<>();
    try {
      int lineNo = 0;
      for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
          throw new NarrascopeException(
              tsv + ":" + lineNo + ": expected \"lang<TAB>text\", got \"" + line + "\"");
        }
        rows.add(new Labelled(cols[0], cols[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** {@code corpus/langid/headlines.tsv} of this checkout, found from the working directory. */
  static Optional<Path> headlinesFile() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path tsv = dir.resolve("corpus").resolve("langid").resolve("headlines.tsv");
      if (Files.isRegularFile(tsv)) {
        return Optional.of(tsv);
      }
    }
    return Optional.empty();
  }

  static String detokenise(List<String> tokens) {
    String joined = String.join(" ", tokens);
    joined = SPACE_BEFORE.matcher(joined).replaceAll("$1");
    joined = SPACE_AFTER.matcher(joined).replaceAll("$1");
    return joined;
  }

  static String cleanTelegram(String text) {
    String s = MARKDOWN_LINK.matcher(text).replaceAll("$1");
    s = URL.matcher(s).replaceAll(" ");
    s = MARKDOWN_MARKS.matcher(s).replaceAll("");
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(cp -> !isEmojiLike(cp)).forEach(out::appendCodePoint);
    return out.toString().replaceAll("[ \\t]+", " ").strip();
  }

  private static boolean isEmojiLike(int cp) {
    int type = Character.getType(cp);
    return type == Character.OTHER_SYMBOL
        || cp == 0x200D
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0x1F000 && cp <= 0x1FAFF);
  }

  static int letterCount(String text) {
    return (int) text.codePoints().filter(Character::isLetter).count();
  }

  private static Sample evenlySpaced(String lang, List<String> texts, int n) {
    List<String> longEnough =
        texts.stream().filter(t -> letterCount(t) >= MIN_SAMPLE_LETTERS).toList();
    if (longEnough.size() < n) {
      throw new NarrascopeException(
          "expected at least "
              + n
              + " texts of "
              + MIN_SAMPLE_LETTERS
              + "+ letters, found "
              + longEnough.size());
    }
    List<Labelled> sample = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      sample.add(new Labelled(lang, longEnough.get((int) ((long) i * longEnough.size() / n))));
    }
    return new Sample(sample, texts.size() - longEnough.size(), texts.size());
  }
}
