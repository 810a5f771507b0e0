package org.chartcoder.engine.learn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingResult;
import org.chartcoder.engine.codeset.CodeSet;
import org.chartcoder.engine.codeset.ValidCodes;

/**
 * A tiny coded corpus written for the tests: every chart is filler sentences; charts that mention
 * "wheezing with bronchospasm" are coded J45.909, charts that mention "burning on urination" N39.0,
 * and a random half of the charts R69, a frequent code that no words announce.
 */
public final class SyntheticCharts {

    public static final String ASTHMA = "J45.909";
    static final String UTI = "N39.0";
    static final String ILLNESS = "R69";

    private static final String[] FILLER = {
            "The patient attended the clinic today accompanied by a relative.",
            "Vital signs were recorded and the examination was unremarkable.",
            "She works as a teacher and walks every morning.",
            "Laboratory results will be reviewed at the next visit.",
            "He reports good appetite and normal sleep.",
            "Medication list was reconciled with the pharmacy record.",
            "Follow up was arranged in three months.",
            "The abdomen was soft and the heart sounds were regular."};

    private SyntheticCharts() {
    }

    public static List<CodedCharts.CodedChart> corpus(int size, long seed) {
        Random random = new Random(seed);
        List<CodedCharts.CodedChart> charts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            boolean asthma = i % 3 == 0;
            boolean uti = i % 4 == 1;
            Set<String> codes = new LinkedHashSet<>();
            if (random.nextBoolean()) {
                codes.add(ILLNESS);
            }
            StringBuilder text = new StringBuilder(filler(random, 4));
            if (asthma) {
                text.append("On auscultation there was wheezing with bronchospasm in both lungs. ");
                codes.add(ASTHMA);
            }
            if (uti) {
                text.append("She complains of burning on urination and frequency. ");
                codes.add(UTI);
            }
            text.append(filler(random, 3));
            charts.add(new CodedCharts.CodedChart("synthetic-" + i, text.toString(), codes));
        }
        return charts;
    }

    public static String filler(Random random, int sentences) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            text.append(FILLER[random.nextInt(FILLER.length)]).append(' ');
        }
        return text.toString();
    }

    /** No code set: the synthetic codes are not checked against a release. */
    static final ValidCodes NO_CODE_SET = new ValidCodes(CodeSet.empty());

    /** A rule engine that finds nothing, so that whatever is ranked was learned. */
    static final CodingEngine SILENT_ENGINE = new CodingEngine() {
        @Override
        public CodingResult code(String chartText) {
            return new CodingResult(modelVersion(), codeSetVersion(), List.of(), List.of());
        }

        @Override
        public String modelVersion() {
            return "silent";
        }

        @Override
        public String codeSetVersion() {
            return "none";
        }
    };
}
