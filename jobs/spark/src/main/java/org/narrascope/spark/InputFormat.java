package org.narrascope.spark;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.narrascope.NarrascopeException;

/** The input formats, chosen by {@code --format} or by each file's extension. */
public enum InputFormat {
  AUTO,
  JSONL,
  CSV,
  TSV,
  TELEGRAM,
  WARC,
  TXT,
  PARQUET;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static InputFormat parse(String code) {
    for (InputFormat f : values()) {
      if (f.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new NarrascopeException(
        "unknown --format '"
            + code
            + "': expected one of "
            + Arrays.stream(values()).map(InputFormat::code).collect(Collectors.joining(", ")));
  }

  /** The format of one file: this one, or for {@link #AUTO} the one its name says. */
  public InputFormat of(String fileName) {
    if (this != AUTO) {
      return this;
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    for (String z : new String[] {".gz", ".bz2"}) {
      if (name.endsWith(z)) {
        name = name.substring(0, name.length() - z.length());
      }
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".tsv")) {
      return TSV;
    }
    if (name.endsWith(".json")) {
      return TELEGRAM;
    }
    if (name.endsWith(".warc") || name.endsWith(".wet")) {
      return WARC;
    }
    if (name.endsWith(".parquet")) {
      return PARQUET;
    }
    throw new NarrascopeException(
        "cannot tell the format of " + fileName + " from its name: give --format");
  }

  /** Whether a file found in a folder is input for this format (names decide under AUTO). */
  boolean accepts(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (this == TXT) {
      return name.equals("metadata.csv");
    }
    try {
      of(fileName);
      return true;
    } catch (NarrascopeException e) {
      return false;
    }
  }
}
