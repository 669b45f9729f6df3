package org.narrascope.frames.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The held-out set {@code corpus/gold-heldout}: 40 documents coded by someone who never saw the
 * attribution rules, kept unseen so that the speaker and stance figures on it measure how the rules
 * generalise (see its README).
 */
class HeldOutGoldSetTest extends MarkedSetContract {
  @Override
  Expected expected() {
    return new Expected(
        Path.of("../../corpus/gold-heldout"),
        "heldout",
        List.of(
            Path.of("../../corpus/gold"),
            Path.of("../../corpus/gold-dev"),
            Path.of("../../corpus/gold-dev2")),
        215,
        20,
        109,
        138,
        List.of(64, 73, 78),
        Map.of(
            "ru", List.of(10, 59, 18, 20, 21, 9, 36),
            "uk", List.of(10, 56, 16, 18, 22, 13, 37),
            "kk", List.of(10, 48, 14, 19, 15, 13, 33),
            "en", List.of(10, 52, 16, 16, 20, 6, 32)),
        Map.of(
            "ru", List.of(5, 9, 12, 8, 7, 10, 8),
            "uk", List.of(3, 8, 10, 4, 7, 13, 11),
            "kk", List.of(3, 8, 10, 6, 4, 8, 9),
            "en", List.of(4, 10, 7, 10, 4, 9, 8)),
        true);
  }
}
