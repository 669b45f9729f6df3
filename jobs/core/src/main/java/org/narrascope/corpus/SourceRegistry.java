package org.narrascope.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.narrascope.NarrascopeException;

/**
 * The outlets of a corpus with their role, country, language and time zone, read from a CSV file
 * with the header {@code source,role,country,lang} and an optional {@code tz} column (an IANA zone
 * id such as {@code Asia/Almaty}; UTC when the column or the cell is empty). Lines starting with
 * {@code #} are comments.
 *
 * <p>A record naming a source that is not in the registry is not an error here: it gets role {@link
 * SourceRole#OTHER} and zone UTC, and the ingest report shows it.
 */
public final class SourceRegistry {
  private static final List<String> REQUIRED = List.of("source", "role", "country", "lang");
  private static final char COMMENT = '#';

  private final Map<String, Source> byName;

  private SourceRegistry(Map<String, Source> byName) {
    this.byName = byName;
  }

  /** A registry of the given sources, which must have distinct names. */
  public static SourceRegistry of(Collection<Source> sources) {
    Map<String, Source> byName = new TreeMap<>();
    for (Source source : sources) {
      if (byName.put(source.name(), source) != null) {
        throw new NarrascopeException("duplicate source '" + source.name() + "'");
      }
    }
    return new SourceRegistry(byName);
  }

  /**
   * Reads the registry from a UTF-8 CSV file.
   *
   * @throws NarrascopeException naming the file, the line and the problem
   */
  public static SourceRegistry load(Path csv) {
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return parse(reader, csv.toString());
    } catch (IOException e) {
      throw new NarrascopeException(
          csv + ": cannot read the source registry: " + e.getMessage(), e);
    }
  }

  /**
   * Reads the registry from CSV text; {@code origin} names it in error messages.
   *
   * @throws NarrascopeException naming the origin, the line and the problem (missing column,
   *     unknown role, duplicate source, bad time zone, empty name)
   */
  public static SourceRegistry parse(Reader reader, String origin) {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setCommentMarker(COMMENT)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();
    PositionTrackingReader tracked = new PositionTrackingReader(reader);
    try (CSVParser parser = format.parse(tracked)) {
      List<String> header = parser.getHeaderNames();
      for (String column : REQUIRED) {
        if (!header.contains(column)) {
          throw new NarrascopeException(
              origin
                  + ": line 1: the source registry has no column '"
                  + column
                  + "' (header must contain source,role,country,lang and may add tz; found "
                  + String.join(",", header)
                  + ")");
        }
      }
      boolean hasZone = header.contains("tz");
      Map<String, Source> byName = new TreeMap<>();
      for (CSVRecord record : parser) {
        long line =
            tracked.lineOf(
                tracked.skipEmptyAndCommentLines(record.getCharacterPosition(), COMMENT));
        String where = origin + ": line " + line + ": ";
        if (!record.isConsistent()) {
          throw new NarrascopeException(
              where + "expected " + header.size() + " fields, found " + record.size());
        }
        String name = record.get("source");
        if (name.isEmpty()) {
          throw new NarrascopeException(where + "empty source name");
        }
        SourceRole role;
        try {
          role = SourceRole.parse(record.get("role"));
        } catch (NarrascopeException e) {
          throw new NarrascopeException(where + "source '" + name + "': " + e.getMessage(), e);
        }
        ZoneId zone = hasZone ? zone(record.get("tz"), where + "source '" + name + "': ") : UTC;
        Source source =
            new Source(
                name,
                role,
                record.get("country").toUpperCase(Locale.ROOT),
                record.get("lang").toLowerCase(Locale.ROOT),
                zone);
        if (byName.put(name, source) != null) {
          throw new NarrascopeException(where + "duplicate source '" + name + "'");
        }
      }
      return new SourceRegistry(byName);
    } catch (CSVException e) {
      throw new NarrascopeException(
          origin + ": the source registry is not valid CSV: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new NarrascopeException(
          origin + ": the source registry is not valid CSV: " + e.getCause().getMessage(), e);
    } catch (IllegalArgumentException e) {
      // commons-csv rejects duplicate or empty header names this way.
      throw new NarrascopeException(origin + ": line 1: bad header: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new NarrascopeException(
          origin + ": cannot read the source registry: " + e.getMessage(), e);
    }
  }

  private static final ZoneId UTC = ZoneOffset.UTC;

  private static ZoneId zone(String id, String where) {
    if (id.isEmpty()) {
      return UTC;
    }
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw new NarrascopeException(
          where + "bad time zone '" + id + "' (expected an IANA zone id such as Asia/Almaty)", e);
    }
  }

  /** The source with this name, if registered. */
  public Optional<Source> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Whether a source of this name is registered. */
  public boolean contains(String name) {
    return byName.containsKey(name);
  }

  /** The role of a source, {@link SourceRole#OTHER} when it is not registered. */
  public SourceRole roleOf(String name) {
    return find(name).map(Source::role).orElse(SourceRole.OTHER);
  }

  /** The time zone of a source, UTC when it is not registered. */
  public ZoneId zoneOf(String name) {
    return find(name).map(Source::zone).orElse(UTC);
  }

  /** The names of the sources with {@code role}, sorted. */
  public java.util.SortedSet<String> namesWithRole(SourceRole role) {
    java.util.SortedSet<String> names = new java.util.TreeSet<>();
    byName.values().stream().filter(s -> s.role() == role).forEach(s -> names.add(s.name()));
    return java.util.Collections.unmodifiableSortedSet(names);
  }

  /** All sources, sorted by name. */
  public List<Source> sources() {
    List<Source> sources = new ArrayList<>(byName.values());
    sources.sort(Comparator.comparing(Source::name));
    return List.copyOf(sources);
  }
}
