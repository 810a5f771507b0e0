package org.chartcoder.engine.learn;

import java.util.Arrays;
import java.util.List;

/**
 * Gradient-boosted regression trees over the dense features of a (chart, candidate code) pair, fitted
 * on the logistic loss: the probability that a coder would assign the code. Trees, unlike a linear
 * model, learn where a feature stops mattering (a strong engine match needs no neighbour vote; a
 * frequent code needs more evidence than a rare one) without hand-written interaction terms.
 *
 * <p>Each tree is complete to a fixed depth and stored heap-style: node {@code n} has children
 * {@code 2n+1} (feature at most the threshold) and {@code 2n+2}; a node that does not split has
 * feature -1 and carries the value of every leaf under it.
 */
final class Reranker {

    private static final int ROUNDS = 150;
    private static final int DEPTH = 4;
    private static final double LEARNING_RATE = 0.1;
    /** L2 penalty on leaf values and the least hessian a child needs: both keep leaves off a handful of rows. */
    private static final double LAMBDA = 1.0;
    private static final double MIN_CHILD_HESSIAN = 5.0;
    private static final int BINS = 32;
    private static final int NODES = (1 << (DEPTH + 1)) - 1;

    private static final int SPLITS = (1 << DEPTH) - 1;
    private static final int LEAVES = 1 << DEPTH;

    private final double base;
    private final int[][] features;
    private final double[][] thresholds;
    private final double[][] values;
    /**
     * The trees as {@link #probability} walks them: every tree in one array, every path DEPTH splits
     * long. A node that does not split sends both ways and its value fills every leaf under it, so a
     * walk takes no branch on the tree's shape (the candidates of a chart go through 150 trees each).
     */
    private final int[] splitFeature;
    private final double[] splitThreshold;
    private final double[] leafValue;

    Reranker(double base, int[][] features, double[][] thresholds, double[][] values) {
        this.base = base;
        this.features = features;
        this.thresholds = thresholds;
        this.values = values;
        splitFeature = new int[features.length * SPLITS];
        splitThreshold = new double[features.length * SPLITS];
        leafValue = new double[features.length * LEAVES];
        for (int t = 0; t < features.length; t++) {
            flatten(t, 0, -1);
        }
    }

    /** @param stoppedAt the ancestor that does not split, whose value this subtree takes, or -1 */
    private void flatten(int tree, int node, int stoppedAt) {
        if (stoppedAt < 0 && (node >= features[tree].length || features[tree][node] < 0)) {
            stoppedAt = node;
        }
        if (node >= SPLITS) {
            leafValue[tree * LEAVES + node - SPLITS] = values[tree][stoppedAt];
            return;
        }
        boolean splits = stoppedAt < 0;
        splitFeature[tree * SPLITS + node] = splits ? features[tree][node] : 0;
        splitThreshold[tree * SPLITS + node] = splits ? thresholds[tree][node] : Double.POSITIVE_INFINITY;
        flatten(tree, 2 * node + 1, stoppedAt);
        flatten(tree, 2 * node + 2, stoppedAt);
    }

    double base() {
        return base;
    }

    int[][] features() {
        return features;
    }

    double[][] thresholds() {
        return thresholds;
    }

    double[][] values() {
        return values;
    }

    double probability(double[] x) {
        double sum = base;
        for (int t = 0, splits = 0, leaves = 0; t < features.length; t++, splits += SPLITS, leaves += LEAVES) {
            int node = 0;
            for (int level = 0; level < DEPTH; level++) {
                int at = splits + node;
                node = 2 * node + (x[splitFeature[at]] <= splitThreshold[at] ? 1 : 2);
            }
            sum += leafValue[leaves + node - SPLITS];
        }
        return CodeClassifiers.sigmoid(sum);
    }

    static Reranker fit(List<double[]> rows, List<Boolean> labels, int featureCount) {
        int n = rows.size();
        double[][] cuts = new double[featureCount][];
        byte[][] binned = new byte[featureCount][n];
        for (int f = 0; f < featureCount; f++) {
            cuts[f] = cutPoints(rows, f);
            for (int r = 0; r < n; r++) {
                binned[f][r] = (byte) bin(cuts[f], rows.get(r)[f]);
            }
        }
        double positives = labels.stream().filter(b -> b).count();
        double rate = Math.min(Math.max(positives / Math.max(n, 1), 1e-6), 1 - 1e-6);
        double base = Math.log(rate / (1 - rate));
        double[] score = new double[n];
        Arrays.fill(score, base);
        int[][] treeFeatures = new int[ROUNDS][];
        double[][] treeThresholds = new double[ROUNDS][];
        double[][] treeValues = new double[ROUNDS][];
        double[] gradient = new double[n];
        double[] hessian = new double[n];
        int[] nodeOf = new int[n];
        for (int round = 0; round < ROUNDS; round++) {
            for (int r = 0; r < n; r++) {
                double p = CodeClassifiers.sigmoid(score[r]);
                gradient[r] = p - (labels.get(r) ? 1 : 0);
                hessian[r] = Math.max(p * (1 - p), 1e-9);
            }
            int[] feature = new int[NODES];
            double[] threshold = new double[NODES];
            double[] value = new double[NODES];
            Arrays.fill(feature, -1);
            Arrays.fill(nodeOf, 0);
            growLevels(binned, cuts, gradient, hessian, nodeOf, feature, threshold, value, featureCount);
            for (int r = 0; r < n; r++) {
                score[r] += value[nodeOf[r]];
            }
            treeFeatures[round] = feature;
            treeThresholds[round] = threshold;
            treeValues[round] = value;
        }
        return new Reranker(base, treeFeatures, treeThresholds, treeValues);
    }

