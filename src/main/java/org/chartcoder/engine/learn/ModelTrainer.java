package org.chartcoder.engine.learn;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingResult;
import org.chartcoder.engine.RuleCodingEngine;
import org.chartcoder.engine.codeset.ValidCodes;

/**
 * Fits a {@link ChartModel} on coded charts. The reranker must learn how far to trust learned
 * evidence on charts the evidence has not seen, so its training rows come from cross-fitting: the
 * charts are split into folds and each fold's candidates are gathered by evidence fitted on the
 * other folds. The final evidence is then fitted on every chart.
 */
public final class ModelTrainer {

    /**
     * @param folds           cross-fitting folds for the reranker's training rows
     * @param neighbours      training charts that vote for a chart's codes
     * @param minCodeCharts   training charts a code needs before it gets its own classifier
     * @param minTermCharts   training charts an n-gram must occur in to count
     * @param seed            seed of the folds' shuffle and the classifiers' sampling
     */
    public record Settings(int folds, int neighbours, int minCodeCharts, int minTermCharts, long seed) {
        public static final Settings DEFAULT = new Settings(5, 20, 2, 2, 42);

        public Settings withSeed(long otherSeed) {
            return new Settings(folds, neighbours, minCodeCharts, minTermCharts, otherSeed);
        }
    }

    private final Settings settings;
    private final Consumer<String> progress;

    public ModelTrainer(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * @param codeTitles title of a code (lower-case dotted key) or null; the model keeps the titles
     *                   of its codes so that it can describe codes the rule engine did not propose
     */
    public ChartModel train(List<CodedCharts.CodedChart> charts, CodingEngine ruleEngine,
                            Function<String, String> codeTitles) throws IOException {
        if (charts.size() < settings.folds()) {
            throw new IllegalArgumentException("training needs at least " + settings.folds() + " coded charts, got " + charts.size());
        }
        long start = System.nanoTime();
        charts = ontoCodeSet(charts, ruleEngine);
        List<CodingResult> engineResults = codeWithEngine(charts, ruleEngine);
        List<CodedCharts.CodedChart> coded = charts;
        List<SparseVector> counts = java.util.stream.IntStream.range(0, coded.size()).parallel()
                .mapToObj(c -> NgramHasher.counts(coded.get(c).text(), engineResults.get(c))).toList();
        List<String> codes = new ArrayList<>(new TreeSet<>(charts.stream().flatMap(c -> c.codes().stream()).toList()));
        progress.accept(String.format("%d charts, %d distinct codes; rule engine done in %.1f s",
                charts.size(), codes.size(), (System.nanoTime() - start) / 1e9));

        // the titles the model will know: candidates are read against the same ones in training
        Map<String, String> descriptions = new TreeMap<>();
        for (String code : codes) {
            String title = codeTitles.apply(code);
            if (title != null) {
                descriptions.put(code, title);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(settings.seed()));
        List<double[]> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int fold = 0; fold < settings.folds(); fold++) {
            List<Integer> fitOn = new ArrayList<>();
            List<Integer> heldOut = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                (i % settings.folds() == fold ? heldOut : fitOn).add(order.get(i));
            }
            CodeEvidence evidence = fitEvidence(charts, engineResults, counts, codes, fitOn);
            for (int chart : heldOut) {
                for (CandidateFeatures.Evidence e : evidence.gather(charts.get(chart).text(), engineResults.get(chart),
                        ChartModel.titles(engineResults.get(chart), descriptions::get)).values()) {
                    rows.add(CandidateFeatures.encode(e));
                    labels.add(charts.get(chart).codes().contains(e.code));
                }
            }
            progress.accept(String.format("fold %d/%d fitted, %d reranker rows so far (%.1f s)",
                    fold + 1, settings.folds(), rows.size(), (System.nanoTime() - start) / 1e9));
        }
        Reranker reranker = Reranker.fit(rows, labels, CandidateFeatures.NAMES.size());
        List<Integer> all = new ArrayList<>(order);
        Collections.sort(all);
        CodeEvidence evidence = fitEvidence(charts, engineResults, counts, codes, all);
        ChartModel unnamed = new ChartModel("", charts.size(), ruleEngine.codeSetVersion(), evidence, reranker, descriptions);
        ChartModel model = new ChartModel(ModelFile.idOf(unnamed), charts.size(), ruleEngine.codeSetVersion(), evidence,
                reranker, descriptions);
        progress.accept(String.format("model %s trained in %.1f s", model.version(), (System.nanoTime() - start) / 1e9));
        return model;
    }

    /**
     * The charts with their gold codes put onto the rule engine's code set, so that the model learns
     * the codes it may output: coders who used an older release (R05, M54.5, T14.90) teach R05.9,
     * M54.50, T14.90XA; a code that nothing stands for is left out.
     */
    private static List<CodedCharts.CodedChart> ontoCodeSet(List<CodedCharts.CodedChart> charts, CodingEngine ruleEngine) {
        if (!(ruleEngine instanceof RuleCodingEngine rules) || rules.validCodes().unchecked()) {
            return charts;
        }
        ValidCodes valid = rules.validCodes();
        return charts.stream().map(chart -> new CodedCharts.CodedChart(chart.id(), chart.text(), chart.codes().stream()
                .map(code -> valid.resolve(code).map(c -> CodeEvidence.key(c.code())).orElse(null))
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)))).toList();
    }

    private List<CodingResult> codeWithEngine(List<CodedCharts.CodedChart> charts, CodingEngine ruleEngine) {
        return charts.parallelStream().map(c -> ruleEngine.code(c.text())).toList();
    }

    private CodeEvidence fitEvidence(List<CodedCharts.CodedChart> charts, List<CodingResult> engineResults,
                                     List<SparseVector> counts, List<String> codes,
                                     List<Integer> fitOn) {
        Map<String, Integer> codeIndex = new java.util.HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            codeIndex.put(codes.get(i), i);
        }
        List<SparseVector> fitCounts = fitOn.stream().map(counts::get).toList();
        TermWeights terms = TermWeights.fit(fitCounts, settings.minTermCharts());
        List<SparseVector> vectors = fitCounts.stream().map(terms::weigh).toList();
        List<int[]> chartCodes = new ArrayList<>();
        int[] frequency = new int[codes.size()];
        for (int chart : fitOn) {
            int[] indices = charts.get(chart).codes().stream().mapToInt(codeIndex::get).toArray();
            for (int index : indices) {
                frequency[index]++;
            }
            chartCodes.add(indices);
        }
        float[] prior = new float[codes.size()];
        for (int c = 0; c < prior.length; c++) {
            prior[c] = (float) (Math.log1p(frequency[c]) / Math.log1p(fitOn.size()));
        }
        NeighbourIndex neighbours = new NeighbourIndex(vectors, chartCodes, settings.neighbours());
        CodeClassifiers classifiers = CodeClassifiers.fit(vectors, chartCodes, codes.size(), settings.minCodeCharts(), settings.seed());
        EngineTrackRecord trackRecord = EngineTrackRecord.fit(fitOn.stream().map(engineResults::get).toList(),
                fitOn.stream().map(chart -> charts.get(chart).codes()).toList());
        TermCodes termCodes = TermCodes.fit(fitCounts, chartCodes, terms.idf());
        return new CodeEvidence(codes, prior, terms, neighbours, classifiers, trackRecord, termCodes);
    }
}
