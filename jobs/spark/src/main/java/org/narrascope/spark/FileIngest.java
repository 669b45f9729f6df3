package org.narrascope.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.narrascope.corpus.CsvRecords;
import org.narrascope.corpus.DateParser;
import org.narrascope.corpus.FieldMapping;
import org.narrascope.corpus.JsonLinesRecords;
import org.narrascope.corpus.RecordOutcome;
import org.narrascope.corpus.Rejection;
import org.narrascope.corpus.SourceRegistry;

/**
 * Reads one input file as a stream of {@link IngestItem}s, lazily, so a task's memory does not grow
 * with the file: every record becomes a document or a quarantined rejection, and the file's summary
 * (with the SHA-256 of its bytes as stored, computed in the same pass) comes last.
 */
final class FileIngest implements Iterator<IngestItem>, AutoCloseable {
  private final InputFiles.InputFile file;
  private final SourceRegistry registry;
  private final DigestInputStream digest;
  private final AutoCloseable records;
  private final Iterator<RecordOutcome> outcomes;
  private final Map<String, Long> rejected = new TreeMap<>();
  private long read;
  private long accepted;
  private long unknownSource;
  private boolean summarised;

  private FileIngest(
      InputFiles.InputFile file,
      SourceRegistry registry,
      DigestInputStream digest,
      AutoCloseable records,
      Iterator<RecordOutcome> outcomes) {
    this.file = file;
    this.registry = registry;
    this.digest = digest;
    this.records = records;
    this.outcomes = outcomes;
  }

  static FileIngest open(
      InputFiles.InputFile file,
      String registryCsv,
      String registryOrigin,
      FieldMapping mapping,
      Configuration conf) {
    SourceRegistry registry = SourceRegistry.parse(new StringReader(registryCsv), registryOrigin);
    Path path = new Path(file.path());
    try {
      FileSystem fs = path.getFileSystem(conf);
      DigestInputStream digest =
          new DigestInputStream(fs.open(path), MessageDigest.getInstance("SHA-256"));
      CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
      InputStream in = codec == null ? digest : codec.createInputStream(digest);
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String name = baseName(path).toLowerCase(Locale.ROOT);
      DateParser dates = DateParser.standard();
      if (name.endsWith(".csv") || name.endsWith(".tsv")) {
        CsvRecords csv =
            CsvRecords.open(
                reader, file.name(), name.endsWith(".tsv") ? '\t' : ',', registry, mapping, dates);
        return new FileIngest(file, registry, digest, csv, csv);
      }
      JsonLinesRecords jsonl = JsonLinesRecords.open(reader, file.name(), registry, mapping, dates);
      return new FileIngest(file, registry, digest, jsonl, jsonl);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open input file " + file.path(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The file name without a compression suffix, which decides the format. */
  private static String baseName(Path path) {
    String name = path.getName();
    for (String z : new String[] {".gz", ".bz2"}) {
      if (name.toLowerCase(Locale.ROOT).endsWith(z)) {
        return name.substring(0, name.length() - z.length());
      }
    }
    return name;
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
    if (outcomes.hasNext()) {
      RecordOutcome outcome = outcomes.next();
      read++;
      if (outcome instanceof RecordOutcome.Accepted a) {
        accepted++;
        if (!registry.contains(a.document().source())) {
          unknownSource++;
        }
        return IngestItem.document(a.file(), a.line(), a.document());
      }
      Rejection r = ((RecordOutcome.Rejected) outcome).rejection();
      rejected.merge(r.reason().code(), 1L, Long::sum);
      return IngestItem.rejected(r.file(), r.line(), r.reason().code(), r.detail(), r.raw());
    }
    summarised = true;
    String sha = finishDigest();
    close();
    return IngestItem.summary(
        new IngestItem.FileSummary(
            file.name(), file.bytes(), sha, read, accepted, unknownSource, rejected));
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
      return HexFormat.of().formatHex(digest.getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read input file " + file.path(), e);
    }
  }

  @Override
  public void close() {
    try {
      records.close();
      digest.close();
    } catch (Exception e) {
      throw new IllegalStateException("cannot close input file " + file.path(), e);
    }
  }
}