    /** Splits level by level; {@code nodeOf} follows each row down to the node it ends in. */
    private static void growLevels(byte[][] binned, double[][] cuts, double[] gradient, double[] hessian, int[] nodeOf,
                                   int[] feature, double[] threshold, double[] value, int featureCount) {
        int n = gradient.length;
        for (int depth = 0; depth <= DEPTH; depth++) {
            int first = (1 << depth) - 1;
            int width = 1 << depth;
            double[] g = new double[width];
            double[] h = new double[width];
            for (int r = 0; r < n; r++) {
                int local = nodeOf[r] - first;
                if (local >= 0 && local < width) {
                    g[local] += gradient[r];
                    h[local] += hessian[r];
                }
            }
            for (int i = 0; i < width; i++) {
                value[first + i] = h[i] > 0 ? -LEARNING_RATE * g[i] / (h[i] + LAMBDA) : 0;
            }
            if (depth == DEPTH) {
                return;
            }
            double[][][] histG = new double[width][featureCount][BINS];
            double[][][] histH = new double[width][featureCount][BINS];
            for (int r = 0; r < n; r++) {
                int local = nodeOf[r] - first;
                if (local < 0 || local >= width) {
                    continue;
                }
                for (int f = 0; f < featureCount; f++) {
                    histG[local][f][binned[f][r]] += gradient[r];
                    histH[local][f][binned[f][r]] += hessian[r];
                }
            }
            int[] splitBin = new int[width];
            for (int i = 0; i < width; i++) {
                double parent = g[i] * g[i] / (h[i] + LAMBDA);
                double bestGain = 1e-9;
                for (int f = 0; f < featureCount; f++) {
                    double gl = 0;
                    double hl = 0;
                    for (int b = 0; b < cuts[f].length; b++) {
                        gl += histG[i][f][b];
                        hl += histH[i][f][b];
                        double gr = g[i] - gl;
                        double hr = h[i] - hl;
                        if (hl < MIN_CHILD_HESSIAN || hr < MIN_CHILD_HESSIAN) {
                            continue;
                        }
                        double gain = gl * gl / (hl + LAMBDA) + gr * gr / (hr + LAMBDA) - parent;
                        if (gain > bestGain) {
                            bestGain = gain;
                            feature[first + i] = f;
                            splitBin[i] = b;
                            threshold[first + i] = cuts[f][b];
                        }
                    }
                }
            }
            for (int r = 0; r < n; r++) {
                int node = nodeOf[r];
                int local = node - first;
                if (local >= 0 && local < width && feature[node] >= 0) {
                    nodeOf[r] = binned[feature[node]][r] <= splitBin[local] ? 2 * node + 1 : 2 * node + 2;
                }
            }
        }
    }

    /** Up to {@code BINS - 1} thresholds at the feature's quantiles (its distinct values when fewer). */
    private static double[] cutPoints(List<double[]> rows, int f) {
        double[] values = rows.stream().mapToDouble(x -> x[f]).sorted().toArray();
        double[] distinct = Arrays.stream(values).distinct().toArray();
        if (distinct.length <= BINS - 1) {
            return distinct.length == 0 ? distinct : Arrays.copyOf(distinct, distinct.length - 1);
        }
        double[] cuts = new double[BINS - 1];
        int count = 0;
        for (int q = 1; q < BINS; q++) {
            double cut = values[(int) ((long) q * (values.length - 1) / BINS)];
            if (count == 0 || cut > cuts[count - 1]) {
                cuts[count++] = cut;
            }
        }
        return Arrays.copyOf(cuts, count);
    }

    /** The first cut at or above the value: values up to cut b fall in bin b, above every cut in the last. */
    private static int bin(double[] cuts, double v) {
        int i = Arrays.binarySearch(cuts, v);
        return i >= 0 ? i : -i - 1;
    }
}
