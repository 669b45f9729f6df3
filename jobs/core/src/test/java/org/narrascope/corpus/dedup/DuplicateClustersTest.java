package org.narrascope.corpus.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.narrascope.NarrascopeException;
import org.narrascope.corpus.dedup.DuplicateClusters.Cluster;
import org.narrascope.corpus.dedup.DuplicateClusters.Member;
import org.narrascope.corpus.dedup.DuplicateClusters.SimilarPair;

class DuplicateClustersTest {
  private static Member member(String id, String source, int day) {
    return new Member(id, source, LocalDate.of(2022, 1, day));
  }

  private static final List<Member> MEMBERS =
      List.of(
          member("d", "vestnik_centra", 5),
          member("b", "severny_telegraf", 4),
          member("a", "severny_telegraf", 6),
          member("c", "vestnik_centra", 4),
          member("e", "dala_tv", 7),
          member("x", "dala_tv", 1),
          member("y", "azat_unu", 1),
          member("z", "azat_unu", 2));

  // Two stories: {a, b, c, d} joined as a chain, {x, y}; z and e are in no pair.
  private static final List<SimilarPair> PAIRS =
      List.of(
          SimilarPair.of("a", "b", 0.9),
          SimilarPair.of("c", "b", 0.75),
          SimilarPair.of("d", "c", 1.0),
          SimilarPair.of("y", "x", 0.6));

  private static final List<Cluster> EXPECTED =
      List.of(
          new Cluster(
              "b",
              List.of("a", "c", "d"),
              List.of("severny_telegraf", "vestnik_centra"),
              List.of("b", "c"),
              0.75),
          new Cluster("x", List.of("y"), List.of("azat_unu", "dala_tv"), List.of("x", "y"), 0.6));

  @Test
  void canonicalIsEarliestByDateThenIdAndCountsAreOncePerSource() {
    // b and c are both earliest (4 January): b wins on the id. Per source the earliest counts.
    assertThat(DuplicateClusters.of(MEMBERS, PAIRS)).isEqualTo(EXPECTED);
    assertThat(DuplicateClusters.uncountedIds(EXPECTED)).containsExactly("a", "d");
  }

  @Test
  void resultDoesNotDependOnTheOrderOfPairsOrMembers() {
    Random random = new Random(3);
    for (int round = 0; round < 50; round++) {
      List<SimilarPair> pairs = new ArrayList<>(PAIRS);
      pairs.add(SimilarPair.of("b", "a", 0.9)); // the same pair found twice, reversed
      List<Member> members = new ArrayList<>(MEMBERS);
      Collections.shuffle(pairs, random);
      Collections.shuffle(members, random);
      assertThat(DuplicateClusters.of(members, pairs)).isEqualTo(EXPECTED);
    }
  }

  @Test
  void clusterPairsAreAllPairsOfMembers() {
    assertThat(EXPECTED.get(1).pairs()).containsExactly(DocumentPair.of("y", "x"));
    assertThat(EXPECTED.get(0).pairs()).hasSize(6).contains(DocumentPair.of("d", "a"));
    assertThat(EXPECTED.get(0).memberIds()).containsExactly("b", "a", "c", "d");
  }

  @Test
  void noPairsNoClusters() {
    assertThat(DuplicateClusters.of(MEMBERS, List.of())).isEmpty();
  }

  @Test
  void rejectsRepeatedIdsAndUnknownIds() {
    assertThatThrownBy(
            () -> DuplicateClusters.of(List.of(member("a", "s", 1), member("a", "t", 2)), PAIRS))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageContaining("two documents have the id 'a'");
    assertThatThrownBy(() -> DuplicateClusters.of(MEMBERS, List.of(SimilarPair.of("a", "q", 1))))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageContaining("unknown document 'q'");
    assertThatThrownBy(() -> DocumentPair.of("a", "a")).isInstanceOf(NarrascopeException.class);
  }
}
