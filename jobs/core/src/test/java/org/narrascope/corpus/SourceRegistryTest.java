package org.narrascope.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.narrascope.NarrascopeException;

class SourceRegistryTest {
  private static SourceRegistry parse(String csv) {
    return SourceRegistry.parse(new StringReader(csv), "sources.csv");
  }

  @Test
  void loadsTheSampleRegistrySortedByName() {
    SourceRegistry registry = SourceRegistry.load(Path.of("src/test/resources/corpus/sources.csv"));
    assertThat(registry.sources()).hasSize(14);
    assertThat(registry.sources().get(0).name()).isEqualTo("almaty_analytica");
    assertThat(registry.sources().get(13).name()).isEqualTo("vestnik_centra");
    assertThat(registry.find("dala_tv"))
        .contains(
            new Source("dala_tv", SourceRole.STATE_MEDIA, "KZ", "kk", ZoneId.of("Asia/Almaty")));
    assertThat(registry.roleOf("eurasia_policy_review")).isEqualTo(SourceRole.EXPERT_SKEPTIC);
    assertThat(registry.roleOf("almaty_citizen_channel")).isEqualTo(SourceRole.OTHER);
    assertThat(registry.zoneOf("kyiv_observer")).isEqualTo(ZoneId.of("Europe/Kyiv"));
    assertThat(registry.contains("kyiv_observer")).isTrue();
  }

  @Test
  void unknownSourcesAreOtherAndUtc() {
    SourceRegistry registry = parse("source,role,country,lang\na,official,KZ,ru\n");
    assertThat(registry.find("nobody")).isEmpty();
    assertThat(registry.contains("nobody")).isFalse();
    assertThat(registry.roleOf("nobody")).isEqualTo(SourceRole.OTHER);
    assertThat(registry.zoneOf("nobody")).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void tzIsOptionalAndDefaultsToUtcAsDoesAnEmptyCell() {
    SourceRegistry noColumn = parse("lang,country,role,source\nru,RU,State_Media,a\n");
    assertThat(noColumn.find("a"))
        .contains(new Source("a", SourceRole.STATE_MEDIA, "RU", "ru", ZoneOffset.UTC));
    SourceRegistry emptyCell = parse("source,role,country,lang,tz\nb,other,kz,KK,\n");
    assertThat(emptyCell.find("b"))
        .contains(new Source("b", SourceRole.OTHER, "KZ", "kk", ZoneOffset.UTC));
  }

  @Test
  void skipsCommentsAndEmptyLinesAndCountsThemInLineNumbers() {
    String csv =
        "# fictional outlets\nsource,role,country,lang\n\na,official,KZ,ru\n# note\nb,oficial,KZ,ru\n";
    assertThatThrownBy(() -> parse(csv))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage(
            "sources.csv: line 6: source 'b': unknown source role 'oficial' (valid roles:"
                + " state_media, official, independent, expert_skeptic, other)");
  }

  @Test
  void missingColumnNamesTheColumnAndTheHeaderFound() {
    assertThatThrownBy(() -> parse("source,role,lang\na,official,ru\n"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage(
            "sources.csv: line 1: the source registry has no column 'country' (header must"
                + " contain source,role,country,lang and may add tz; found source,role,lang)");
  }

  @Test
  void duplicateSourceNamesItsLine() {
    assertThatThrownBy(
            () ->
                parse("source,role,country,lang\na,official,KZ,ru\nb,other,KZ,ru\na,other,KZ,ru\n"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage("sources.csv: line 4: duplicate source 'a'");
  }

  @Test
  void badTimeZoneNamesItsLineAndValue() {
    assertThatThrownBy(() -> parse("source,role,country,lang,tz\na,official,KZ,ru,Asia/Alma-Ata\n"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage(
            "sources.csv: line 2: source 'a': bad time zone 'Asia/Alma-Ata' (expected an IANA"
                + " zone id such as Asia/Almaty)");
  }

  @Test
  void emptyNameIsAnError() {
    assertThatThrownBy(() -> parse("source,role,country,lang\na,official,KZ,ru\n ,other,KZ,ru"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage("sources.csv: line 3: empty source name");
  }

  @Test
  void wrongFieldCountNamesItsLine() {
    assertThatThrownBy(() -> parse("source,role,country,lang\na,official,KZ\n"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage("sources.csv: line 2: expected 4 fields, found 3");
  }

  @Test
  void missingFileNamesIt() {
    assertThatThrownBy(() -> SourceRegistry.load(Path.of("no/such/sources.csv")))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageStartingWith("no/such/sources.csv: cannot read the source registry:");
  }

  @Test
  void rolesHaveStableCodes() {
    assertThat(SourceRole.EXPERT_SKEPTIC.code()).isEqualTo("expert_skeptic");
    assertThat(SourceRole.parse(" INDEPENDENT ")).isEqualTo(SourceRole.INDEPENDENT);
    assertThatThrownBy(() -> SourceRole.parse("skeptic"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage(
            "unknown source role 'skeptic' (valid roles: state_media, official, independent,"
                + " expert_skeptic, other)");
  }

  @Test
  void ofRefusesDuplicates() {
    Source a = new Source("a", SourceRole.OTHER, "KZ", "ru", ZoneOffset.UTC);
    assertThat(SourceRegistry.of(java.util.List.of(a)).find("a")).contains(a);
    assertThatThrownBy(() -> SourceRegistry.of(java.util.List.of(a, a)))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage("duplicate source 'a'");
  }
}
