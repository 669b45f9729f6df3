package org.narrascope.corpus.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.narrascope.NarrascopeException;
import org.narrascope.analysis.WordCount;
import org.narrascope.corpus.sample.NewsLanguage.Template;
import org.narrascope.corpus.sample.PlantedForms.Form;

/**
 * Writes a fictional multilingual news corpus with frame mentions planted at known places, and the
 * exact truth of what a correct pipeline must count in it.
 *
 * <p>Files written into the output directory (UTF-8, {@code \n} line ends):
 *
 * <ul>
 *   <li>{@code documents.jsonl}: one document per line (id, source, date, lang, title, text, url;
 *       about 2% have no {@code lang} key);
 *   <li>{@code truth.csv}: per frame, source and day the documents, documents with the frame,
 *       mentions, quoted mentions and UAX #29 tokens;
 *   <li>{@code planted.csv}: one row per planted mention with its exact span;
 *   <li>{@code sources.csv}: the source registry;
 *   <li>{@code discovery_truth.csv}: one row per phrase type planted (family, kind, lang, phrase):
 *       seed variants of the lexicon, unseen variants of shipped frames and phrases of new frames;
 *   <li>{@code discovery_planted.csv}: one row per planted unseen variant or new-frame phrase with
 *       its exact span.
 * </ul>
 *
 * <p>Every planted phrase sits in a carrier sentence and often beside a context sentence of its
 * family ({@link FamilyContexts}), so that phrases of one framing share their contexts. The shipped
 * lexicon matches exactly the seed mentions of {@code planted.csv}: nothing of the discovery
 * phrases, carriers, contexts or fillers.
 *
 * <p>The same config always yields byte-identical files: one {@link SplittableRandom} drives every
 * choice, all aggregates are sorted maps, no clock is read. Documents are streamed; only the
 * per-source-and-day truth cells are held in memory.
 *
 * <p>Documents without a {@code lang} key carry no planted mention: whatever the pipeline does with
 * an undetermined language, their truth (zero mentions) stays exact.
 */
public final class SampleCorpusGenerator {
  static final String DOCUMENTS = "documents.jsonl";
  static final String TRUTH = "truth.csv";
  static final String PLANTED = "planted.csv";
  static final String SOURCES = "sources.csv";
  static final String DISCOVERY_TRUTH = "discovery_truth.csv";
  static final String DISCOVERY_PLANTED = "discovery_planted.csv";

  static final String TRUTH_HEADER =
      "frame,source,period,docs,docs_with_frame,mentions,mentions_quoted,tokens";

  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
  private static final LocalDate PEAK_FROM = LocalDate.of(2022, 1, 4);
  private static final LocalDate PEAK_TO = LocalDate.of(2022, 1, 11);

  private SampleCorpusGenerator() {}

