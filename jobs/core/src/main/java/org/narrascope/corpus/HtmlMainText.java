package org.narrascope.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * The headline, body text and publication time of a news page, without its boilerplate: a small
 * readability-style heuristic, enough for the article pages of a news crawl.
 *
 * <ul>
 *   <li>Title: {@code og:title}, else the first {@code <h1>}, else {@code <title>} (which usually
 *       carries the site's name as well).
 *   <li>Published: {@code article:published_time} (as {@code property} or {@code name}), else
 *       {@code itemprop="datePublished"}; the caller parses it.
 *   <li>Boilerplate removed first: script, style, noscript, template, iframe, svg, nav, header,
 *       footer, aside, form and elements with an ARIA role of navigation, banner, contentinfo or
 *       complementary.
 *   <li>Main element: the {@code <article>} with the most paragraph text, if one has paragraph
 *       text; else the element whose own {@code <p>} children hold the most text; else the body.
 *   <li>Text: the main element's text with one blank line between blocks (paragraphs, headings,
 *       list items…), whitespace within a block collapsed, {@code <br>} kept as a line break;
 *       {@code <h1>} is left out, since it is the title.
 * </ul>
 */
final class HtmlMainText {
  private static final String BOILERPLATE =
      "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form,"
          + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";
  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "blockquote",
          "dd",
          "details",
          "div",
          "dl",
          "dt",
          "figcaption",
          "figure",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "hr",
          "li",
          "main",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "td",
          "th",
          "tr",
          "ul");

  /** What a page says, without its boilerplate. */
  record Extracted(String title, String text, Optional<String> published) {}

  private HtmlMainText() {}

  /** Extracts from {@code page}, which it changes (boilerplate is removed). */
  static Extracted extract(org.jsoup.nodes.Document page) {
    String title = title(page);
    Optional<String> published =
        firstContent(
            page,
            "meta[property=article:published_time], meta[name=article:published_time],"
                + " meta[itemprop=datePublished]");
    page.select(BOILERPLATE).remove();
    Element main = mainElement(page);
    return new Extracted(title, blockText(main), published);
  }

  private static String title(org.jsoup.nodes.Document page) {
    Optional<String> og = firstContent(page, "meta[property=og:title], meta[name=og:title]");
    if (og.isPresent()) {
      return og.get();
    }
    Element h1 = page.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().strip();
    }
    return page.title().strip();
  }

  private static Optional<String> firstContent(org.jsoup.nodes.Document page, String query) {
    for (Element meta : page.select(query)) {
      String content = meta.attr("content").strip();
      if (!content.isEmpty()) {
        return Optional.of(content);
      }
    }
    return Optional.empty();
  }

  private static Element mainElement(org.jsoup.nodes.Document page) {
    Element best = null;
    long bestScore = 0;
    for (Element article : page.select("article")) {
      long score = paragraphText(article.select("p"));
      if (score > bestScore) {
        best = article;
        bestScore = score;
      }
    }
    if (best != null) {
      return best;
    }
    for (Element candidate : page.body().select("*")) {
      long score = 0;
      for (Element child : candidate.children()) {
        if (child.normalName().equals("p")) {
          score += child.text().length();
        }
      }
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best != null ? best : page.body();
  }

  private static long paragraphText(Elements paragraphs) {
    long length = 0;
    for (Element p : paragraphs) {
      length += p.text().length();
    }
    return length;
  }

  private static String blockText(Element main) {
    main.select("h1").remove();
    BlockCollector collector = new BlockCollector();
    main.traverse(collector);
    collector.endBlock();
    return String.join("\n\n", collector.blocks);
  }

  /** Collects text per block: a block boundary ends the current paragraph. */
  private static final class BlockCollector implements NodeVisitor {
    private final List<String> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        appendCollapsed(text.getWholeText());
      } else if (node instanceof Element element) {
        if (element.normalName().equals("br")) {
          trimTrailingSpace();
          current.append('\n');
        } else if (BLOCKS.contains(element.normalName())) {
          endBlock();
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
        endBlock();
      }
    }

    private void appendCollapsed(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00A0') {
          int last = current.length() - 1;
          if (last >= 0 && current.charAt(last) != ' ' && current.charAt(last) != '\n') {
            current.append(' ');
          }
        } else {
          current.append(c);
        }
      }
    }

    private void trimTrailingSpace() {
      int last = current.length() - 1;
      if (last >= 0 && current.charAt(last) == ' ') {
        current.setLength(last);
      }
    }

    void endBlock() {
      String block = current.toString().strip();
      if (!block.isEmpty()) {
        blocks.add(block.replace(" \n", "\n"));
      }
      current.setLength(0);
    }
  }
}
