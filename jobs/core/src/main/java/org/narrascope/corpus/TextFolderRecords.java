package org.narrascope.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Function;
import org.narrascope.NarrascopeException;

/**
 * Reads a folder of plain-text files described by a {@code metadata.csv} with the header {@code
 * file,id,source,date,lang,title,url} ({@code lang}, {@code title} and {@code url} may be left out;
 * the column order is free): every metadata row becomes exactly one outcome, a document whose text
 * is the content of {@code file} (a path relative to the folder, UTF-8, a byte-order mark dropped).
 * An outcome's file is the metadata file and its line the row's line there.
 *
 * <p>Accounting: rows are read with the rules of {@link CsvRecords} (a malformed row is {@link
 * RejectReason#MALFORMED_CSV}). A row whose text file does not exist, cannot be read, lies outside
 * the folder, or is not valid UTF-8 is rejected as {@link RejectReason#MISSING_TEXT_FILE} before
 * its other fields are checked; a row with an empty {@code file} cell as well. Then the checks of
 * every format apply (an empty text file with an empty title is {@link RejectReason#EMPTY_TEXT}).
 * Text files that no row names are not records and are not read; the ingest may list them.
 *
 * <p>Not thread-safe. Holds one text file in memory at a time.
 */
public final class TextFolderRecords implements Iterator<RecordOutcome>, AutoCloseable {
  /** The metadata file's name inside the folder. */
  public static final String METADATA = "metadata.csv";

  /** The text column holds the file name until the file's content replaces it. */
  private static final FieldMapping TEXT_FROM_FILE = FieldMapping.parse("text=file");

  private final CsvRecords rows;

  private TextFolderRecords(CsvRecords rows) {
    this.rows = rows;
  }

  /**
   * Reads {@code folder/metadata.csv} and the text files it names, on the local file system.
   *
   * @throws NarrascopeException when the metadata file cannot be opened or lacks a needed column
   */
  public static TextFolderRecords open(Path folder, SourceRegistry registry, DateParser dates) {
    Path root = folder.toAbsolutePath().normalize();
    Path metadata = root.resolve(METADATA);
    Reader in;
    try {
      in = Files.newBufferedReader(metadata, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new NarrascopeException(metadata + ": cannot read: " + e.getMessage(), e);
    }
    return open(in, metadata.toString(), name -> openInside(root, name), registry, dates);
  }

  /**
   * Reads the metadata CSV {@code metadata} ({@code file} names it in outcomes) and opens each text
   * file with {@code openText}, given the row's {@code file} cell; it throws an {@link
   * UncheckedIOException} (or a {@link NarrascopeException}) for a file that cannot be opened. This
   * is how the ingest reads a folder on another file system. {@link #close()} closes {@code
   * metadata}.
   *
   * @throws NarrascopeException when the header lacks a needed column
   */
  public static TextFolderRecords open(
      Reader metadata,
      String file,
      Function<String, InputStream> openText,
      SourceRegistry registry,
      DateParser dates) {
    DocumentAssembler assembler = new DocumentAssembler(file, registry, TEXT_FROM_FILE, dates);
    CsvRecords.Assembly withText =
        (field, line, raw) -> {
          String name = field.apply("text") == null ? "" : field.apply("text").strip();
          if (name.isEmpty()) {
            return assembler.reject(
                line, RejectReason.MISSING_TEXT_FILE, "the row has an empty 'file' cell", raw);
          }
          String text;
          try {
            text = read(openText, name);
          } catch (UncheckedIOException | NarrascopeException e) {
            String why =
                e instanceof UncheckedIOException u ? describe(u.getCause()) : e.getMessage();
            return assembler.reject(
                line,
                RejectReason.MISSING_TEXT_FILE,
                "text file '" + name + "' cannot be read: " + why,
                raw);
          } catch (CharacterCodingException e) {
            return assembler.reject(
                line,
                RejectReason.MISSING_TEXT_FILE,
                "text file '" + name + "' is not valid UTF-8",
                raw);
          }
          return assembler.assemble(
              ours -> ours.equals("text") ? text : field.apply(ours), line, raw);
        };
    return new TextFolderRecords(
        CsvRecords.open(metadata, file, ',', assembler, TEXT_FROM_FILE, withText));
  }

  private static String read(Function<String, InputStream> openText, String name)
      throws CharacterCodingException {
    byte[] bytes;
    try (InputStream in = openText.apply(name)) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Opens a file of the folder; a name that leads outside it is refused like a missing file. */
  private static InputStream openInside(Path root, String name) {
    Path path = root.resolve(name).normalize();
    if (!path.startsWith(root) || path.equals(root)) {
      throw new NarrascopeException("the path leads outside the folder " + root);
    }
    try {
      return Files.newInputStream(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "access denied";
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  @Override
  public boolean hasNext() {
    return rows.hasNext();
  }

  @Override
  public RecordOutcome next() {
    return rows.next();
  }

  /** Closes the metadata reader. */
  @Override
  public void close() {
    rows.close();
  }
}
