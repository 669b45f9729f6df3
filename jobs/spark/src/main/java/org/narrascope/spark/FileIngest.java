package org.narrascope.spark;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.narrascope.corpus.CsvRecords;
import org.narrascope.corpus.DateParser;
import org.narrascope.corpus.DocumentCleaner;
import org.narrascope.corpus.FieldMapping;
import org.narrascope.corpus.JsonLinesRecords;
import org.narrascope.corpus.MapRecords;
import org.narrascope.corpus.RecordOutcome;
import org.narrascope.corpus.RejectReason;
import org.narrascope.corpus.Rejection;
import org.narrascope.corpus.SourceRegistry;
import org.narrascope.corpus.TelegramExportRecords;
import org.narrascope.corpus.TextFolderRecords;
import org.narrascope.corpus.WarcRecords;
import org.narrascope.corpus.text.InvalidUtf8Lines;
import org.narrascope.corpus.text.Repair;
import org.narrascope.corpus.text.Utf8Validation;

/**
 * Reads one input file as a stream of {@link IngestItem}s, lazily, so a task's memory does not grow
 * with the file: every record becomes a document or a quarantined rejection, and the file's summary
 * (with the SHA-256 of its bytes as stored, computed in the same pass) comes last.
 *
 * <p>What a record reader cannot see is decided here, on the bytes: a binary file is one rejected
 * record; a byte-order mark picks the charset; invalid UTF-8 quarantines the records of the lines
 * that hold it; a stream that breaks (a gzip file cut short) ends the file with one rejection for
 * the rest, keeping the records before the break.
 */
final class FileIngest implements Iterator<IngestItem>, AutoCloseable {
  private static final int SNIFF = 8192;

  private final InputFiles.InputFile file;
  private final SourceRegistry registry;
  private final DocumentCleaner cleaner;
  private final DigestInputStream digest;
  private final InvalidUtf8Lines utf8;
  private final AutoCloseable records;
  private final Iterator<RecordOutcome> outcomes;
  private final Map<String, Long> rejected = new TreeMap<>();
  private final Map<String, Long> repairs = new TreeMap<>();
  private IngestItem pending;
  private long read;
  private long accepted;
  private long unknownSource;
  private long languageDetected;
  private long lastLine;
  private boolean broken;
  private boolean summarised;

  private FileIngest(
      InputFiles.InputFile file,
      SourceRegistry registry,
      DocumentCleaner cleaner,
      DigestInputStream digest,
      InvalidUtf8Lines utf8,
      AutoCloseable records,
      Iterator<RecordOutcome> outcomes) {
    this.file = file;
    this.registry = registry;
    this.cleaner = cleaner;
    this.digest = digest;
    this.utf8 = utf8;
    this.records = records;
    this.outcomes = outcomes;
  }

