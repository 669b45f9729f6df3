package org.narrascope.corpus;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.narrascope.NarrascopeException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file (a web crawl) or a WET file (its extracted text) as a stream of {@link
 * RecordOutcome}s, one outcome per record that is a document of the corpus:
 *
 * <ul>
 *   <li>a {@code response} record holding an HTTP 200 response with an HTML payload ({@code
 *       text/html} or {@code application/xhtml+xml}): title and main text as {@link HtmlMainText}
 *       extracts them, the payload decoded with the charset of its {@code Content-Type} or else the
 *       one the page declares (UTF-8 when none);
 *   <li>a {@code conversion} record with a {@code text/plain} payload (WET): the text as UTF-8, no
 *       title.
 * </ul>
 *
 * Document fields: {@code id} is the {@code WARC-Record-ID} ({@code urn:uuid:…}, without angle
 * brackets); {@code url} the {@code WARC-Target-URI}; {@code source} the URL's host in lower case
 * without a leading {@code www.}, unless {@code sourceByHost} maps that host or one of its parent
 * domains (the longest match wins) to a registry name: {@code steppe-courier.kz} and {@code
 * m.steppe-courier.kz} both map with the one entry {@code steppe-courier.kz → steppe_courier}; an
 * unmapped host is a source of its own, unknown to the registry, so role {@code other} and zone
 * UTC. {@code date}: the page's {@code article:published_time} when it has one (an unparsable one
 * is rejected as {@link RejectReason#UNPARSABLE_DATE}, not replaced by the crawl date, which may be
 * years later), else the {@code WARC-Date}, both converted to the source's zone. {@code lang} is
 * {@code und}. The checks of every format then apply (a page without text is {@link
 * RejectReason#EMPTY_TEXT}).
 *
 * <p>Accounting: records that are not documents — {@code warcinfo}, {@code request}, {@code
 * metadata}, {@code revisit}, {@code resource}, responses with another status than 200 or a payload
 * that is not HTML, conversions that are not plain text — are not records of the corpus: they yield
 * no outcome and are counted by {@link #skippedNonDocuments()} and, by kind, {@link
 * #skippedByKind()}. A document record whose HTTP message cannot be parsed is rejected as {@link
 * RejectReason#MALFORMED_WARC} and reading goes on; a broken WARC header ends reading with one
 * {@code MALFORMED_WARC} rejection for the rest of the file, a file that ends inside a record with
 * one {@link RejectReason#TRUNCATED_RECORD}.
 *
 * <p>An outcome's {@link RecordOutcome#line() line} is here the record's byte offset in the stream
 * (0 for the first record): WARC tools address records by offset, not by line. For a {@code
 * .warc.gz} the ingest decompressed it is the offset in the decompressed data; given the gzip
 * stream itself, jwarc decompresses it and the offset is that of the record's gzip member.
 *
 * <p>Streams record by record; one record's payload is held in memory while it is extracted. Not
 * thread-safe. An I/O error of the underlying stream is thrown as a {@link NarrascopeException}.
 */
public final class WarcRecords extends LookAheadRecords {
  private final WarcReader reader;
  private final DocumentAssembler assembler;
  private final Map<String, String> sourceByHost;
  private final Map<String, Long> skipped = new TreeMap<>();
  private long lastOffset;

  private WarcRecords(
      WarcReader reader, DocumentAssembler assembler, Map<String, String> sourceByHost) {
    super(false, null);
    this.reader = reader;
    this.assembler = assembler;
    this.sourceByHost = sourceByHost;
  }

  /**
   * Starts reading {@code in}; {@code file} names it in outcomes; {@code sourceByHost} maps host
   * names to source names of the registry (may be empty). {@link #close()} closes {@code in}.
   */
  public static WarcRecords open(
      InputStream in,
      String file,
      SourceRegistry registry,
      Map<String, String> sourceByHost,
      DateParser dates) {
    Map<String, String> hosts = new HashMap<>();
    sourceByHost.forEach((host, source) -> hosts.put(normalizedHost(host), source));
    WarcReader reader;
    try {
      reader = new WarcReader(in);
    } catch (IOException e) {
      throw new NarrascopeException(file + ": cannot read: " + e.getMessage(), e);
    }
    return new WarcRecords(
        reader,
        new DocumentAssembler(file, registry, FieldMapping.identity(), dates),
        Map.copyOf(hosts));
  }

  /** The number of records read so far that are not documents (see the class comment). */
  public long skippedNonDocuments() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * The skipped records by kind, e.g. {@code request}, {@code response status 404}, {@code response
   * type image/jpeg}, {@code conversion type text/html}; sorted by kind.
   */
  public Map<String, Long> skippedByKind() {
    return new TreeMap<>(skipped);
  }

  @Override
  String file() {
    return assembler.file();
  }

  @Override
  RecordOutcome readNext() {
    return readRecord().orElse(null);
  }

  /** The outcome of the next record, empty when it is no document (or the file has ended). */
  private Optional<RecordOutcome> readRecord() {
    WarcRecord record;
    try {
      Optional<WarcRecord> read = reader.next();
      if (read.isEmpty()) {
        stop();
        return Optional.empty();
      }
      record = read.get();
      lastOffset = reader.position();
    } catch (EOFException e) {
      stop();
      lastOffset = reader.position();
      return Optional.of(
          stop(
              RejectReason.TRUNCATED_RECORD,
              "the file ends inside the WARC record at byte "
                  + lastOffset
                  + " ("
                  + e.getMessage()
                  + "): the file looks cut off"));
    } catch (ParsingException e) {
      stop();
      lastOffset = reader.position();
      return Optional.of(
          stop(
              RejectReason.MALFORMED_WARC,
              "not a valid WARC record header ("
                  + e.getMessage()
                  + "); reading stopped here, this rejection covers the rest of the file"));
    } catch (IOException e) {
      throw new NarrascopeException(
          assembler.file() + ": read failed after byte " + lastOffset + ": " + e.getMessage(), e);
    }
    try {
      if (record instanceof WarcResponse response) {
        return response(response);
      }
      if (record instanceof WarcConversion conversion) {
        return conversion(conversion);
      }
      return skip(record.type());
    } catch (ParsingException e) {
      String header = header(record);
      return Optional.of(
          assembler.reject(
              lastOffset,
              RejectReason.MALFORMED_WARC,
              "the HTTP message of the "
                  + record.type()
                  + " record cannot be parsed: "
                  + e.getMessage(),
              () -> header));
    } catch (EOFException e) {
      stop();
      String header = header(record);
      return Optional.of(
          assembler.reject(
              lastOffset,
              RejectReason.TRUNCATED_RECORD,
              "the file ends inside this WARC record ("
                  + e.getMessage()
                  + "): the file looks cut off",
              () -> header));
    } catch (IOException e) {
      throw new NarrascopeException(
          assembler.file()
              + ": read failed in the record at byte "
              + lastOffset
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private Optional<RecordOutcome> response(WarcResponse response) throws IOException {
    String block = response.contentType().base().toString().toLowerCase(Locale.ROOT);
    if (!block.equals("application/http")) {
      return skip("response type " + block);
    }
    HttpResponse http = response.http();
    if (http.status() != 200) {
      return skip("response status " + http.status());
    }
    MediaType type = http.contentType();
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
      return skip("response type " + base);
    }
    byte[] payload = readFully(http.bodyDecoded(), response);
    String target = response.headers().sole("WARC-Target-URI").orElse("");
    String charset = type.parameters().get("charset");
    org.jsoup.nodes.Document page =
        Jsoup.parse(
            new java.io.ByteArrayInputStream(payload),
            charset != null && supported(charset) ? charset : null,
            target);
    HtmlMainText.Extracted extracted = HtmlMainText.extract(page);
    String date = extracted.published().orElse(response.headers().sole("WARC-Date").orElse(null));
    return Optional.of(
        assemble(
            response,
            target,
            date,
            extracted.title(),
            extracted.text(),
            () -> new String(payload, page.charset())));
  }

  private Optional<RecordOutcome> conversion(WarcConversion conversion) throws IOException {
    String base = conversion.contentType().base().toString().toLowerCase(Locale.ROOT);
    if (!base.equals("text/plain")) {
      return skip("conversion type " + base);
    }
    String text = new String(readFully(conversion.body(), conversion), StandardCharsets.UTF_8);
    String target = conversion.headers().sole("WARC-Target-URI").orElse("");
    String date = conversion.headers().sole("WARC-Date").orElse(null);
    return Optional.of(assemble(conversion, target, date, "", text, () -> text));
  }

  private RecordOutcome assemble(
      WarcRecord record,
      String target,
      String date,
      String title,
      String text,
      Supplier<String> payload) {
    Map<String, String> values = new HashMap<>();
    record
        .headers()
        .sole("WARC-Record-ID")
        .ifPresent(id -> values.put("id", id.strip().replaceAll("^<|>$", "")));
    values.put("source", source(target));
    if (date != null) {
      values.put("date", date);
    }
    values.put("title", title);
    values.put("text", text);
    values.put("url", target);
    return assembler.assemble(values::get, lastOffset, () -> header(record) + payload.get());
  }

  /** The registry name of the target's host, or the host itself; empty without a host. */
  private String source(String target) {
    String host;
    try {
      host = new URI(target).getHost();
    } catch (URISyntaxException e) {
      return "";
    }
    if (host == null) {
      return "";
    }
    String name = normalizedHost(host);
    for (String domain = name; ; ) {
      String mapped = sourceByHost.get(domain);
      if (mapped != null) {
        return mapped;
      }
      int dot = domain.indexOf('.');
      if (dot < 0) {
        return name;
      }
      domain = domain.substring(dot + 1);
    }
  }

  private static String normalizedHost(String host) {
    String lower = host.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("www.") ? lower.substring(4) : lower;
  }

  /** Reads a payload whole; a body shorter than its record says means the file was cut off. */
  private static byte[] readFully(MessageBody body, WarcRecord record) throws IOException {
    byte[] bytes;
    try (InputStream in = body.stream()) {
      bytes = in.readAllBytes();
    }
    MessageBody block = record.body();
    block.consume();
    if (block.position() < block.size()) {
      throw new EOFException(
          "read " + block.position() + " of the " + block.size() + " bytes of the record's block");
    }
    return bytes;
  }

  private static boolean supported(String charset) {
    try {
      return Charset.isSupported(charset.strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private Optional<RecordOutcome> skip(String kind) {
    skipped.merge(kind, 1L, Long::sum);
    return Optional.empty();
  }

  private RecordOutcome stop(RejectReason reason, String detail) {
    return new RecordOutcome.Rejected(
        Rejection.of(assembler.file(), lastOffset, reason, detail, ""));
  }

  private static String header(WarcRecord record) {
    return new String(record.serializeHeader(), StandardCharsets.UTF_8);
  }

  /** Closes the WARC reader and the underlying stream. */
  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new NarrascopeException(assembler.file() + ": cannot close: " + e.getMessage(), e);
    }
  }
}
