package org.narrascope.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.narrascope.NarrascopeException;

/**
 * Resolves {@code --corpus} (a file, a folder, or a glob, on any Hadoop file system) to the list of
 * input files, sorted by path so that a run's accounting and manifest list them in one order.
 */
public final class InputFiles {
  /**
   * One input file.
   *
   * @param path where to read it (a fully qualified URI)
   * @param name how tables and the manifest name it: relative to the working folder when it lies
   *     under it (so a committed reference run names no machine's folders), else the URI
   */
  public record InputFile(String path, String name, long bytes) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private InputFiles() {}

  /** Lists the input files that {@code spec} names; none at all is an error. */
  public static List<InputFile> resolve(String spec, Configuration hadoop) {
    return resolve(spec, InputFormat.AUTO, hadoop);
  }

  /** Lists the input files of {@code format} that {@code spec} names; none at all is an error. */
  public static List<InputFile> resolve(String spec, InputFormat format, Configuration hadoop) {
    try {
      Path pattern = new Path(spec);
      FileSystem fs = pattern.getFileSystem(hadoop);
      FileStatus[] matches = fs.globStatus(pattern);
      List<InputFile> files = new ArrayList<>();
      if (matches != null) {
        for (FileStatus match : matches) {
          if (match.isDirectory()) {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
            while (it.hasNext()) {
              LocatedFileStatus f = it.next();
              if (f.isFile()
                  && format.accepts(f.getPath().getName())
                  && !isHidden(f.getPath(), match.getPath())) {
                files.add(file(f.getPath(), f.getLen()));
              }
            }
          } else {
            files.add(file(match.getPath(), match.getLen()));
          }
        }
      }
      if (files.isEmpty()) {
        throw new NarrascopeException(
            "--corpus "
                + spec
                + " names no input file (a folder is searched for *.jsonl, *.ndjson, *.csv, *.tsv,"
                + " *.json (Telegram exports), *.warc, *.wet, *.parquet, plain or .gz/.bz2; with"
                + " --format txt for metadata.csv)");
      }
      files.sort((a, b) -> a.path().compareTo(b.path()));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list --corpus " + spec, e);
    }
  }

  private static InputFile file(Path path, long bytes) {
    return new InputFile(path.toString(), displayName(path.toUri()), bytes);
  }

  /** A local file under the working folder by its relative path; anything else by its URI. */
  static String displayName(java.net.URI uri) {
    if ("file".equals(uri.getScheme())) {
      java.nio.file.Path local = java.nio.file.Path.of(uri).normalize();
      java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath().normalize();
      if (local.startsWith(cwd)) {
        return cwd.relativize(local).toString();
      }
      return local.toString();
    }
    return uri.toString();
  }

  /** Hadoop's convention: names starting with "." or "_" (e.g. _SUCCESS, .crc) are not data. */
  private static boolean isHidden(Path file, Path root) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      if (p.getName().startsWith(".") || p.getName().startsWith("_")) {
        return true;
      }
    }
    return false;
  }
}
