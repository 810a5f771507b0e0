package org.chartcoder.engine.learn;

import java.util.List;

/**
 * Logistic regression over the dense features of a (chart, candidate code) pair: the probability
 * that a coder would assign the code. Few features and many rows, so it is fitted by Newton's
 * method (a handful of iterations) with a small L2 penalty that also keeps unused features at zero.
 */
final class Reranker {

    private static final int MAX_ITERATIONS = 25;
    private static final double L2 = 1e-4;
    private static final double CONVERGED = 1e-6;

    private final double[] weights;

    Reranker(double[] weights) {
        this.weights = weights;
    }

    double[] weights() {
        return weights;
    }

    double probability(double[] features) {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * features[i];
        }
        return CodeClassifiers.sigmoid(sum);
    }

    static Reranker fit(List<double[]> rows, List<Boolean> labels, int featureCount) {
        double[] w = new double[featureCount];
        Reranker model = new Reranker(w);
        int n = rows.size();
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[featureCount];
            double[][] hessian = new double[featureCount][featureCount];
            for (int r = 0; r < n; r++) {
                double[] x = rows.get(r);
                double p = model.probability(x);
                double error = p - (labels.get(r) ? 1 : 0);
                double curvature = Math.max(p * (1 - p), 1e-9);
                for (int i = 0; i < featureCount; i++) {
                    if (x[i] == 0) {
                        continue;
                    }
                    gradient[i] += error * x[i];
                    double xi = curvature * x[i];
                    for (int j = 0; j <= i; j++) {
                        hessian[i][j] += xi * x[j];
                    }
                }
            }
            for (int i = 0; i < featureCount; i++) {
                gradient[i] = gradient[i] / n + L2 * w[i];
                for (int j = 0; j <= i; j++) {
                    hessian[i][j] /= n;
                    hessian[j][i] = hessian[i][j];
                }
                hessian[i][i] += L2;
            }
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int i = 0; i < featureCount; i++) {
                w[i] -= step[i];
                largest = Math.max(largest, Math.abs(step[i]));
            }
            if (largest < CONVERGED) {
                break;
            }
        }
        return model;
    }

    /** Solves a x = b for symmetric positive definite a by Cholesky decomposition. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j][j];
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * y[k];
            }
            y[i] = sum / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k][i] * x[k];
            }
            x[i] = sum / l[i][i];
        }
        return x;
    }
}
