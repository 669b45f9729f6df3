package org.narrascope.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the markdown of Telegram exports made with Telethon ({@code **bold**}, {@code __italic__},
 * {@code ~~strike~~}, {@code ||spoiler||}, {@code `code`}, {@code ```pre```}, {@code [text](url)})
 * into the plain text a reader of the channel saw: concordance lines should show words, not markup,
 * and a link's URL is not part of what the post says. Markers are removed only in pairs, so a lone
 * {@code **} or {@code __} in a post stays as written.
 */
final class TelegramMarkdown {
  private static final Pattern PRE = Pattern.compile("```(.*?)```", Pattern.DOTALL);
  private static final Pattern CODE = Pattern.compile("`([^`\n]+)`");
  // A URL may hold balanced parentheses (…/PIIS2589-5370(24)00421-8/fulltext).
  private static final Pattern LINK =
      Pattern.compile("\\[([^\\]]*)\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*\\)");
  private static final Pattern PAIRED =
      Pattern.compile("(\\*\\*|__|~~|\\|\\|)(.+?)\\1", Pattern.DOTALL);

  private TelegramMarkdown() {}

  static String toPlainText(String markdown) {
    String text = replace(PRE, markdown, 1);
    text = replace(CODE, text, 1);
    text = replace(LINK, text, 1);
    // Bold inside italic and the like: strip until nothing paired is left (a few rounds at most).
    String before;
    do {
      before = text;
      text = replace(PAIRED, text, 2);
    } while (!text.equals(before));
    return text;
  }

  private static String replace(Pattern pattern, String text, int group) {
    return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(group)));
  }
}