  /** Generates the corpus of {@code config} into {@code outDir}, creating it if needed. */
  public static GenerationSummary generate(GeneratorConfig config, Path outDir) {
    try {
      Files.createDirectories(outDir);
      Files.writeString(outDir.resolve(SOURCES), SampleSources.csv(), StandardCharsets.UTF_8);
      try (Run run = new Run(config, outDir)) {
        return run.generate();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing the sample corpus into " + outDir, e);
    }
  }

  /** Relative publication volume of a day: the unrest peaks 4–11 January 2022. */
  static double dayWeight(LocalDate day) {
    if (!day.isBefore(PEAK_FROM) && !day.isAfter(PEAK_TO)) {
      return day.getDayOfMonth() <= 7 ? 3.0 : 2.0;
    }
    if (day.isBefore(PEAK_FROM) && !day.isBefore(PEAK_FROM.minusDays(3))) {
      return 0.4 + 0.2 * ChronoUnit.DAYS.between(PEAK_FROM.minusDays(3), day);
    }
    if (day.isAfter(PEAK_TO) && !day.isAfter(PEAK_TO.plusDays(7))) {
      return 1.0;
    }
    return 0.35;
  }

  /** How often a document of {@code role} mentions {@code frame}, per document. */
  static double rate(String role, String frame) {
    boolean official = PlantedForms.OFFICIAL_FRAMES.contains(frame);
    double base =
        switch (role) {
          case "state_media" -> official ? 0.13 : 0.02;
          case "official" -> official ? 0.12 : 0.02;
          case "independent" -> official ? 0.035 : 0.08;
          case "expert_skeptic" -> official ? 0.06 : 0.16;
          case "other" -> official ? 0.05 : 0.045;
          default -> throw new NarrascopeException("sample generator: unknown role " + role);
        };
    double weight =
        switch (frame) {
          case "maidan_technologies" -> 0.8;
          case "terrorist_gangs" -> 1.2;
          case "color_revolution" -> 0.7;
          case "gas_prices" -> 1.3;
          default -> 1.0;
        };
    return base * weight;
  }

  /**
   * How often a document of {@code role} in {@code lang} that mentions an official frame also uses
   * one of that frame's unseen variants: official voices vary their wording, experts mostly quote
   * the canonical phrase. English and Ukrainian have few or no official outlets, so their rate is
   * raised to give every planted phrase enough occurrences there.
   */
  static double unseenCompanionRate(String role, String lang) {
    double base =
        switch (role) {
          case "state_media", "official" -> 0.5;
          case "independent", "other" -> 0.3;
          case "expert_skeptic" -> 0.05;
          default -> throw new NarrascopeException("sample generator: unknown role " + role);
        };
    return Math.min(0.9, base * languageBoost(lang));
  }

  /**
   * How often a document uses an unseen variant of an official frame without also naming the frame
   * by a lexicon phrase: half the companion rate among the documents that would mention the frame.
   */
  static double unseenSoloRate(String role, String lang, String frame) {
    return 0.5 * rate(role, frame) * unseenCompanionRate(role, lang);
  }

  /** How often a document of {@code role} in {@code lang} uses a new (unlisted) official frame. */
  static double newFrameRate(String role, String lang) {
    double base =
        switch (role) {
          case "state_media" -> 0.07;
          case "official" -> 0.08;
          case "independent" -> 0.02;
          case "other" -> 0.025;
          case "expert_skeptic" -> 0.006;
          default -> throw new NarrascopeException("sample generator: unknown role " + role);
        };
    return base * languageBoost(lang);
  }

  private static double languageBoost(String lang) {
    return switch (lang) {
      case "en" -> 3.0;
      case "uk" -> 3.5;
      default -> 1.0;
    };
  }

  /** One phrase to plant in a document: of which family, and of which kind. */
  private record Planting(String family, String kind) {
    List<Form> forms(String lang) {
      return kind.equals(PlantedForms.SEED)
          ? PlantedForms.of(family, lang)
          : DiscoveryForms.of(family, lang);
    }

    boolean seed() {
      return kind.equals(PlantedForms.SEED);
    }

    /** Official framings: the official shipped frames and every discovery family. */
    boolean official() {
      return !seed() || PlantedForms.OFFICIAL_FRAMES.contains(family);
    }
  }

  /**
   * A sentence or headline (possibly with a context sentence beside it) with at most one planted
   * phrase ({@code start < 0} if none).
   */
  private record Piece(
      String text, int start, int end, String family, String kind, String lang, boolean quoted) {
    static Piece plain(String text) {
      return new Piece(text, -1, -1, "", "", "", false);
    }

    static Piece separator(String text) {
      return new Piece(text, Integer.MIN_VALUE, 0, "", "", "", false);
    }

    boolean seed() {
      return kind.equals(PlantedForms.SEED);
    }

    boolean hasMention() {
      return start >= 0;
    }
  }

  /** Truth aggregates of one source on one day. */
  private static final class Cell {
    int docs;
    long tokens;
    final int[] docsWithFrame = new int[PlantedForms.FRAMES.size()];
    final int[] mentions = new int[PlantedForms.FRAMES.size()];
    final int[] quoted = new int[PlantedForms.FRAMES.size()];
  }

  private static final class Run implements AutoCloseable {
    private final GeneratorConfig config;
    private final Path outDir;
    private final SplittableRandom random;
    private final ObjectMapper json = new ObjectMapper();
    private final WordCount words = new WordCount();
    private final Writer documents;
    private final CSVPrinter planted;
    private final CSVPrinter discoveryPlanted;
    private final TreeSet<List<String>> plantedTypes = new TreeSet<>(Run::compareRows);
    private final Map<String, TreeMap<LocalDate, Cell>> truth = new TreeMap<>();
    private final double sourceWeightSum;
    private int mentionCount;
    private int discoveryCount;
    private int quotedCount;
    private int distractorCount;

    Run(GeneratorConfig config, Path outDir) throws IOException {
      this.config = config;
      this.outDir = outDir;
      this.random = new SplittableRandom(config.seed());
      this.documents = Files.newBufferedWriter(outDir.resolve(DOCUMENTS), StandardCharsets.UTF_8);
      BufferedWriter plantedWriter =
          Files.newBufferedWriter(outDir.resolve(PLANTED), StandardCharsets.UTF_8);
      this.planted = new CSVPrinter(plantedWriter, CSV);
      planted.printRecord("doc_id", "field", "frame", "start", "end", "quoted", "surface");
      this.discoveryPlanted =
          new CSVPrinter(
              Files.newBufferedWriter(outDir.resolve(DISCOVERY_PLANTED), StandardCharsets.UTF_8),
              CSV);
      discoveryPlanted.printRecord(
          "doc_id", "field", "family", "kind", "lang", "start", "end", "surface");
      double sum = 0;
      for (SampleSource s : SampleSources.ALL) {
        sum += s.weight();
      }
      this.sourceWeightSum = sum;
    }

    GenerationSummary generate() throws IOException {
      List<LocalDate> days = new ArrayList<>();
      for (LocalDate d = config.from(); !d.isAfter(config.to()); d = d.plusDays(1)) {
        days.add(d);
      }
      int[] perDay = apportion(days, config.docs());
      int index = 0;
      for (int i = 0; i < days.size(); i++) {
        for (int k = 0; k < perDay[i]; k++) {
          writeDocument(index++, days.get(i));
        }
      }
      documents.flush();
      planted.flush();
      discoveryPlanted.flush();
      int rows = writeTruth();
      int types = writeDiscoveryTruth();
      return new GenerationSummary(
          config.docs(),
          mentionCount,
          quotedCount,
          distractorCount,
          rows,
          discoveryCount,
          types,
          outDir);
    }

    /**
     * Largest-remainder split of {@code total} over the days by their weights: exact and stable.
     */
    private static int[] apportion(List<LocalDate> days, int total) {
      double sum = 0;
      for (LocalDate d : days) {
        sum += dayWeight(d);
      }
      int[] counts = new int[days.size()];
      double[] remainders = new double[days.size()];
      int assigned = 0;
      for (int i = 0; i < days.size(); i++) {
        double exact = total * dayWeight(days.get(i)) / sum;
        counts[i] = (int) Math.floor(exact);
        remainders[i] = exact - counts[i];
        assigned += counts[i];
      }
      while (assigned < total) {
        int best = 0;
        for (int i = 1; i < days.size(); i++) {
          if (remainders[i] > remainders[best]) {
            best = i;
          }
        }
        counts[best]++;
        remainders[best] = -1;
        assigned++;
      }
      return counts;
    }

    private SampleSource pickSource() {
      double u = random.nextDouble() * sourceWeightSum;
      for (SampleSource s : SampleSources.ALL) {
        u -= s.weight();
        if (u < 0) {
          return s;
        }
      }
      return SampleSources.ALL.get(SampleSources.ALL.size() - 1);
    }

    private void writeDocument(int index, LocalDate day) throws IOException {
      SampleSource source = pickSource();
      String lang =
          !source.otherLangs().isEmpty() && random.nextDouble() < 0.25
              ? source.otherLangs().get(random.nextInt(source.otherLangs().size()))
              : source.lang();
      boolean withoutLang = random.nextDouble() < 0.02;
      NewsLanguage language = NewsLanguages.of(lang);
      String id = String.format(Locale.ROOT, "gen-%06d", index);

      List<Planting> plantings = withoutLang ? List.of() : drawPlantings(source.role(), lang);
      List<Planting> textPlantings = new ArrayList<>(plantings);
      Piece title;
      if (!textPlantings.isEmpty()
          && random.nextDouble() < 0.22
          && !fittingForms(textPlantings.get(0).forms(lang), language.titleCarriers()).isEmpty()) {
        title = mention(language, textPlantings.remove(0), true, source, day);
      } else {
        title = Piece.plain(render(pick(language.titles()), language, day, null, null).text());
      }
      String titleText = title.text();
      List<Piece> plantedPieces = new ArrayList<>();
      if (title.hasMention()) {
        plantedPieces.add(title);
        recordPlanted(id, "title", title, 0);
      }
      StringBuilder text = new StringBuilder();
      for (Piece p : layout(language, textPlantings, source, day)) {
        if (p.start() == Integer.MIN_VALUE) {
          text.append(p.text());
          continue;
        }
        int offset = text.length();
        text.append(p.text());
        if (p.hasMention()) {
          plantedPieces.add(p);
          recordPlanted(id, "text", p, offset);
        }
      }
      String body = text.toString();

      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("id", id);
      doc.put("source", source.source());
      doc.put("date", dateField(day, source));
      if (!withoutLang) {
        doc.put("lang", lang);
      }
      doc.put("title", titleText);
      doc.put("text", body);
      doc.put(
          "url",
          String.format(
              Locale.ROOT,
              "https://%s/%04d/%02d/%02d/%d",
              source.domain(),
              day.getYear(),
              day.getMonthValue(),
              day.getDayOfMonth(),
              10_000 + index));
      documents.write(toJson(doc));
      documents.write('\n');

      Cell cell =
          truth
              .computeIfAbsent(source.source(), s -> new TreeMap<>())
              .computeIfAbsent(day, d -> new Cell());
      cell.docs++;
      cell.tokens += words.of(titleText) + words.of(body);
      boolean[] seen = new boolean[PlantedForms.FRAMES.size()];
      for (Piece p : plantedPieces) {
        if (!p.seed()) {
          continue;
        }
        int f = PlantedForms.FRAMES.indexOf(p.family());
        cell.mentions[f]++;
        if (p.quoted()) {
          cell.quoted[f]++;
        }
        if (!seen[f]) {
          seen[f] = true;
          cell.docsWithFrame[f]++;
        }
      }
    }

    private String toJson(Map<String, Object> doc) {
      try {
        return json.writeValueAsString(doc);
      } catch (JsonProcessingException e) {
        throw new NarrascopeException(
            "sample generator: cannot write document " + doc.get("id"), e);
      }
    }

    /** Mostly a plain date; sometimes a date-time whose local date in the source's zone is it. */
    private String dateField(LocalDate day, SampleSource source) {
      if (random.nextDouble() >= 0.2) {
        return day.toString();
      }
      LocalTime time = LocalTime.of(random.nextInt(24), random.nextInt(12) * 5);
      ZonedDateTime local = ZonedDateTime.of(day, time, source.tz());
      ZonedDateTime shown =
          random.nextDouble() < 0.6 ? local : local.withZoneSameInstant(ZoneOffset.UTC);
      return DATE_TIME.format(shown);
    }

    /**
     * The phrases a document carries, in text order: at most three seed mentions (as {@link
     * #drawFrames}), then unseen variants of the official frames it mentions and new frames, at
     * most four phrases in all.
     */
    private List<Planting> drawPlantings(String role, String lang) {
      List<String> frames = drawFrames(role);
      List<Planting> extra = new ArrayList<>();
      for (String frame : PlantedForms.OFFICIAL_FRAMES) {
        double u = random.nextDouble();
        double p =
            frames.contains(frame)
                ? unseenCompanionRate(role, lang)
                : unseenSoloRate(role, lang, frame);
        if (u < p && !DiscoveryForms.of(frame, lang).isEmpty()) {
          extra.add(new Planting(frame, DiscoveryForms.UNSEEN_VARIANT));
        }
      }
      for (String family : DiscoveryForms.NEW_FRAMES) {
        double u = random.nextDouble();
        if (u < newFrameRate(role, lang) && !DiscoveryForms.of(family, lang).isEmpty()) {
          extra.add(new Planting(family, DiscoveryForms.NEW_FRAME));
        }
      }
      List<Planting> out = new ArrayList<>();
      for (String frame : frames) {
        out.add(new Planting(frame, PlantedForms.SEED));
      }
      shuffle(extra);
      for (Planting p : extra) {
        if (out.size() < 4) {
          out.add(p);
        }
      }
      shuffle(out);
      return out;
    }

    /** The frames a document mentions, in random order; at most three. */
    private List<String> drawFrames(String role) {
      List<String> frames = new ArrayList<>();
      for (String frame : PlantedForms.FRAMES) {
        double p = rate(role, frame);
        double u = random.nextDouble();
        if (u < p) {
          frames.add(frame);
          if (u < p * 0.12) {
            frames.add(frame);
          }
        }
      }
      shuffle(frames);
      return frames.size() > 3 ? new ArrayList<>(frames.subList(0, 3)) : frames;
    }

    /**
     * The body: fillers, distractors and one carrier per mention, each mention preceded by at least
     * one other sentence and alone in its paragraph (so an authorial one sits in a quote-free
     * paragraph). Separators are pieces with {@code start == MIN_VALUE}.
     */
    private List<Piece> layout(
        NewsLanguage language, List<Planting> plantings, SampleSource source, LocalDate day) {
      int m = plantings.size();
      double u = random.nextDouble();
      int d = u < 0.08 ? 2 : u < 0.30 ? 1 : 0;
      int fillers = Math.max(Math.max(m, 1), Math.min(4 + random.nextInt(6), 12 - m - d));
      List<Piece> others = new ArrayList<>();
      for (int i : distinct(language.fillers().size(), fillers)) {
        others.add(render(language.fillers().get(i), language, day, null, null));
      }
      List<Piece> rest = new ArrayList<>(others.subList(1, others.size()));
      for (int i : distinct(language.distractors().size(), d)) {
        rest.add(render(language.distractors().get(i), language, day, null, null));
        distractorCount++;
      }
      shuffle(rest);
      List<Piece> sequence = new ArrayList<>();
      sequence.add(others.get(0));
      sequence.addAll(rest);
      // Each mention goes into a distinct gap after a non-mention sentence: never two adjacent.
      List<Integer> gaps = distinct(sequence.size(), m);
      Collections.sort(gaps);
      for (int j = m - 1; j >= 0; j--) {
        sequence.add(gaps.get(j) + 1, mention(language, plantings.get(j), false, source, day));
      }
      List<Piece> out = new ArrayList<>();
      boolean paragraphHasMention = false;
      for (int i = 0; i < sequence.size(); i++) {
        Piece p = sequence.get(i);
        if (i > 0) {
          boolean breakHere = random.nextDouble() < 0.35 || p.hasMention() || paragraphHasMention;
          out.add(Piece.separator(breakHere ? "\n\n" : " "));
          if (breakHere) {
            paragraphHasMention = false;
          }
        }
        paragraphHasMention |= p.hasMention();
        out.add(p);
      }
      return out;
    }

    /**
     * The carrier of one planted phrase: mostly one of its family's own carriers (in the text, not
     * in a title), else a generic one; in the text often with one of the family's context sentences
     * before or after it, in the same paragraph.
     */
    private Piece mention(
        NewsLanguage language,
        Planting planting,
        boolean inTitle,
        SampleSource source,
        LocalDate day) {
      String lang = language.lang();
      List<Form> all = planting.forms(lang);
      List<Template> generic = inTitle ? language.titleCarriers() : language.carriers();
      List<Template> own = inTitle ? List.of() : FamilyContexts.carriers(planting.family(), lang);
      List<Template> templates = !own.isEmpty() && random.nextDouble() < 0.7 ? own : generic;
      List<Form> forms = fittingForms(all, templates);
      if (forms.isEmpty()) {
        templates = generic;
        forms = fittingForms(all, generic);
      }
      if (forms.isEmpty()) {
        throw new NarrascopeException(
            "sample generator: no carrier fits "
                + planting.kind()
                + " "
                + planting.family()
                + " in "
                + lang);
      }
      Form form = pick(forms);
      Template template = pick(fitting(templates, form));
      boolean disputing =
          planting.official()
              && (source.role().equals("independent") || source.role().equals("expert_skeptic"));
      String quotes =
          random.nextDouble() < (disputing ? 0.55 : 0.25) ? pick(language.quotes()) : null;
      Piece carrier = render(template.text(), language, day, form, quotes);
      List<String> contexts =
          inTitle ? List.of() : FamilyContexts.contexts(planting.family(), lang);
      if (contexts.isEmpty() || random.nextDouble() >= 0.6) {
        return carrier;
      }
      String context = render(pick(contexts), language, day, null, null).text();
      if (random.nextBoolean()) {
        return new Piece(
            carrier.text() + " " + context,
            carrier.start(),
            carrier.end(),
            carrier.family(),
            carrier.kind(),
            carrier.lang(),
            carrier.quoted());
      }
      int shift = context.length() + 1;
      return new Piece(
          context + " " + carrier.text(),
          carrier.start() + shift,
          carrier.end() + shift,
          carrier.family(),
          carrier.kind(),
          carrier.lang(),
          carrier.quoted());
    }

    private static List<Form> fittingForms(List<Form> forms, List<Template> templates) {
      List<Form> fit = new ArrayList<>();
      for (Form f : forms) {
        if (!fitting(templates, f).isEmpty()) {
          fit.add(f);
        }
      }
      return fit;
    }

    private static List<Template> fitting(List<Template> templates, Form form) {
      List<Template> fit = new ArrayList<>();
      for (Template t : templates) {
        if (form.cases().contains(t.slot())) {
          fit.add(t);
        }
      }
      return fit;
    }

    /** Fills a template's slots; records where the planted phrase (without quotes) lands. */
    private Piece render(
        String template, NewsLanguage language, LocalDate day, Form form, String quotes) {
      StringBuilder out = new StringBuilder();
      int start = -1;
      int end = -1;
      int city = random.nextInt(language.cities().size());
      int i = 0;
      while (i < template.length()) {
        char c = template.charAt(i);
        if (c != '{') {
          out.append(c);
          i++;
          continue;
        }
        int close = template.indexOf('}', i);
        String slot = template.substring(i + 1, close);
        boolean atStart = out.length() == 0;
        String value =
            switch (slot) {
              case "S" -> pick(language.speakers());
              case "C" -> language.cities().get(city);
              case "IN" -> language.inCities().get(city);
              case "D" ->
                  day.getDayOfMonth() + " " + language.months().get(day.getMonthValue() - 1);
              case "N" -> Integer.toString(150 + random.nextInt(90));
              case "M" -> Integer.toString(1000 + random.nextInt(11_000));
              case "O" -> startsWithVowel(form.surface()) ? "об" : "о";
              case "X" -> "";
              default -> throw new NarrascopeException("sample generator: unknown slot " + slot);
            };
        if (slot.equals("X")) {
          if (quotes != null) {
            out.append(quotes.charAt(0));
          }
          start = out.length();
          out.append(form.surface());
          end = out.length();
          if (quotes != null) {
            out.append(quotes.charAt(1));
          }
        } else {
          out.append(atStart ? capitalise(value) : value);
        }
        i = close + 1;
      }
      if (form == null) {
        return Piece.plain(out.toString());
      }
      return new Piece(
          out.toString(), start, end, form.family(), form.kind(), form.lang(), quotes != null);
    }

    private static boolean startsWithVowel(String phrase) {
      return "аоуэиыАОУЭИЫ".indexOf(phrase.charAt(0)) >= 0;
    }

    private static String capitalise(String s) {
      return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void recordPlanted(String id, String field, Piece p, int offset) throws IOException {
      String surface = p.text().substring(p.start(), p.end());
      plantedTypes.add(List.of(p.family(), p.kind(), p.lang(), phraseOf(p, surface)));
      if (!p.seed()) {
        discoveryCount++;
        discoveryPlanted.printRecord(
            id,
            field,
            p.family(),
            p.kind(),
            p.lang(),
            offset + p.start(),
            offset + p.end(),
            surface);
        return;
      }
      mentionCount++;
      if (p.quoted()) {
        quotedCount++;
      }
      planted.printRecord(
          id, field, p.family(), offset + p.start(), offset + p.end(), p.quoted(), surface);
    }

    /** The phrase type (base form) of a planted surface. */
    private static String phraseOf(Piece p, String surface) {
      List<Form> forms =
          p.seed()
              ? PlantedForms.of(p.family(), p.lang())
              : DiscoveryForms.of(p.family(), p.lang());
      for (Form f : forms) {
        if (f.surface().equals(surface)) {
          return f.phrase();
        }
      }
      throw new NarrascopeException("sample generator: no form " + surface + " of " + p.family());
    }

    /** Orders rows of strings column by column. */
    private static int compareRows(List<String> a, List<String> b) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        int c = a.get(i).compareTo(b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(a.size(), b.size());
    }

    /** Writes one row per phrase type planted at least once, sorted; returns the row count. */
    private int writeDiscoveryTruth() throws IOException {
      try (CSVPrinter out =
          new CSVPrinter(
              Files.newBufferedWriter(outDir.resolve(DISCOVERY_TRUTH), StandardCharsets.UTF_8),
              CSV)) {
        out.printRecord("family", "kind", "lang", "phrase");
        for (List<String> row : plantedTypes) {
          out.printRecord(row);
        }
      }
      return plantedTypes.size();
    }

    private int writeTruth() throws IOException {
      int rows = 0;
      try (CSVPrinter out =
          new CSVPrinter(
              Files.newBufferedWriter(outDir.resolve(TRUTH), StandardCharsets.UTF_8), CSV)) {
        out.printRecord((Object[]) TRUTH_HEADER.split(",", -1));
        for (int f = 0; f < PlantedForms.FRAMES.size(); f++) {
          for (Map.Entry<String, TreeMap<LocalDate, Cell>> source : truth.entrySet()) {
            for (Map.Entry<LocalDate, Cell> day : source.getValue().entrySet()) {
              Cell c = day.getValue();
              out.printRecord(
                  PlantedForms.FRAMES.get(f),
                  source.getKey(),
                  day.getKey().toString(),
                  c.docs,
                  c.docsWithFrame[f],
                  c.mentions[f],
                  c.quoted[f],
                  c.tokens);
              rows++;
            }
          }
        }
      }
      return rows;
    }

    private <T> T pick(List<T> items) {
      return items.get(random.nextInt(items.size()));
    }

    private <T> void shuffle(List<T> items) {
      for (int i = items.size() - 1; i > 0; i--) {
        Collections.swap(items, i, random.nextInt(i + 1));
      }
    }

    /** {@code k} distinct indices below {@code n}, in random order. */
    private List<Integer> distinct(int n, int k) {
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        all.add(i);
      }
      shuffle(all);
      return new ArrayList<>(all.subList(0, Math.min(k, n)));
    }

    @Override
    public void close() throws IOException {
      try (Writer d = documents;
          CSVPrinter p = planted;
          CSVPrinter q = discoveryPlanted;
          WordCount w = words) {
        // closes all four, in reverse order, even if one fails
      }
    }
  }
}
