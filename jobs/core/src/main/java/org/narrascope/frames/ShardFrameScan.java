package org.narrascope.frames;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.narrascope.corpus.Document;
import org.narrascope.corpus.text.HomoglyphFolding;
import org.narrascope.frames.attribution.Attribution;
import org.narrascope.frames.attribution.MentionAttributor;
import org.narrascope.index.IndexFields;
import org.narrascope.index.IndexedDocument;
import org.narrascope.index.ShardReader;
import org.narrascope.index.StoredText;

/**
 * Counts frames over one shard. The index narrows the work: each frame's {@link
 * FrameMatcher#candidateQuery} selects the documents that contain the words of one of its variants
 * in the right language field, and only those are read back and matched, so the cost grows with the
 * matches, not with the corpus. Documents without a language ({@code und}) have no analysed field a
 * lexicon query could target, so all of them are matched.
 *
 * <p>Every document of the shard is reported, matched or not, because every one counts in the
 * denominators.
 */
public final class ShardFrameScan {
  /** Characters of context on each side of a concordance line. */
  public static final int CONTEXT = 60;

  private final ShardReader shard;
  private final FrameMatcher matcher;
  private final List<String> frameIds;
  private final MentionAttributor attributor;
  private final java.util.Set<String> institutionalSources;

  public ShardFrameScan(
      ShardReader shard,
      FrameMatcher matcher,
      List<String> frameIds,
      MentionAttributor attributor) {
    this(shard, matcher, frameIds, attributor, java.util.Set.of());
  }

  /**
   * As {@link #ShardFrameScan(ShardReader, FrameMatcher, List, MentionAttributor)}, with the
   * sources that are institutions publishing their own statements (role {@code official}).
   */
  public ShardFrameScan(
      ShardReader shard,
      FrameMatcher matcher,
      List<String> frameIds,
      MentionAttributor attributor,
      java.util.Set<String> institutionalSources) {
    this.shard = shard;
    this.matcher = matcher;
    this.frameIds = List.copyOf(frameIds);
    this.attributor = attributor;
    this.institutionalSources = java.util.Set.copyOf(institutionalSources);
  }

  /** Reports every document of the shard, in document-number order, with its mentions. */
  public void scan(Consumer<DocumentMatches> sink) {
    BitSet candidates = candidates();
    for (IndexedDocument doc : shard.documents()) {
      if (!candidates.get(doc.luceneDoc())) {
        sink.accept(new DocumentMatches(doc, List.of()));
        continue;
      }
      StoredText text = shard.text(doc.luceneDoc());
      List<Mention> mentions = new ArrayList<>();
      boolean institutional = institutionalSources.contains(doc.source());
      addMentions(doc.lang(), institutional, IndexFields.TITLE, text.title(), mentions);
      addMentions(doc.lang(), institutional, IndexFields.TEXT, text.text(), mentions);
      sink.accept(new DocumentMatches(doc, mentions));
    }
  }

  /** The documents worth matching: the union over frames and languages of the pre-filters. */
  BitSet candidates() {
    BitSet all = new BitSet();
    for (String lang : shard.languages()) {
      if (lang.equals(Document.UNDETERMINED)) {
        all.or(shard.inLanguage(lang));
        continue;
      }
      BooleanQuery.Builder anyFrame = new BooleanQuery.Builder();
      for (String frame : frameIds) {
        for (String field : new String[] {IndexFields.TITLE, IndexFields.TEXT}) {
          anyFrame.add(
              matcher.candidateQuery(frame, lang, IndexFields.analyzed(field, lang)),
              BooleanClause.Occur.SHOULD);
        }
      }
      all.or(shard.matching(anyFrame.build()));
    }
    return all;
  }

  private void addMentions(
      String lang, boolean institutional, String field, String value, List<Mention> out) {
    // Matched on the folded text (as indexed), quoted from the text as written: same offsets.
    for (FrameMatch m : matcher.find(lang, HomoglyphFolding.fold(value))) {
      ConcordanceLine line = ConcordanceLine.of(value, m.start(), m.end(), CONTEXT);
      Attribution who =
          attributor.attribute(lang, value, m.start(), m.end(), m.quoted(), institutional);
      out.add(
          new Mention(
              m.frameId(),
              field,
              m.start(),
              m.end(),
              m.quoted(),
              who.stance(),
              who.speaker(),
              line.left(),
              line.match(),
              line.right()));
    }
  }
}
