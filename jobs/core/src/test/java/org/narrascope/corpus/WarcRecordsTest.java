package org.narrascope.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcRecordsTest {
  private static final SourceRegistry REGISTRY =
      SourceRegistry.load(Path.of("src/test/resources/corpus/sources.csv"));
  private static final Map<String, String> HOSTS =
      Map.of(
          "steppe-courier.kz",
          "steppe_courier",
          "Central-Asia-Ledger.example",
          "central_asia_ledger");

  private static final String ARTICLE_PAGE =
      """
      <!DOCTYPE html>
      <html lang="ru"><head>
        <meta charset="utf-8">
        <title>Газ подорожал — жители вышли на площадь | Степной курьер</title>
        <meta property="article:published_time" content="2022-01-05T20:30:00+00:00">
        <script>window.dataLayer = [{"page": "article"}];</script>
        <style>.menu { color: red }</style>
      </head><body>
        <header class="site-header"><a href="/">Степной курьер</a>
          <nav><ul><li><a href="/politics">Политика</a></li><li><a href="/economy">Экономика</a></li></ul></nav>
        </header>
        <div class="layout">
          <article>
            <header><h1>Газ подорожал — жители вышли на площадь</h1>
              <time datetime="2022-01-05">5 января 2022</time></header>
            <p>Цена сжиженного газа в Жанаозене выросла вдвое с первого января.</p>
            <p>Жители вышли на площадь и потребовали вернуть прежнюю цену.<br>Власти обещали
               рассмотреть обращение.</p>
            <blockquote><p>«Мы не уйдём, пока цену не снизят», — сказал один из участников.</p></blockquote>
            <form class="subscribe"><p>Подпишитесь на рассылку</p><input type="email"></form>
          </article>
          <aside class="related"><h3>Читайте также</h3><p>Курс тенге обновил минимум за год и ещё двадцать слов рекламы рядом</p></aside>
        </div>
        <footer><p>© 2022 Степной курьер. Все права защищены. Перепечатка запрещена без разрешения редакции.</p></footer>
        <script>trackPageView();</script>
      </body></html>
      """;

  /** No article element, a div layout, og:title, no publication meta, in windows-1251. */
  private static final String DIV_PAGE =
      """
      <html><head><title>Новости | news.example.org</title>
      <meta property="og:title" content="Эксперты: это борьба элит">
      </head><body>
        <div id="top"><a href="/">Главная</a> <a href="/about">О нас</a></div>
        <div id="sidebar"><p>Реклама</p></div>
        <div id="content">
          <h2>Анализ</h2>
          <p>Независимые эксперты считают беспорядки борьбой элит за власть.</p>
          <p>Версию о «цветной революции» они называют пропагандой.</p>
        </div>
        <div class="footer-links"><a href="/rss">RSS</a></div>
      </body></html>
      """;

  private static final String BOILERPLATE_ONLY =
      """
      <html><head><title></title></head><body>
        <nav><a href="/">Главная</a></nav><footer><p>© 2022</p></footer>
      </body></html>
      """;

  private static final String BAD_DATE_PAGE =
      """
      <html><head><title>Заголовок</title>
      <meta name="article:published_time" content="на прошлой неделе"></head>
      <body><article><p>Текст статьи.</p></article></body></html>
      """;

  private static byte[] warc;
  private static final List<Long> offsets = new ArrayList<>();

  @BeforeAll
  static void writeWarc() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(bytes)) {
      String article = "https://www.steppe-courier.kz/news/2022/01/05/gas";
      write(
          writer,
          new WarcRequest.Builder(article)
              .recordId(uuid(1))
              .date(Instant.parse("2022-01-06T10:00:00Z"))
              .body(new HttpRequest.Builder("GET", "/news/2022/01/05/gas").build())
              .build());
      write(writer, response(2, article, 200, "text/html; charset=utf-8", utf8(ARTICLE_PAGE)));
      write(
          writer,
          response(
              3,
              "https://news.example.org/analysis/elites",
              200,
              "text/html; charset=windows-1251",
              DIV_PAGE.getBytes(Charset.forName("windows-1251"))));
      write(
          writer,
          response(
              4,
              "https://steppe-courier.kz/img/square.jpg",
              200,
              "image/jpeg",
              new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
      write(
          writer,
          response(
              5, "https://steppe-courier.kz/gone", 404, "text/html", utf8("<p>Not found</p>")));
      write(
          writer,
          response(6, "https://m.steppe-courier.kz/", 200, "text/html", utf8(BOILERPLATE_ONLY)));
      write(
          writer,
          new WarcMetadata.Builder()
              .recordId(uuid(7))
              .targetURI(URI.create(article))
              .date(Instant.parse("2022-01-06T10:00:01Z"))
              .fields(Map.of("outlink", List.of("https://steppe-courier.kz/politics")))
              .build());
      write(
          writer,
          response(
              8,
              "https://central-asia-ledger.example/x",
              200,
              "application/xhtml+xml",
              utf8(BAD_DATE_PAGE)));
    }
    warc = bytes.toByteArray();
  }

  private static void write(WarcWriter writer, WarcRecord record) throws IOException {
    offsets.add(writer.position());
    writer.write(record);
  }

  private static WarcResponse response(
      int id, String url, int status, String contentType, byte[] body) throws IOException {
    return new WarcResponse.Builder(url)
        .recordId(uuid(id))
        .date(Instant.parse("2022-01-07T22:00:00Z"))
        .body(
            new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(contentType), body)
                .build())
        .build();
  }

  private static UUID uuid(int n) {
    return UUID.fromString(
        String.format(java.util.Locale.ROOT, "00000000-0000-4000-8000-%012d", n));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private record Read(List<RecordOutcome> outcomes, long skipped, Map<String, Long> byKind) {}

  private static Read read(InputStream in, String file) {
    List<RecordOutcome> outcomes = new ArrayList<>();
    try (WarcRecords records = WarcRecords.open(in, file, REGISTRY, HOSTS, DateParser.standard())) {
      records.forEachRemaining(outcomes::add);
      return new Read(outcomes, records.skippedNonDocuments(), records.skippedByKind());
    }
  }

  private static Document document(RecordOutcome outcome) {
    assertThat(outcome).isInstanceOf(RecordOutcome.Accepted.class);
    return ((RecordOutcome.Accepted) outcome).document();
  }

  private static Rejection rejection(RecordOutcome outcome) {
    assertThat(outcome).isInstanceOf(RecordOutcome.Rejected.class);
    return ((RecordOutcome.Rejected) outcome).rejection();
  }

  private static String code(RecordOutcome outcome) {
    return outcome instanceof RecordOutcome.Rejected r ? r.rejection().reason().code() : "accepted";
  }

  @Test
  void documentsAreTheHtmlResponsesAndTheRestIsTalliedAsSkipped() {
    Read read = read(new ByteArrayInputStream(warc), "crawl.warc");
    assertThat(read.outcomes())
        .extracting(RecordOutcome::line, WarcRecordsTest::code)
        .containsExactly(
            tuple(offsets.get(1), "accepted"),
            tuple(offsets.get(2), "accepted"),
            tuple(offsets.get(5), "empty_text"),
            tuple(offsets.get(7), "unparsable_date"));
    assertThat(offsets.get(0)).isZero();
    assertThat(read.skipped()).isEqualTo(4);
    assertThat(read.byKind())
        .containsExactly(
            Map.entry("metadata", 1L),
            Map.entry("request", 1L),
            Map.entry("response status 404", 1L),
            Map.entry("response type image/jpeg", 1L));
  }

  @Test
  void theArticleTextKeepsItsParagraphsAndLosesTheBoilerplate() {
    Document article =
        document(read(new ByteArrayInputStream(warc), "crawl.warc").outcomes().get(0));
    assertThat(article.id()).isEqualTo("urn:uuid:00000000-0000-4000-8000-000000000002");
    assertThat(article.source()).isEqualTo("steppe_courier");
    assertThat(article.url()).isEqualTo("https://www.steppe-courier.kz/news/2022/01/05/gas");
    // article:published_time wins over the WARC-Date and is the Almaty day.
    assertThat(article.date()).isEqualTo(LocalDate.of(2022, 1, 6));
    assertThat(article.lang()).isEqualTo("und");
    assertThat(article.title()).isEqualTo("Газ подорожал — жители вышли на площадь");
    assertThat(article.text())
        .isEqualTo(
            "Цена сжиженного газа в Жанаозене выросла вдвое с первого января.\n\n"
                + "Жители вышли на площадь и потребовали вернуть прежнюю цену.\n"
                + "Власти обещали рассмотреть обращение.\n\n"
                + "«Мы не уйдём, пока цену не снизят», — сказал один из участников.");
    assertThat(article.text())
        .doesNotContain(
            "Политика",
            "Подпишитесь",
            "Читайте также",
            "Курс тенге",
            "©",
            "trackPageView",
            "dataLayer",
            "color: red",
            "5 января 2022");
  }

  @Test
  void withoutAnArticleThePageBlockWithTheMostParagraphTextWins() {
    Document page = document(read(new ByteArrayInputStream(warc), "crawl.warc").outcomes().get(1));
    assertThat(page)
        .isEqualTo(
            new Document(
                "urn:uuid:00000000-0000-4000-8000-000000000003",
                "news.example.org",
                LocalDate.of(2022, 1, 7),
                "und",
                "Эксперты: это борьба элит",
                "Анализ\n\n"
                    + "Независимые эксперты считают беспорядки борьбой элит за власть.\n\n"
                    + "Версию о «цветной революции» они называют пропагандой.",
                "https://news.example.org/analysis/elites"));
  }

  @Test
  void rejectionsSayWhyAndKeepTheRecordHeader() {
    List<RecordOutcome> outcomes = read(new ByteArrayInputStream(warc), "crawl.warc").outcomes();
    Rejection empty = rejection(outcomes.get(2));
    assertThat(empty.detail()).isEqualTo("both 'title' and 'text' are empty or absent");
    assertThat(empty.raw())
        .startsWith("WARC/1.0\r\n")
        .contains("WARC-Target-URI: https://m.steppe-courier.kz/\r\n");
    Rejection date = rejection(outcomes.get(3));
    assertThat(date.detail()).startsWith("date 'на прошлой неделе' matches no accepted format");
    assertThat(date.raw()).contains("<meta name=\"article:published_time\"");
  }

  @Test
  void aFileCutOffInsideARecordEndsWithOneTruncatedRejection() {
    byte[] cut = Arrays.copyOf(warc, (int) (offsets.get(2) + 600));
    Read read = read(new ByteArrayInputStream(cut), "cut.warc");
    assertThat(read.outcomes())
        .extracting(RecordOutcome::line, WarcRecordsTest::code)
        .containsExactly(
            tuple(offsets.get(1), "accepted"), tuple(offsets.get(2), "truncated_record"));
    assertThat(rejection(read.outcomes().get(1)).detail()).endsWith("the file looks cut off");
    assertThat(read.byKind()).containsExactly(Map.entry("request", 1L));
  }

  @Test
  void garbageAfterARecordIsOneMalformedRejectionForTheRest() {
    byte[] garbage = utf8("this is not a WARC record\r\n\r\nnor is this\r\n");
    byte[] both = Arrays.copyOf(warc, (int) (long) offsets.get(2) + garbage.length);
    System.arraycopy(garbage, 0, both, (int) (long) offsets.get(2), garbage.length);
    Read read = read(new ByteArrayInputStream(both), "garbage.warc");
    assertThat(read.outcomes())
        .extracting(RecordOutcome::line, WarcRecordsTest::code)
        .containsExactly(
            tuple(offsets.get(1), "accepted"), tuple(offsets.get(2), "malformed_warc"));
    assertThat(rejection(read.outcomes().get(1)).detail())
        .startsWith("not a valid WARC record header (")
        .endsWith("reading stopped here, this rejection covers the rest of the file");
  }

  @Test
  void wetConversionsArePlainTextDocumentsWithoutTitle() throws IOException {
    Read read;
    try (InputStream in =
        Files.newInputStream(Path.of("src/test/resources/corpus/warc/small.warc.wet"))) {
      read = read(in, "small.warc.wet");
    }
    assertThat(read.outcomes())
        .extracting(RecordOutcome::line, WarcRecordsTest::code)
        .containsExactly(
            tuple(260L, "accepted"), tuple(771L, "empty_text"), tuple(1273L, "accepted"));
    assertThat(document(read.outcomes().get(0)))
        .isEqualTo(
            new Document(
                "urn:uuid:00000000-0000-4000-8000-000000000002",
                "steppe_courier",
                LocalDate.of(2022, 1, 6),
                "und",
                "",
                "Цены на газ в Жанаозене выросли вдвое\n"
                    + "Жители вышли на площадь, требуя вернуть прежнюю цену на сжиженный газ.\n",
                "https://www.steppe-courier.kz/news/gas-prices"));
    // A subdomain maps through its parent domain; London is UTC in January.
    assertThat(document(read.outcomes().get(2)))
        .extracting(Document::source, Document::date, Document::text)
        .containsExactly(
            "central_asia_ledger",
            LocalDate.of(2022, 1, 7),
            "Officials called it a coup attempt; experts saw an elite power struggle. 🇰🇿\n");
    assertThat(read.byKind())
        .containsExactly(
            Map.entry("conversion type application/rss+xml", 1L), Map.entry("warcinfo", 1L));
  }
}
