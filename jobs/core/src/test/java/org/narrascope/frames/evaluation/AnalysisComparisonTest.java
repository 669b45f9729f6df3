package org.narrascope.frames.evaluation;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrascope.frames.Lexicon;

class AnalysisComparisonTest {
  @Test
  void printsTheTable() {
    GoldSet gold = GoldSet.load(Path.of("../../corpus/gold"));
    List<AnalysisComparison.Row> rows =
        AnalysisComparison.run(
            gold,
            Lexicon.load(Path.of("../../corpus/frames/kazakhstan-2022.yaml")),
            AnalysisComparison.loadHardNegatives(Path.of("../../corpus/gold")));
    System.out.println(AnalysisComparison.markdown(rows));
  }
}
