package org.narrascope.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.narrascope.corpus.FieldMapping;

/** The items of a task's input files, one file after another, each read lazily. */
final class ChainedIngest implements Iterator<IngestItem> {
  private final Iterator<InputFiles.InputFile> files;
  private final String registryCsv;
  private final String registryOrigin;
  private final FieldMapping mapping;
  private final Configuration conf;
  private FileIngest current;

  ChainedIngest(
      Iterator<InputFiles.InputFile> files,
      String registryCsv,
      String registryOrigin,
      FieldMapping mapping,
      Configuration conf) {
    this.files = files;
    this.registryCsv = registryCsv;
    this.registryOrigin = registryOrigin;
    this.mapping = mapping;
    this.conf = conf;
  }

  @Override
  public boolean hasNext() {
    while (current == null || !current.hasNext()) {
      if (!files.hasNext()) {
        return false;
      }
      current = FileIngest.open(files.next(), registryCsv, registryOrigin, mapping, conf);
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
