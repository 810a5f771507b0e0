package org.chartcoder.engine.learn;

import java.util.List;

/**
 * Logistic regression over the dense features of a (chart, candidate code) pair: the probability
 * that a coder would assign the code. Fitted by full-batch gradient descent with momentum and L2.
 */
final class Reranker {

    private static final int ITERATIONS = 3000;
    private static final double LEARNING_RATE = 0.5;
    private static final double MOMENTUM = 0.9;
    private static final double L2 = 1e-4;

    private final double[] weights;

    Reranker(double[] weights) {
        this.weights = weights;
    }

    double[] weights() {
        return weights;
    }

    double probability(double[] features) {
        return CodeClassifiers.sigmoid(margin(features));
    }

    private double margin(double[] features) {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * features[i];
        }
        return sum;
    }

    static Reranker fit(List<double[]> rows, List<Boolean> labels, int featureCount) {
        double[] w = new double[featureCount];
        double[] velocity = new double[featureCount];
        double[] gradient = new double[featureCount];
        Reranker model = new Reranker(w);
        int n = rows.size();
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            java.util.Arrays.fill(gradient, 0);
            for (int r = 0; r < n; r++) {
                double[] x = rows.get(r);
                double error = model.probability(x) - (labels.get(r) ? 1 : 0);
                for (int i = 0; i < featureCount; i++) {
                    gradient[i] += error * x[i];
                }
            }
            for (int i = 0; i < featureCount; i++) {
                double g = gradient[i] / n + L2 * w[i];
                velocity[i] = MOMENTUM * velocity[i] - LEARNING_RATE * g;
                w[i] += velocity[i];
            }
        }
        return model;
    }
}
