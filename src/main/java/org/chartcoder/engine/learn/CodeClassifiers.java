package org.chartcoder.engine.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * One logistic regression per code over tf-idf n-grams (one-vs-rest), for codes with enough
 * training charts. It learns which words and word pairs announce a code, including phrasings no
 * dictionary lists ("febrile syndrome" for fever).
 */
final class CodeClassifiers {

    private static final double LEARNING_RATE = 0.5;
    private static final double L2 = 1e-5;
    private static final int EPOCHS = 20;
    /** Weights kept per code, largest magnitude first: the rest are noise from the negative charts. */
    private static final int WEIGHTS_PER_CODE = 600;

    private final List<SparseVector> weights;
    private final float[] bias;
    private final Postings postings;

    CodeClassifiers(List<SparseVector> weights, float[] bias) {
        this.weights = weights;
        this.bias = bias;
        this.postings = new Postings(weights);
    }

    List<SparseVector> weights() {
        return weights;
    }

    float[] bias() {
        return bias;
    }

    /** Whether code index {@code code} has a classifier (enough training charts). */
    boolean trained(int code) {
        return weights.get(code).size() > 0;
    }

    /** Log-odds per code index; codes without a classifier get negative infinity. */
    double[] logOdds(SparseVector chart) {
        double[] margins = postings.dotWithRows(chart);
        for (int c = 0; c < margins.length; c++) {
            margins[c] = trained(c) ? margins[c] + bias[c] : Double.NEGATIVE_INFINITY;
        }
        return margins;
    }

    static CodeClassifiers fit(List<SparseVector> documents, List<int[]> documentCodes, int codeCount,
                               int minPositives, long seed) {
        Map<Integer, Integer> compact = new HashMap<>();
        for (SparseVector d : documents) {
            for (int index : d.indices()) {
                compact.putIfAbsent(index, compact.size());
            }
        }
        int[] columns = new int[compact.size()];
        compact.forEach((index, column) -> columns[column] = index);
        List<int[]> compactIndices = new ArrayList<>();
        for (SparseVector d : documents) {
            compactIndices.add(Arrays.stream(d.indices()).map(compact::get).toArray());
        }
        List<List<Integer>> positives = new ArrayList<>();
        for (int c = 0; c < codeCount; c++) {
            positives.add(new ArrayList<>());
        }
        for (int doc = 0; doc < documentCodes.size(); doc++) {
            for (int code : documentCodes.get(doc)) {
                positives.get(code).add(doc);
            }
        }
        SparseVector[] weights = new SparseVector[codeCount];
        float[] bias = new float[codeCount];
        IntStream.range(0, codeCount).parallel().forEach(code -> {
            if (positives.get(code).size() < minPositives) {
                weights[code] = SparseVector.EMPTY;
                return;
            }
            boolean[] label = new boolean[documents.size()];
            positives.get(code).forEach(doc -> label[doc] = true);
            float[] w = new float[columns.length];
            bias[code] = train(documents, compactIndices, label, positives.get(code).size(), w, new Random(seed + code));
            weights[code] = prune(w, columns);
        });
        return new CodeClassifiers(Arrays.asList(weights), bias);
    }

    /**
     * Stochastic gradient descent on the log loss with L2; each positive chart weighs
     * sqrt(negatives / positives), so that rare codes are not drowned by their negatives.
     */
    private static float train(List<SparseVector> documents, List<int[]> compactIndices, boolean[] label,
                               int positiveCount, float[] w, Random random) {
        int n = documents.size();
        double positiveWeight = Math.sqrt((double) (n - positiveCount) / positiveCount);
        double scale = 1;
        double b = 0;
        int[] order = IntStream.range(0, n).toArray();
        long step = 0;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            shuffle(order, random);
            for (int doc : order) {
                double eta = LEARNING_RATE / (1 + LEARNING_RATE * L2 * step++);
                int[] idx = compactIndices.get(doc);
                float[] val = documents.get(doc).values();
                double dot = 0;
                for (int i = 0; i < idx.length; i++) {
                    dot += w[idx[i]] * val[i];
                }
                double margin = scale * dot + b;
                double g = (sigmoid(margin) - (label[doc] ? 1 : 0)) * (label[doc] ? positiveWeight : 1);
                scale *= 1 - eta * L2;
                double update = eta * g / scale;
                for (int i = 0; i < idx.length; i++) {
                    w[idx[i]] -= (float) (update * val[i]);
                }
                b -= eta * g * 0.1;
            }
        }
        for (int i = 0; i < w.length; i++) {
            w[i] *= (float) scale;
        }
        return (float) b;
    }

    private static SparseVector prune(float[] w, int[] columns) {
        float[] magnitudes = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            magnitudes[i] = Math.abs(w[i]);
        }
        float threshold = 0;
        if (w.length > WEIGHTS_PER_CODE) {
            float[] sorted = magnitudes.clone();
            Arrays.sort(sorted);
            threshold = sorted[sorted.length - WEIGHTS_PER_CODE];
        }
        int[] indices = new int[Math.min(w.length, WEIGHTS_PER_CODE)];
        float[] values = new float[indices.length];
        int n = 0;
        for (int i = 0; i < w.length && n < indices.length; i++) {
            if (magnitudes[i] > 0 && magnitudes[i] >= threshold) {
                indices[n] = columns[i];
                values[n++] = w[i];
            }
        }
        return SparseVector.fromPairs(indices, values, n);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
