package org.narrascope.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the third-party corpora that live next to the repository, never inside it: the system
 * property {@code narrascope.shared} (the {@code shared} folder, or its {@code corpora}) wins; else
 * the first {@code shared/corpora} found beside the working directory or one of its ancestors
 * ({@code REPO/jobs/core} finds {@code REPO/../shared/corpora}; so does a fresh clone in CI next to
 * a copy of {@code shared/}).
 */
public final class SharedCorpora {
  public static final String PROPERTY = "narrascope.shared";

  private SharedCorpora() {}

  public static Optional<Path> find() {
    String override = System.getProperty(PROPERTY);
    if (override != null && !override.isBlank()) {
      Path shared = Path.of(override).toAbsolutePath();
      if (Files.isDirectory(shared.resolve("corpora"))) {
        return Optional.of(shared.resolve("corpora"));
      }
      return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path corpora = dir.resolve("shared").resolve("corpora");
      if (Files.isDirectory(corpora)) {
        return Optional.of(corpora);
      }
    }
    return Optional.empty();
  }
}
