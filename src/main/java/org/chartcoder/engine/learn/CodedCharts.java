package org.chartcoder.engine.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chartcoder.engine.eval.ChartFiles;
import org.chartcoder.engine.eval.GoldStandard;

/**
 * Charts with the codes a coder gave them: chart files ({@code ID.txt}) and a gold file of lines
 * {@code ID<TAB>code}. Charts without gold lines are left out: they are not known to be coded.
 */
public final class CodedCharts {

    /** One coded chart; codes normalised as {@link GoldStandard#normalizeCode} does. */
    public record CodedChart(String id, String text, Set<String> codes) {
    }

    /** The charts that have both a text and gold codes, and how many of either lacked the other. */
    public record Loaded(List<CodedChart> charts, int chartsWithoutCodes, int codedIdsWithoutChart) {
    }

    private CodedCharts() {
    }

    public static Loaded load(Path charts, Path goldFile) throws IOException {
        Map<String, String> texts = ChartFiles.read(List.of(charts));
        Map<String, Set<String>> gold = GoldStandard.read(goldFile);
        List<CodedChart> coded = new ArrayList<>();
        texts.forEach((id, text) -> {
            Set<String> codes = gold.get(id);
            if (codes != null) {
                coded.add(new CodedChart(id, text, codes));
            }
        });
        return new Loaded(coded, texts.size() - coded.size(), gold.size() - coded.size());
    }
}
