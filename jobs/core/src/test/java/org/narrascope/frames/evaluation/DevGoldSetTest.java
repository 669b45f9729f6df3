package org.narrascope.frames.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The development set {@code corpus/gold-dev}: 40 documents written held out and read for rule
 * development after their first measurement (see its README). One known lexicon gap ("power
 * struggle within the ruling elite") is recorded there.
 */
class DevGoldSetTest extends MarkedSetContract {
  @Override
  Expected expected() {
    return new Expected(
        Path.of("../../corpus/gold-dev"),
        "dev",
        List.of(Path.of("../../corpus/gold")),
        221,
        32,
        103,
        135,
        List.of(71, 82, 68),
        Map.of(
            "ru", List.of(10, 57, 17, 22, 18, 16, 35),
            "uk", List.of(10, 54, 17, 19, 18, 10, 34),
            "kk", List.of(10, 52, 18, 19, 15, 8, 33),
            "en", List.of(10, 58, 19, 22, 17, 7, 33)),
        Map.of(
            "ru", List.of(5, 10, 8, 8, 6, 11, 9),
            "uk", List.of(4, 7, 8, 6, 6, 11, 12),
            "kk", List.of(4, 9, 9, 7, 5, 8, 10),
            "en", List.of(5, 7, 10, 8, 5, 14, 9)),
        false);
  }
}
