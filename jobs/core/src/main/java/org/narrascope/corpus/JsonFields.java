package org.narrascope.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads our document fields out of one JSON object, with the type rules every JSON format shares:
 * {@code id} is a string or an integer, the other fields are strings, JSON {@code null} counts as
 * absent, other keys are ignored.
 */
final class JsonFields {
  /**
   * Jackson refuses strings over 20 million characters by default; a news corpus may hold a 50 MB
   * document (a transcript, a scraped page with inline data), and that is a document to index, not
   * malformed JSON. Longer ones than this are refused with Jackson's own message. A new factory
   * each time: a mapper's builder configures the factory it is given.
   */
  static com.fasterxml.jackson.core.JsonFactory factory() {
    return com.fasterxml.jackson.core.JsonFactory.builder()
        .streamReadConstraints(
            com.fasterxml.jackson.core.StreamReadConstraints.builder()
                .maxStringLength(256_000_000)
                .build())
        .build();
  }

  private JsonFields() {}

  /**
   * Puts the value of each of our fields that the object has into {@code values} (our field name to
   * its text), or returns the rejection for the first field of a wrong type.
   */
  static Optional<RecordOutcome.Rejected> read(
      JsonNode object,
      FieldMapping mapping,
      DocumentAssembler assembler,
      long line,
      Supplier<String> raw,
      Map<String, String> values) {
    for (String ours : FieldMapping.FIELDS) {
      JsonNode value = object.get(mapping.theirs(ours));
      if (value == null || value.isNull()) {
        continue;
      }
      if (value.isTextual()) {
        values.put(ours, value.textValue());
      } else if (ours.equals("id") && value.isIntegralNumber()) {
        values.put(ours, value.asText());
      } else {
        String expected = ours.equals("id") ? "a string or an integer" : "a string";
        return Optional.of(
            assembler.reject(
                line,
                RejectReason.INVALID_FIELD_TYPE,
                "field " + assembler.name(ours) + " must be " + expected + ", found " + kind(value),
                raw));
      }
    }
    return Optional.empty();
  }

  /** What kind of JSON value a node is, for messages: {@code an array}, {@code a number (3)}. */
  static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case BOOLEAN -> "a boolean (" + node.asText() + ")";
      case NUMBER -> "a number (" + node.asText() + ")";
      case STRING -> "a string";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }
}
