package org.narrascope.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.narrascope.NarrascopeException;
import org.narrascope.analysis.WordCount;
import org.narrascope.corpus.Document;
import org.narrascope.corpus.text.HomoglyphFolding;

/**
 * Writes one shard: a Lucene index of the documents of one Spark partition. Positions and offsets
 * are indexed so that a frame's pre-filter can use phrase positions and a match can be located; the
 * verbatim title and text are stored so that concordance lines quote exactly what was ingested.
 *
 * <p>The shard is merged into one segment on close: shards are written once and read many times.
 */
public final class ShardWriter implements AutoCloseable {
  static final FieldType ANALYZED = analyzedType();

  private final Path dir;
  private final ShardAnalyzer analyzer = new ShardAnalyzer();
  private final IndexWriter writer;
  private final WordCount words = new WordCount();
  private long documents;

  private ShardWriter(Path dir) throws IOException {
    this.dir = dir;
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(64);
    config.setUseCompoundFile(true);
    this.writer = new IndexWriter(FSDirectory.open(dir), config);
  }

  /** Creates a shard in {@code dir}, which must be missing or empty. */
  public static ShardWriter create(Path dir) {
    try {
      Files.createDirectories(dir);
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new NarrascopeException("shard directory " + dir + " is not empty");
        }
      }
      return new ShardWriter(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create shard in " + dir, e);
    }
  }

  /** Adds a document that is no near-duplicate of another. */
  public void add(Document doc) {
    add(doc, "", true);
  }

  /**
   * Adds a document; its language decides the analysis of its title and text.
   *
   * @param duplicateOf the canonical document of its near-duplicate cluster, or ""
   * @param counted whether it counts in the deduplicated counts
   */
  public void add(Document doc, String duplicateOf, boolean counted) {
    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
    d.add(new StringField(IndexFields.ID, doc.id(), Field.Store.YES));
    d.add(new StringField(IndexFields.SOURCE, doc.source(), Field.Store.YES));
    d.add(new StringField(IndexFields.DATE, doc.date().toString(), Field.Store.YES));
    d.add(new StringField(IndexFields.LANG, doc.lang(), Field.Store.YES));
    d.add(new StoredField(IndexFields.URL, doc.url()));
    d.add(new StringField(IndexFields.DUPLICATE_OF, duplicateOf, Field.Store.YES));
    d.add(new StoredField(IndexFields.COUNTED, counted ? 1 : 0));
    int tokens = words.of(doc.title()) + words.of(doc.text());
    d.add(new StoredField(IndexFields.TOKENS, tokens));
    d.add(new NumericDocValuesField(IndexFields.TOKENS, tokens));
    d.add(new IntPoint(IndexFields.TOKENS, tokens));
    d.add(new StoredField(IndexFields.TITLE, doc.title()));
    d.add(new StoredField(IndexFields.TEXT, doc.text()));
    // Latin look-alikes inside Cyrillic words (a way to dodge keyword filters) are folded for
    // analysis only; folding keeps every offset, and the stored text stays as written.
    d.add(
        new Field(
            IndexFields.analyzed(IndexFields.TITLE, doc.lang()),
            HomoglyphFolding.fold(doc.title()),
            ANALYZED));
    d.add(
        new Field(
            IndexFields.analyzed(IndexFields.TEXT, doc.lang()),
            HomoglyphFolding.fold(doc.text()),
            ANALYZED));
    try {
      writer.addDocument(d);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add document " + doc.id() + " to shard " + dir, e);
    } catch (IllegalArgumentException e) {
      // Lucene refuses, e.g., a term longer than 32,766 bytes; name the document.
      throw new NarrascopeException(
          "document " + doc.id() + " cannot be indexed in shard " + dir + ": " + e.getMessage(), e);
    }
    documents++;
  }

  /** Documents added so far. */
  public long documents() {
    return documents;
  }

  @Override
  public void close() {
    try (analyzer;
        writer) {
      writer.forceMerge(1);
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit shard " + dir, e);
    }
  }

  private static FieldType analyzedType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(false);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