  /** Options of a file's reading that come from the command line. */
  record Settings(
      String registryCsv,
      String registryOrigin,
      Map<String, String> mapping,
      DocumentCleaner.LanguageDetection detection,
      InputFormat format,
      boolean monthFirst,
      LocalDate today)
      implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
  }

  static FileIngest open(InputFiles.InputFile file, Settings settings, Configuration conf) {
    SourceRegistry registry =
        SourceRegistry.parse(new StringReader(settings.registryCsv()), settings.registryOrigin());
    DocumentCleaner cleaner = DocumentCleaner.of(settings.detection(), settings.today());
    FieldMapping mapping = new FieldMapping(settings.mapping());
    Path path = new Path(file.path());
    InputFormat format = settings.format().of(path.getName());
    DateParser dates =
        settings.monthFirst()
            ? DateParser.standard().withMonthFirstSlashes()
            : DateParser.standard();
    try {
      FileSystem fs = path.getFileSystem(conf);
      DigestInputStream digest =
          new DigestInputStream(fs.open(path), MessageDigest.getInstance("SHA-256"));
      if (format == InputFormat.PARQUET) {
        // Parquet is read by random access; the digest reads the file's bytes once more.
        MapRecords rows =
            MapRecords.open(
                ParquetRows.open(path, conf), () -> {}, file.name(), registry, mapping, dates);
        return new FileIngest(file, registry, cleaner, digest, null, rows, rows);
      }
      if (format == InputFormat.WARC) {
        // jwarc reads gzip members record by record itself.
        WarcRecords warc =
            WarcRecords.open(
                new BufferedInputStream(digest, 1 << 16), file.name(), registry, Map.of(), dates);
        return new FileIngest(file, registry, cleaner, digest, null, warc, warc);
      }
      CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
      BufferedInputStream in =
          new BufferedInputStream(
              codec == null ? digest : codec.createInputStream(digest), 1 << 16);
      byte[] head = sniff(in);
      if (isBinary(head)) {
        return binary(file, registry, cleaner, digest, in);
      }
      Optional<Charset> bom = Utf8Validation.bomCharset(head);
      InvalidUtf8Lines utf8 = null;
      InputStream text = in;
      Charset charset = StandardCharsets.UTF_8;
      if (bom.isPresent() && !bom.get().equals(StandardCharsets.UTF_8)) {
        charset = bom.get(); // UTF-16/32 with a BOM: the decoder drops the mark itself
      } else {
        utf8 = new InvalidUtf8Lines(in);
        text = utf8;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(text, charset), 1 << 16);
      switch (format) {
        case CSV, TSV -> {
          CsvRecords csv =
              CsvRecords.open(
                  reader,
                  file.name(),
                  format == InputFormat.TSV ? '\t' : ',',
                  registry,
                  mapping,
                  dates);
          return new FileIngest(file, registry, cleaner, digest, utf8, csv, csv);
        }
        case TELEGRAM -> {
          TelegramExportRecords posts =
              TelegramExportRecords.open(reader, file.name(), registry, mapping, dates);
          return new FileIngest(file, registry, cleaner, digest, utf8, posts, posts);
        }
        case TXT -> {
          Path folder = path.getParent();
          TextFolderRecords texts =
              TextFolderRecords.open(
                  reader, file.name(), name -> openInside(fs, folder, name), registry, dates);
          return new FileIngest(file, registry, cleaner, digest, utf8, texts, texts);
        }
        default -> {
          JsonLinesRecords jsonl =
              JsonLinesRecords.open(reader, file.name(), registry, mapping, dates);
          return new FileIngest(file, registry, cleaner, digest, utf8, jsonl, jsonl);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open input file " + file.path(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** A text file of a text folder, never outside the folder. */
  private static InputStream openInside(FileSystem fs, Path folder, String name) {
    Path p = new Path(folder, name);
    if (!p.toUri().normalize().getPath().startsWith(folder.toUri().normalize().getPath() + "/")) {
      throw new org.narrascope.NarrascopeException(
          name + " lies outside the text folder " + folder);
    }
    try {
      return fs.open(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + p, e);
    }
  }

  private static byte[] sniff(BufferedInputStream in) throws IOException {
    in.mark(SNIFF);
    byte[] head = in.readNBytes(SNIFF);
    in.reset();
    return head;
  }

  /** NUL bytes do not occur in UTF-8 text; in UTF-16 they do, but that comes with a BOM. */
  private static boolean isBinary(byte[] head) {
    if (Utf8Validation.bomCharset(head)
        .filter(c -> !c.equals(StandardCharsets.UTF_8))
        .isPresent()) {
      return false;
    }
    for (byte b : head) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static FileIngest binary(
      InputFiles.InputFile file,
      SourceRegistry registry,
      DocumentCleaner cleaner,
      DigestInputStream digest,
      InputStream in) {
    Rejection r =
        Rejection.of(
            file.name(),
            0,
            RejectReason.BINARY_FILE,
            "the file holds NUL bytes in its first " + SNIFF + " bytes: it is not a text corpus",
            "");
    Iterator<RecordOutcome> one =
        java.util.List.<RecordOutcome>of(new RecordOutcome.Rejected(r)).iterator();
    return new FileIngest(file, registry, cleaner, digest, null, in, one);
  }

  @Override
  public boolean hasNext() {
    return !summarised;
  }

  @Override
  public IngestItem next() {
    if (summarised) {
      throw new NoSuchElementException();
    }
    RecordOutcome outcome = nextOutcome();
    if (outcome != null) {
      read++;
      return item(outcome);
    }
    summarised = true;
    String sha = finishDigest();
    close();
    return IngestItem.summary(
        new IngestItem.FileSummary(
            file.name(),
            file.bytes(),
            sha,
            read,
            accepted,
            unknownSource,
            languageDetected,
            repairs,
            rejected));
  }

  /** The next record's outcome, or null at the end; a broken stream becomes one last rejection. */
  private RecordOutcome nextOutcome() {
    if (broken) {
      return null;
    }
    try {
      if (!outcomes.hasNext()) {
        return null;
      }
      RecordOutcome o = outcomes.next();
      lastLine =
          o instanceof RecordOutcome.Accepted a
              ? a.line()
              : ((RecordOutcome.Rejected) o).rejection().line();
      return o;
    } catch (RuntimeException e) {
      broken = true;
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      Throwable cause = e.getCause();
      if (cause != null && cause.getMessage() != null && !why.contains(cause.getMessage())) {
        why = why + ": " + cause.getMessage();
      }
      return new RecordOutcome.Rejected(
          Rejection.of(
              file.name(),
              lastLine + 1,
              RejectReason.UNREADABLE_FILE,
              "reading stopped after line " + lastLine + ": " + why,
              ""));
    }
  }

  private IngestItem item(RecordOutcome raw) {
    RecordOutcome outcome = raw;
    long line =
        raw instanceof RecordOutcome.Accepted a
            ? a.line()
            : ((RecordOutcome.Rejected) raw).rejection().line();
    long badAt = utf8 == null ? -1 : utf8.firstBadOffset(line);
    if (badAt >= 0
        && !(raw instanceof RecordOutcome.Rejected r
            && r.rejection().reason() == RejectReason.UNREADABLE_FILE)) {
      String rawText = raw instanceof RecordOutcome.Rejected r ? r.rejection().raw() : "";
      outcome =
          new RecordOutcome.Rejected(
              Rejection.of(
                  file.name(),
                  line,
                  RejectReason.INVALID_UTF8,
                  "invalid UTF-8 at byte offset " + badAt + " of the file",
                  rawText));
    }
    DocumentCleaner.Cleaned cleaned = cleaner.clean(outcome);
    if (cleaned.outcome() instanceof RecordOutcome.Accepted a) {
      accepted++;
      if (!registry.contains(a.document().source())) {
        unknownSource++;
      }
      if (cleaned.languageDetected()) {
        languageDetected++;
      }
      for (Repair r : cleaned.repairs()) {
        repairs.merge(r.code(), 1L, Long::sum);
      }
      return IngestItem.document(a.file(), a.line(), a.document());
    }
    Rejection r = ((RecordOutcome.Rejected) cleaned.outcome()).rejection();
    rejected.merge(r.reason().code(), 1L, Long::sum);
    return IngestItem.rejected(r.file(), r.line(), r.reason().code(), r.detail(), r.raw());
  }

  /**
   * Reads what the record reader left (e.g. after a fatal CSV error) so the hash covers the file.
   */
  private String finishDigest() {
    try {
      byte[] buffer = new byte[1 << 16];
      while (digest.read(buffer) >= 0) {
        // only the digest wants these bytes
      }
    } catch (IOException e) {
      // The file could not be read to its end; its records already say so. Hash what was read.
    }
    return HexFormat.of().formatHex(digest.getMessageDigest().digest());
  }

  @Override
  public void close() {
    try {
      records.close();
    } catch (Exception e) {
      // A stream that broke while reading may fail again on close; its rejection is recorded.
    }
    try {
      digest.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close input file " + file.path(), e);
    }
  }
}
