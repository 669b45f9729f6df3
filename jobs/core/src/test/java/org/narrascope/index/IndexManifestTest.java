package org.narrascope.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrascope.NarrascopeException;

/** Reading the shard list of index.json as the index stage writes it. */
class IndexManifestTest {
  @Test
  void readsTheShardNamesInOrder() {
    IndexManifest m =
        read(
            """
            {
              "format" : 1,
              "documents" : 2024,
              "analysis" : { "en" : "standard+minimal", "ru" : "standard+snowball" },
              "shards" : [ {
                "name" : "shard-00001", "documents" : 1000, "languages" : { "ru" : 1000 }
              }, {
                "name" : "shard-00000", "documents" : 1024, "languages" : { "en" : 1024 }
              } ]
            }
            """);
    assertThat(m).isEqualTo(new IndexManifest(List.of("shard-00001", "shard-00000"), 2024));
  }

  @Test
  void anotherFormatIsAnErrorSayingWhichOne() {
    assertThatThrownBy(() -> read("{\"format\": 2, \"shards\": []}"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage("idx/index.json has index format 2, expected 1");
  }

  @Test
  void aShardWithoutANameIsAnError() {
    assertThatThrownBy(() -> read("{\"format\": 1, \"shards\": [{\"name\": \"a\"}, {}]}"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage("idx/index.json: shard 2 has no \"name\" string");
  }

  @Test
  void notJsonIsAnErrorNamingTheFile() {
    assertThatThrownBy(() -> read("[1, 2]"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessage("idx/index.json is not a JSON object: not an index manifest");
    assertThatThrownBy(() -> read("{oops"))
        .isInstanceOf(NarrascopeException.class)
        .hasMessageStartingWith("cannot read idx/index.json: ");
  }

  private static IndexManifest read(String json) {
    return IndexManifest.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "idx/index.json");
  }
}
