package org.narrascope.frames;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.narrascope.NarrascopeException;
import org.narrascope.corpus.Document;
import org.narrascope.corpus.text.HomoglyphFolding;
import org.narrascope.frames.attribution.Attribution;
import org.narrascope.frames.attribution.MentionAttributor;
import org.narrascope.index.IndexFields;
import org.narrascope.index.IndexedDocument;
import org.narrascope.index.ShardReader;
import org.narrascope.index.StoredText;

/**
 * Finds the mentions of one frame in an existing index, without Spark and without re-indexing: each
 * shard is opened with Lucene, the frame's {@link FrameMatcher#candidateQuery} (per language field)
 * narrowed by term filters on source, language and date selects the documents worth reading, and
 * only those are matched. Documents without a language ({@code und}) have no field a lexicon query
 * could target, so all of them that pass the filters are matched, as {@link ShardFrameScan} does:
 * the entries are exactly the {@code concordance.csv} rows of the frame.
 *
 * <p>Shards are read in parallel by a small pool, each thread with its own matcher (a matcher is
 * not thread-safe); results are merged in the order the shards are given, so the outcome does not
 * depend on the number of threads.
 */
public final class Concordancer {
  private final Lexicon lexicon;
  private final ConcordanceQuery query;
  private final int threads;
  private final MentionAttributor attributor = MentionAttributor.builtIn();
  private final Set<String> institutionalSources;

  private Concordancer(
      Lexicon lexicon, ConcordanceQuery query, int threads, Set<String> institutionalSources) {
    this.lexicon = lexicon;
    this.query = query;
    this.threads = threads;
    this.institutionalSources = Set.copyOf(institutionalSources);
  }

  /**
   * This search, attributing the documents of {@code sources} as an institution's own publications
   * (role {@code official}), as the count job does.
   */
  public Concordancer withInstitutionalSources(Set<String> sources) {
    return new Concordancer(lexicon, query, threads, sources);
  }

  /**
   * A search for {@code query} with {@code lexicon}'s definition of its frame.
   *
   * @param threads shards read at once (at least 1)
   * @throws NarrascopeException if the frame is not in the lexicon, naming the frames that are
   */
  public static Concordancer of(Lexicon lexicon, ConcordanceQuery query, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    Frame frame =
        lexicon
            .frame(query.frame())
            .orElseThrow(
                () ->
                    new NarrascopeException(
                        "unknown frame '"
                            + query.frame()
                            + "'; the frames of lexicon "
                            + lexicon.name()
                            + " are: "
                            + String.join(
                                ", ", lexicon.frames().stream().map(Frame::id).toList())));
    // Matches of one frame never depend on other frames: matching this frame alone is faster and
    // finds the same mentions.
    return new Concordancer(
        new Lexicon(lexicon.name(), lexicon.description(), List.of(frame)),
        query,
        threads,
        Set.of());
  }

  /**
   * Searches the shards named {@code shards}.
   *
   * @param locate the local folder of a shard, given its name (e.g. inside the index folder, or a
   *     fetched copy); called once per shard, possibly from several threads at once
   */
  public Concordance search(List<String> shards, Function<String, Path> locate) {
    Queue<FrameMatcher> idle = new ConcurrentLinkedQueue<>();
    try {
      List<ShardResult> results = new ArrayList<>(shards.size());
      int workers = Math.min(threads, shards.size());
      if (workers <= 1) {
        for (String shard : shards) {
          results.add(searchWithIdleMatcher(locate.apply(shard), idle));
        }
      } else {
        results.addAll(searchInParallel(shards, locate, idle, workers));
      }
      List<ConcordanceEntry> entries = new ArrayList<>();
      long documents = 0;
      for (ShardResult r : results) {
        entries.addAll(r.entries());
        documents += r.documents();
      }
      return new Concordance(entries, documents, shards.size());
    } finally {
      idle.forEach(FrameMatcher::close);
    }
  }

