package org.narrascope.frames;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.narrascope.NarrascopeException;

/**
 * A named set of frames, read from a YAML file (format: {@code corpus/README.md}, "Frame lexicon
 * format").
 *
 * @param name the lexicon's name (its {@code lexicon:} key)
 * @param description what the lexicon is for
 * @param frames the frames in file order
 */
public record Lexicon(String name, String description, List<Frame> frames) {

  public Lexicon {
    frames = List.copyOf(frames);
  }

  /**
   * Reads and checks a lexicon file.
   *
   * @throws NarrascopeException naming the file and line of the first problem
   */
  public static Lexicon load(Path file) {
    String yaml;
    try {
      yaml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new NarrascopeException("cannot read lexicon " + file + ": " + e.getMessage(), e);
    }
    return parse(yaml, file.toString());
  }

  /**
   * Parses and checks a lexicon; every variant is analysed with its language's chain, so a lexicon
   * that parses also compiles into a {@link FrameMatcher}.
   *
   * @param origin names the source in messages (a file name)
   * @throws NarrascopeException naming origin and line of the first problem
   */
  public static Lexicon parse(String yaml, String origin) {
    return new LexiconReader(origin).read(yaml);
  }

  /** The frame with {@code id}. */
  public Optional<Frame> frame(String id) {
    return frames.stream().filter(f -> f.id().equals(id)).findFirst();
  }
}
