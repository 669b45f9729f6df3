package org.narrascope.frames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.narrascope.NarrascopeException;

/**
 * Prints a keyword-in-context listing as aligned text, CSV (RFC 4180, CRLF, with a header) or TSV
 * (with a header). Widths are counted in characters (Unicode code points, so a letter outside the
 * Basic Multilingual Plane counts once and is never cut in half), not in terminal columns.
 *
 * <p>Text lines hold the document id, date, source, language, field and a quoted mark ({@code q}
 * quoted, {@code -} authorial), each padded to the widest value of the listing, then the left
 * context right-aligned to {@code width}, the highlighted match, and the right context cut to
 * {@code width}.
 */
public final class KwicFormatter {
  /** How a listing is printed. */
  public enum Format {
    TEXT,
    CSV,
    TSV;

    /** The format named {@code name} ({@code text}, {@code csv}, {@code tsv}), in any case. */
    public static Format parse(String name) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(name)) {
          return f;
        }
      }
      throw new NarrascopeException("unknown format '" + name + "'; expected text, csv or tsv");
    }
  }

  /** The marks around a match in text lines. */
  public record Highlight(String open, String close) {
    /** For pipes and files: guillemets. */
    public static final Highlight GUILLEMETS = new Highlight("«", "»");

    /** For a terminal: bold. */
    public static final Highlight ANSI_BOLD = new Highlight("\u001b[1m", "\u001b[0m");
  }

  /**
   * A metadata column: its CSV/TSV header and cell, and its cell in text lines (where {@code
   * inText}). The one list of columns, so that a new one (e.g. the speaker) is added in one place.
   */
  private record Column(
      String name,
      Function<ConcordanceEntry, String> cell,
      boolean inText,
      Function<ConcordanceEntry, String> textCell) {
    static Column of(String name, Function<ConcordanceEntry, String> cell) {
      return new Column(name, cell, true, cell);
    }
  }

  private static final List<Column> METADATA =
      List.of(
          Column.of("doc_id", ConcordanceEntry::docId),
          Column.of("date", e -> e.date().toString()),
          Column.of("source", ConcordanceEntry::source),
          Column.of("lang", ConcordanceEntry::lang),
          Column.of("field", ConcordanceEntry::field),
          new Column("start", e -> Integer.toString(e.start()), false, e -> ""),
          new Column("end", e -> Integer.toString(e.end()), false, e -> ""),
          new Column(
              "quoted", e -> Boolean.toString(e.quoted()), true, e -> e.quoted() ? "q" : "-"),
          Column.of("stance", e -> e.stance().code()),
          Column.of("speaker", ConcordanceEntry::speaker));

  private static final List<Column> TEXT_METADATA =
      METADATA.stream().filter(Column::inText).toList();

  /** Columns of the CSV and TSV formats. */
  public static final List<String> HEADER =
      Stream.concat(METADATA.stream().map(Column::name), Stream.of("left", "match", "right"))
          .toList();

  private static final String GAP = "  ";
  private static final Pattern TSV_BREAKS = Pattern.compile("[\\t\\r\\n\\u2028\\u2029]");

  private final Format format;
  private final int width;
  private final Highlight highlight;

  private KwicFormatter(Format format, int width, Highlight highlight) {
    this.format = format;
    this.width = width;
    this.highlight = highlight;
  }

  /**
   * A formatter.
   *
   * @param width characters of context shown each side of a match
   * @param highlight the marks around a match in text lines (unused by CSV and TSV)
   */
  public static KwicFormatter of(Format format, int width, Highlight highlight) {
    if (width < 0) {
      throw new IllegalArgumentException("width must not be negative: " + width);
    }
    return new KwicFormatter(format, width, highlight);
  }

  /** Writes {@code entries} in the order given. */
  public void write(List<ConcordanceEntry> entries, Appendable out) {
    try {
      switch (format) {
        case TEXT -> writeText(entries, out);
        case CSV -> writeCsv(entries, out);
        case TSV -> writeTsv(entries, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the listing", e);
    }
  }

  /** The summary line: "N of M matches in D documents, S shards, T s". */
  public static String footer(int shown, int total, long documents, int shards, double seconds) {
    return String.format(
        Locale.ROOT,
        "%,d of %,d matches in %,d documents, %,d shards, %.2f s",
        shown,
        total,
        documents,
        shards,
        seconds);
  }

  /** The last {@code n} characters of {@code s}, padded with spaces on the left to {@code n}. */
  static String rightAligned(String s, int n) {
    int count = s.codePointCount(0, s.length());
    if (count >= n) {
      return s.substring(s.offsetByCodePoints(s.length(), -n));
    }
    return " ".repeat(n - count) + s;
  }

  /** The first {@code n} characters of {@code s}. */
  static String firstCharacters(String s, int n) {
    if (s.codePointCount(0, s.length()) <= n) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, n));
  }

  private static String padded(String s, int n) {
    int count = s.codePointCount(0, s.length());
    return count >= n ? s : s + " ".repeat(n - count);
  }

  private void writeText(List<ConcordanceEntry> entries, Appendable out) throws IOException {
    int[] widths = new int[TEXT_METADATA.size()];
    for (ConcordanceEntry e : entries) {
      for (int i = 0; i < widths.length; i++) {
        String cell = TEXT_METADATA.get(i).textCell().apply(e);
        widths[i] = Math.max(widths[i], cell.codePointCount(0, cell.length()));
      }
    }
    for (ConcordanceEntry e : entries) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        line.append(padded(TEXT_METADATA.get(i).textCell().apply(e), widths[i])).append(GAP);
      }
      line.append(rightAligned(e.left(), width))
          .append(' ')
          .append(highlight.open())
          .append(e.match())
          .append(highlight.close())
          .append(' ')
          .append(firstCharacters(e.right(), width));
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private List<String> cells(ConcordanceEntry e) {
    List<String> cells = new ArrayList<>(HEADER.size());
    for (Column c : METADATA) {
      cells.add(c.cell().apply(e));
    }
    cells.add(lastCharacters(e.left(), width));
    cells.add(e.match());
    cells.add(firstCharacters(e.right(), width));
    return cells;
  }

  private static String lastCharacters(String s, int n) {
    return s.codePointCount(0, s.length()) <= n
        ? s
        : s.substring(s.offsetByCodePoints(s.length(), -n));
  }

  private void writeCsv(List<ConcordanceEntry> entries, Appendable out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
    printer.printRecord(HEADER);
    for (ConcordanceEntry e : entries) {
      printer.printRecord(cells(e));
    }
    printer.flush();
  }

  private void writeTsv(List<ConcordanceEntry> entries, Appendable out) throws IOException {
    out.append(String.join("\t", HEADER)).append('\n');
    for (ConcordanceEntry e : entries) {
      // A TSV cell cannot hold a tab or a line break; contexts are already flat, ids may not be.
      List<String> cells =
          cells(e).stream().map(c -> TSV_BREAKS.matcher(c).replaceAll(" ")).toList();
      out.append(String.join("\t", cells)).append('\n');
    }
  }
}
