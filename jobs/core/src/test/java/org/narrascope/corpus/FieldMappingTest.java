package org.narrascope.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.narrascope.NarrascopeException;

class FieldMappingTest {
  @Test
  void parsesASpecAndLeavesOtherFieldsUnderTheirOwnName() {
    FieldMapping mapping = FieldMapping.parse("text=body, date=published_at,source=channel");
    assertThat(mapping.ourFieldToTheirs())
        .isEqualTo(Map.of("text", "body", "date", "published_at", "source", "channel"));
    assertThat(mapping.theirs("text")).isEqualTo("body");
    assertThat(mapping.theirs("id")).isEqualTo("id");
  }

  @Test
  void emptySpecIsIdentity() {
    assertThat(FieldMapping.parse("")).isEqualTo(FieldMapping.identity());
    assertThat(FieldMapping.identity().theirs("url")).isEqualTo("url");
  }

  @Test
  void swappingTwoFieldsIsAllowed() {
    FieldMapping swap = FieldMapping.parse("title=text,text=title");
    assertThat(swap.theirs("title")).isEqualTo("text");
    assertThat(swap.theirs("text")).isEqualTo("title");
  }

  @Test
  void unknownFieldIsNamed() {
    assertThatThrownBy(() -> FieldMapping.parse("text=body,body=text2"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage(
            "field mapping: unknown field 'body' (our fields: id, source, date, lang, title, text,"
                + " url)");
  }

  @Test
  void malformedPartsAreNamed() {
    assertThatThrownBy(() -> FieldMapping.parse("text=body,date"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage(
            "field mapping 'text=body,date': part 'date' is not of the form ourField=theirField"
                + " (e.g. text=body)");
    assertThatThrownBy(() -> FieldMapping.parse("text="))
        .hasMessageContaining("part 'text=' is not of the form");
    assertThatThrownBy(() -> FieldMapping.parse("=body"))
        .hasMessageContaining("part '=body' is not of the form");
    assertThatThrownBy(() -> FieldMapping.parse("text=body,,date=d"))
        .hasMessageContaining("part '' is not of the form");
    assertThatThrownBy(() -> FieldMapping.parse("text=a=b"))
        .hasMessageContaining("part 'text=a=b' is not of the form");
  }

  @Test
  void aFieldMappedTwiceOrTwoFieldsOnOneColumnAreErrors() {
    assertThatThrownBy(() -> FieldMapping.parse("text=body,text=content"))
        .hasMessage("field mapping 'text=body,text=content': field 'text' is mapped twice");
    assertThatThrownBy(() -> FieldMapping.parse("text=body,title=body"))
        .hasMessage("field mapping: both 'title' and 'text' would read 'body'");
    assertThatThrownBy(() -> FieldMapping.parse("text=title"))
        .hasMessage("field mapping: both 'title' and 'text' would read 'title'");
  }
}
