package org.narrascope.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.narrascope.frames.attribution.MentionStance.DISTANCED;
import static org.narrascope.frames.attribution.MentionStance.REPORTED;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeakerTallyTest {
  private static final LocalDate JAN_5 = LocalDate.of(2022, 1, 5);
  private static final LocalDate JAN_7 = LocalDate.of(2022, 1, 7);

  @Test
  void addsUpInAnyOrderAndSortsByFrameThenMentionsDescending() {
    SpeakerTally.Key putin = new SpeakerTally.Key("color_revolution", "Путин", "ru");
    SpeakerTally.Key tokayev = new SpeakerTally.Key("color_revolution", "Токаев", "ru");
    SpeakerTally.Key experts = new SpeakerTally.Key("coup_attempt", "experts", "en");
    List<Map.Entry<SpeakerTally.Key, SpeakerTally>> mentions =
        List.of(
            Map.entry(putin, SpeakerTally.of(REPORTED, "d2", "vestnik", JAN_7)),
            Map.entry(tokayev, SpeakerTally.of(REPORTED, "d1", "vestnik", JAN_5)),
            Map.entry(tokayev, SpeakerTally.of(REPORTED, "d1", "vestnik", JAN_5)),
            Map.entry(tokayev, SpeakerTally.of(DISTANCED, "d3", "dala", JAN_7)),
            Map.entry(experts, SpeakerTally.of(DISTANCED, "d4", "forum", JAN_5)));
    Map<SpeakerTally.Key, SpeakerTally> forward = new HashMap<>();
    mentions.forEach(e -> forward.merge(e.getKey(), e.getValue(), SpeakerTally::plus));
    Map<SpeakerTally.Key, SpeakerTally> backward = new HashMap<>();
    for (int i = mentions.size() - 1; i >= 0; i--) {
      backward.merge(mentions.get(i).getKey(), mentions.get(i).getValue(), SpeakerTally::plus);
    }
    assertThat(SpeakerTally.rows(backward)).isEqualTo(SpeakerTally.rows(forward));
    assertThat(SpeakerTally.rows(forward))
        .containsExactly(
            List.of("color_revolution", "Токаев", "ru", 3L, 0L, 2L, 1L, 2L, 2L, JAN_5, JAN_7),
            List.of("color_revolution", "Путин", "ru", 1L, 0L, 1L, 0L, 1L, 1L, JAN_7, JAN_7),
            List.of("coup_attempt", "experts", "en", 1L, 0L, 0L, 1L, 1L, 1L, JAN_5, JAN_5));
  }
}
