package org.narrascope.frames.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The second development set {@code corpus/gold-dev2}: 40 documents written held out, scored once,
 * then read for rule development (see its README).
 */
class Dev2GoldSetTest extends MarkedSetContract {
  @Override
  Expected expected() {
    return new Expected(
        Path.of("../../corpus/gold-dev2"),
        "dev2",
        List.of(Path.of("../../corpus/gold"), Path.of("../../corpus/gold-dev")),
        233,
        26,
        106,
        151,
        List.of(65, 90, 78),
        Map.of(
            "ru", List.of(10, 61, 16, 25, 20, 16, 41),
            "uk", List.of(10, 59, 16, 21, 22, 13, 36),
            "kk", List.of(10, 57, 16, 23, 18, 14, 39),
            "en", List.of(10, 56, 17, 21, 18, 6, 35)),
        Map.of(
            "ru", List.of(6, 9, 8, 8, 7, 12, 11),
            "uk", List.of(4, 8, 7, 6, 9, 11, 14),
            "kk", List.of(6, 9, 9, 11, 5, 8, 9),
            "en", List.of(3, 9, 8, 9, 4, 12, 11)),
        true);
  }
}
