package org.narrascope.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.narrascope.index.ShardReader;

/**
 * Where shards live: any Hadoop file system. A shard is always built on the executor's local disk
 * (Lucene needs random access) and published under a temporary name, then renamed, so a reader
 * never sees half a shard and a retried task simply publishes again.
 */
final class ShardStore {
  static final String INDEX_MANIFEST = "index.json";

  private ShardStore() {}

  static String shardName(int partition) {
    return String.format(Locale.ROOT, "shard-%05d", partition);
  }

  /**
   * Copies a locally built shard to {@code indexDir/name}, replacing an older one atomically
   * enough.
   */
  static void publish(
      java.nio.file.Path local, String indexDir, String name, String attempt, Configuration conf) {
    try {
      Path target = new Path(indexDir, name);
      FileSystem fs = target.getFileSystem(conf);
      if (fs instanceof LocalFileSystem lfs) {
        fs = lfs.getRaw(); // no .crc side files next to Lucene's own checksummed files
      }
      Path tmp = new Path(indexDir, "_tmp-" + name + "-" + attempt);
      fs.delete(tmp, true);
      fs.mkdirs(tmp);
      try (Stream<java.nio.file.Path> files = Files.list(local)) {
        for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files.sorted()::iterator) {
          fs.copyFromLocalFile(
              false, true, new Path(f.toUri()), new Path(tmp, f.getFileName().toString()));
        }
      }
      if (fs.exists(target)) {
        fs.delete(target, true);
      }
      if (!fs.rename(tmp, target)) {
        throw new IOException("rename " + tmp + " -> " + target + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish shard " + name + " to " + indexDir, e);
    }
  }

  /**
   * The shard as a local folder Lucene can open: the folder itself on a local file system,
   * otherwise a copy in {@code scratch}.
   */
  static java.nio.file.Path localize(
      String indexDir, String name, java.nio.file.Path scratch, Configuration conf) {
    try {
      Path shard = new Path(indexDir, name);
      FileSystem fs = shard.getFileSystem(conf);
      if (fs instanceof LocalFileSystem) {
        return java.nio.file.Path.of(fs.makeQualified(shard).toUri());
      }
      java.nio.file.Path copy = scratch.resolve(name);
      fs.copyToLocalFile(false, shard, new Path(copy.toUri()), true);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot fetch shard " + name + " from " + indexDir, e);
    }
  }

  /** What a task does with each shard it reads. */
  @FunctionalInterface
  interface ShardVisitor {
    void visit(ShardReader shard) throws IOException;
  }

  /**
   * Opens each of {@code shards} of the index at {@code indexDir} in turn (copied to a scratch
   * folder first when the index is not on a local file system) and hands it to {@code visitor}; the
   * scratch folder is gone afterwards, whatever happens.
   */
  static void readEach(
      Iterator<String> shards, String indexDir, Configuration conf, ShardVisitor visitor)
      throws IOException {
    java.nio.file.Path scratch = Files.createTempDirectory("narrascope-shards-");
    try {
      while (shards.hasNext()) {
        String name = shards.next();
        try (ShardReader reader = ShardReader.open(localize(indexDir, name, scratch, conf))) {
          visitor.visit(reader);
        }
      }
    } finally {
      deleteLocal(scratch);
    }
  }

  static void deleteLocal(java.nio.file.Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<java.nio.file.Path> all = Files.walk(dir)) {
      for (java.nio.file.Path p :
          (Iterable<java.nio.file.Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete scratch folder " + dir, e);
    }
  }
}
