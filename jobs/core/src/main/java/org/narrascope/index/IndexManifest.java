package org.narrascope.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.narrascope.NarrascopeException;

/**
 * The list of complete shards in an index's {@code index.json}, for readers that open shards
 * without Spark (the Spark side writes the file; see {@code spark.IndexLayout}).
 *
 * @param shards the shard folder names, in the order the index lists them
 * @param documents the documents of the whole index
 */
public record IndexManifest(List<String> shards, long documents) {
  /** The file name of the manifest inside an index folder. */
  public static final String FILE = "index.json";

  /** The manifest format this reader understands. */
  public static final int FORMAT = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  public IndexManifest {
    shards = List.copyOf(shards);
  }

  /**
   * Reads a manifest.
   *
   * @param origin names the file in messages
   * @throws NarrascopeException if it is not JSON, has another format or lists no shard names
   */
  public static IndexManifest read(InputStream in, String origin) {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (IOException e) {
      throw new NarrascopeException("cannot read " + origin + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new NarrascopeException(origin + " is not a JSON object: not an index manifest");
    }
    if (root.path("format").asInt(-1) != FORMAT || !root.path("format").isInt()) {
      throw new NarrascopeException(
          origin + " has index format " + root.get("format") + ", expected " + FORMAT);
    }
    JsonNode list = root.path("shards");
    if (!list.isArray()) {
      throw new NarrascopeException(origin + " has no \"shards\" array");
    }
    List<String> names = new ArrayList<>();
    for (JsonNode shard : list) {
      JsonNode name = shard.path("name");
      if (!name.isTextual() || name.asText().isEmpty()) {
        throw new NarrascopeException(
            origin + ": shard " + (names.size() + 1) + " has no \"name\" string");
      }
      names.add(name.asText());
    }
    return new IndexManifest(names, root.path("documents").asLong(0));
  }
}
