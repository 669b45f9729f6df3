package org.narrascope.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;

/** The items of a task's input files, one file after another, each read lazily. */
final class ChainedIngest implements Iterator<IngestItem> {
  private final Iterator<InputFiles.InputFile> files;
  private final FileIngest.Settings settings;
  private final Configuration conf;
  private FileIngest current;

  ChainedIngest(
      Iterator<InputFiles.InputFile> files, FileIngest.Settings settings, Configuration conf) {
    this.files = files;
    this.settings = settings;
    this.conf = conf;
  }

  @Override
  public boolean hasNext() {
    while (current == null || !current.hasNext()) {
      if (!files.hasNext()) {
        return false;
      }
      current = FileIngest.open(files.next(), settings, conf);
    }
    return true;
  }

  @Override
  public IngestItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }
}
