package org.narrascope.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/** Files the driver writes and reads in {@code --out}, on whatever file system that is. */
final class OutputFiles {
  private final String outDir;
  private final Configuration conf;

  OutputFiles(String outDir, Configuration conf) {
    this.outDir = outDir;
    this.conf = conf;
  }

  Writer writer(String relative) {
    Path path = new Path(outDir, relative);
    try {
      FileSystem fs = fs(path);
      fs.mkdirs(path.getParent());
      return new OutputStreamWriter(fs.create(path, true), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  InputStream open(String relative) {
    Path path = new Path(outDir, relative);
    try {
      return fs(path).open(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  boolean exists(String relative) {
    Path path = new Path(outDir, relative);
    try {
      return fs(path).exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look for " + path, e);
    }
  }

  String path(String relative) {
    return new Path(outDir, relative).toString();
  }

  private FileSystem fs(Path path) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    // Tables for papers should not come with Hadoop's hidden .crc files beside them.
    return fs instanceof LocalFileSystem local ? local.getRaw() : fs;
  }
}
