package org.narrascope.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.narrascope.NarrascopeException;

/**
 * Reads one shard back: document metadata for the denominators, the set of documents a query
 * selects (a frame's pre-filter), and the stored text of the documents that need matching.
 *
 * <p>Not thread-safe; one reader per task.
 */
public final class ShardReader implements AutoCloseable {
  private static final Set<String> METADATA =
      Set.of(
          IndexFields.ID,
          IndexFields.SOURCE,
          IndexFields.DATE,
          IndexFields.LANG,
          IndexFields.TOKENS,
          IndexFields.DUPLICATE_OF,
          IndexFields.COUNTED);
  private static final Set<String> TEXTS = Set.of(IndexFields.TITLE, IndexFields.TEXT);

  private final Path dir;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final StoredFields stored;

  private ShardReader(Path dir, DirectoryReader reader) throws IOException {
    this.dir = dir;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.searcher.setQueryCache(null);
    this.stored = reader.storedFields();
  }

  /** Opens the shard in {@code dir}; a missing or broken shard is an error naming the folder. */
  public static ShardReader open(Path dir) {
    try {
      return new ShardReader(dir, DirectoryReader.open(FSDirectory.open(dir)));
    } catch (IOException e) {
      throw new NarrascopeException("cannot open index shard " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The number of documents in the shard. */
  public int documentCount() {
    return reader.numDocs();
  }

  /** The languages of the shard's documents, sorted. */
  public List<String> languages() {
    try {
      Terms terms = MultiTerms.getTerms(reader, IndexFields.LANG);
      List<String> langs = new ArrayList<>();
      if (terms != null) {
        TermsEnum it = terms.iterator();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
          langs.add(term.utf8ToString());
        }
      }
      return langs;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** The documents {@code query} matches, as a set of Lucene document numbers. */
  public BitSet matching(Query query) {
    BitSet hits = new BitSet(reader.maxDoc());
    try {
      Weight weight =
          searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (LeafReaderContext leaf : reader.leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        DocIdSetIterator docs = scorer.iterator();
        for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
          if (live == null || live.get(d)) {
            hits.set(leaf.docBase + d);
          }
        }
      }
      return hits;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** The documents written in {@code lang}. */
  public BitSet inLanguage(String lang) {
    return matching(new TermQuery(new Term(IndexFields.LANG, lang)));
  }

  /** Every live document, in document-number order. */
  public List<IndexedDocument> documents() {
    List<IndexedDocument> all = new ArrayList<>(reader.numDocs());
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        if (live == null || live.get(d)) {
          all.add(document(leaf.docBase + d));
        }
      }
    }
    return all;
  }

  /** The metadata of document number {@code luceneDoc}. */
  public IndexedDocument document(int luceneDoc) {
    try {
      Document d = stored.document(luceneDoc, METADATA);
      return new IndexedDocument(
          luceneDoc,
          d.get(IndexFields.ID),
          d.get(IndexFields.SOURCE),
          LocalDate.parse(d.get(IndexFields.DATE)),
          d.get(IndexFields.LANG),
          intValue(d.getField(IndexFields.TOKENS)),
          d.get(IndexFields.DUPLICATE_OF),
          intValue(d.getField(IndexFields.COUNTED)) == 1);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** The verbatim title and text of document number {@code luceneDoc}. */
  public StoredText text(int luceneDoc) {
    try {
      Document d = stored.document(luceneDoc, TEXTS);
      return new StoredText(d.get(IndexFields.TITLE), d.get(IndexFields.TEXT));
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** The distinct values of an analysed field's terms; for tests and diagnostics. */
  public Set<String> terms(String field) {
    try {
      Terms terms = MultiTerms.getTerms(reader, field);
      Set<String> out = new TreeSet<>();
      if (terms != null) {
        TermsEnum it = terms.iterator();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
          out.add(term.utf8ToString());
        }
      }
      return out;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private static int intValue(IndexableField field) {
    if (field == null || field.numericValue() == null) {
      throw new NarrascopeException(
          "shard document lacks a stored number: the index was built by an older Narrascope;"
              + " rebuild it with `index`");
    }
    return field.numericValue().intValue();
  }

  private UncheckedIOException failure(IOException e) {
    return new UncheckedIOException("cannot read index shard " + dir, e);
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw failure(e);
    }
  }
}
