package org.narrascope.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConcordanceLineTest {
  @Test
  void cutsContextToWidthEachSide() {
    String text = "Officials blamed foreign fighters for the violence in Almaty.";
    assertThat(ConcordanceLine.of(text, 17, 33, 8))
        .isEqualTo(new ConcordanceLine(" blamed ", "foreign fighters", " for the"));
  }

  @Test
  void stopsAtTheEdgesOfTheText() {
    assertThat(ConcordanceLine.of("gas prices", 0, 10, 40))
        .isEqualTo(new ConcordanceLine("", "gas prices", ""));
  }

  @Test
  void turnsLineBreaksAndTabsIntoSingleSpaces() {
    String text = "First.\r\n\r\nforeign\tfighters\nlast";
    assertThat(ConcordanceLine.of(text, 10, 26, 10))
        .isEqualTo(new ConcordanceLine("First. ", "foreign fighters", " last"));
  }

  @Test
  void rejectsASpanOutsideTheText() {
    assertThatThrownBy(() -> ConcordanceLine.of("abc", 2, 5, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 characters");
  }
}
