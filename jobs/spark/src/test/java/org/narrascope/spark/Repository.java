package org.narrascope.spark;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository that tests use: the shipped registry, lexicon and sample corpus. */
final class Repository {
  private Repository() {}

  /** The repository root, found from the module folder the tests run in. */
  static Path root() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("corpus/frames"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("tests must run inside the repository");
    }
    return p;
  }

  static Path sources() {
    return root().resolve("corpus/sources.csv");
  }

  static Path lexicon() {
    return root().resolve("corpus/frames/kazakhstan-2022.yaml");
  }
}
