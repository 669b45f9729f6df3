package org.narrascope.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real corpora beside the repository ({@code ../shared/corpora}), never copied into it: found
 * by walking up from the working folder, or named by {@code -Dnarrascope.shared}.
 */
final class SharedData {
  private SharedData() {}

  static Optional<Path> corpora() {
    String given = System.getProperty("narrascope.shared");
    if (given != null) {
      Path p = Path.of(given);
      return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/corpora");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
