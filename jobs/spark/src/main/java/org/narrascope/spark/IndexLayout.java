package org.narrascope.spark;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.narrascope.NarrascopeException;
import org.narrascope.analysis.LanguageAnalyzers;

/**
 * {@code index.json}: the list of complete shards of an index and the analysis chain of each
 * language in it (lang → chain id, e.g. {@code ru:snowball}; an index built before chains had ids
 * holds the chain's description instead). It is written last, after every shard is published, and
 * removed first when an index is rebuilt; a folder without it is not an index, which is how {@code
 * count} refuses a half-built one.
 */
public record IndexLayout(List<ShardSummary> shards, Map<String, String> analysis) {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  static final int FORMAT = 1;

  static IndexLayout of(List<ShardSummary> shards) {
    Map<String, String> chains = new TreeMap<>();
    for (ShardSummary s : shards) {
      // The chain's id (ru:snowball), so that count can tell whether its matcher meets these terms.
      s.languages().keySet().forEach(l -> chains.put(l, LanguageAnalyzers.chainId(l)));
    }
    return new IndexLayout(List.copyOf(shards), chains);
  }

  List<String> shardNames() {
    return shards.stream().map(ShardSummary::name).collect(Collectors.toList());
  }

  long documents() {
    return shards.stream().mapToLong(ShardSummary::documents).sum();
  }

  void write(String indexDir, Configuration conf) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("format", FORMAT);
    json.put("documents", documents());
    json.put("analysis", analysis);
    json.put("shards", shards);
    Path path = new Path(indexDir, ShardStore.INDEX_MANIFEST);
    try (OutputStream out = path.getFileSystem(conf).create(path, true)) {
      JSON.writeValue(out, json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  /**
   * Reads the layout of an existing index; a missing or foreign one is an error saying what to do.
   */
  static IndexLayout read(String indexDir, Configuration conf) {
    Path path = new Path(indexDir, ShardStore.INDEX_MANIFEST);
    try {
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) {
        throw new NarrascopeException(
            "no complete index at "
                + indexDir
                + " (its "
                + ShardStore.INDEX_MANIFEST
                + " is missing): run `index` or `run` first");
      }
      try (InputStream in = fs.open(path)) {
        Map<String, Object> json = JSON.readValue(in, new TypeReference<Map<String, Object>>() {});
        if (!Integer.valueOf(FORMAT).equals(json.get("format"))) {
          throw new NarrascopeException(
              path + " has index format " + json.get("format") + ", expected " + FORMAT);
        }
        List<ShardSummary> shards =
            JSON.convertValue(json.get("shards"), new TypeReference<List<ShardSummary>>() {});
        Map<String, String> analysis =
            JSON.convertValue(json.get("analysis"), new TypeReference<Map<String, String>>() {});
        return new IndexLayout(shards, analysis);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** Marks the index as incomplete before it is rebuilt. */
  static void invalidate(String indexDir, Configuration conf) {
    Path path = new Path(indexDir, ShardStore.INDEX_MANIFEST);
    try {
      FileSystem fs = path.getFileSystem(conf);
      fs.mkdirs(new Path(indexDir));
      fs.delete(path, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare index folder " + indexDir, e);
    }
  }
}