  private List<ShardResult> searchInParallel(
      List<String> shards, Function<String, Path> locate, Queue<FrameMatcher> idle, int workers) {
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "kwic-" + threadNumber.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<ShardResult>> futures = new ArrayList<>();
      for (String shard : shards) {
        futures.add(pool.submit(() -> searchWithIdleMatcher(locate.apply(shard), idle)));
      }
      List<ShardResult> results = new ArrayList<>();
      for (Future<ShardResult> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading shards", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private ShardResult searchWithIdleMatcher(Path shard, Queue<FrameMatcher> idle) {
    FrameMatcher matcher = idle.poll();
    if (matcher == null) {
      matcher = FrameMatcher.compile(lexicon);
    }
    try {
      return searchShard(shard, matcher);
    } finally {
      idle.add(matcher);
    }
  }

  private record ShardResult(List<ConcordanceEntry> entries, long documents) {}

  private ShardResult searchShard(Path dir, FrameMatcher matcher) {
    try (ShardReader shard = ShardReader.open(dir)) {
      List<ConcordanceEntry> entries = new ArrayList<>();
      long documents = 0;
      BitSet candidates = candidates(shard, matcher);
      for (int d = candidates.nextSetBit(0); d >= 0; d = candidates.nextSetBit(d + 1)) {
        IndexedDocument doc = shard.document(d);
        StoredText text = shard.text(d);
        int before = entries.size();
        addEntries(matcher, doc, IndexFields.TITLE, text.title(), entries);
        addEntries(matcher, doc, IndexFields.TEXT, text.text(), entries);
        if (entries.size() > before) {
          documents++;
        }
      }
      return new ShardResult(entries, documents);
    }
  }

  /** The documents of the shard that pass the filters and may mention the frame. */
  private BitSet candidates(ShardReader shard, FrameMatcher matcher) {
    BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
    int languages = 0;
    for (String lang : shard.languages()) {
      if (!query.languages().isEmpty() && !query.languages().contains(lang)) {
        continue;
      }
      if (lang.equals(Document.UNDETERMINED)) {
        anyLanguage.add(new TermQuery(new Term(IndexFields.LANG, lang)), Occur.SHOULD);
      } else {
        for (String field : new String[] {IndexFields.TITLE, IndexFields.TEXT}) {
          anyLanguage.add(
              matcher.candidateQuery(query.frame(), lang, IndexFields.analyzed(field, lang)),
              Occur.SHOULD);
        }
      }
      languages++;
    }
    if (languages == 0) {
      return new BitSet();
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(anyLanguage.build(), Occur.MUST);
    if (!query.sources().isEmpty()) {
      all.add(anyTerm(IndexFields.SOURCE, query.sources()), Occur.FILTER);
    }
    if (query.from().isPresent() || query.to().isPresent()) {
      // Dates are indexed as ISO strings (yyyy-MM-dd), whose order is the order of the days.
      all.add(
          TermRangeQuery.newStringRange(
              IndexFields.DATE,
              query.from().map(Object::toString).orElse(null),
              query.to().map(Object::toString).orElse(null),
              true,
              true),
          Occur.FILTER);
    }
    return shard.matching(all.build());
  }

  private static Query anyTerm(String field, Iterable<String> values) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String value : values) {
      any.add(new TermQuery(new Term(field, value)), Occur.SHOULD);
    }
    return any.build();
  }

  private void addEntries(
      FrameMatcher matcher,
      IndexedDocument doc,
      String field,
      String value,
      List<ConcordanceEntry> out) {
    // Matched on the folded text (as indexed), quoted from the text as written: same offsets.
    for (FrameMatch m : matcher.find(doc.lang(), HomoglyphFolding.fold(value))) {
      ConcordanceLine line = ConcordanceLine.of(value, m.start(), m.end(), query.context());
      Attribution who =
          attributor.attribute(
              doc.lang(),
              value,
              m.start(),
              m.end(),
              m.quoted(),
              institutionalSources.contains(doc.source()));
      ConcordanceEntry entry =
          new ConcordanceEntry(
              doc.id(),
              doc.date(),
              doc.source(),
              doc.lang(),
              field,
              m.start(),
              m.end(),
              m.quoted(),
              who.stance(),
              who.speaker(),
              line.left(),
              line.match(),
              line.right());
      if (query.filter().test(entry)) {
        out.add(entry);
      }
    }
  }
}
