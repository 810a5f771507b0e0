package org.chartcoder.engine.learn;

import java.util.Arrays;

/** A sparse vector with strictly increasing indices; immutable once built. */
record SparseVector(int[] indices, float[] values) {

    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    int size() {
        return indices.length;
    }

    double dot(float[] dense) {
        double sum = 0;
        for (int i = 0; i < indices.length; i++) {
            sum += values[i] * dense[indices[i]];
        }
        return sum;
    }

    double norm() {
        double sum = 0;
        for (float v : values) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum);
    }

    SparseVector scaled(double factor) {
        float[] scaled = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = (float) (values[i] * factor);
        }
        return new SparseVector(indices, scaled);
    }

    SparseVector unitLength() {
        double norm = norm();
        return norm == 0 ? this : scaled(1 / norm);
    }

    /** Builds a vector from unsorted (index, value) pairs, summing the values of repeated indices. */
    static SparseVector fromPairs(int[] indices, float[] values, int count) {
        if (count == 0) {
            return EMPTY;
        }
        long[] packed = new long[count];
        for (int i = 0; i < count; i++) {
            packed[i] = ((long) indices[i] << 32) | i;
        }
        Arrays.sort(packed);
        int[] outIndices = new int[count];
        float[] outValues = new float[count];
        int n = -1;
        for (long p : packed) {
            int index = (int) (p >>> 32);
            float value = values[(int) p];
            if (n >= 0 && outIndices[n] == index) {
                outValues[n] += value;
            } else {
                n++;
                outIndices[n] = index;
                outValues[n] = value;
            }
        }
        return new SparseVector(Arrays.copyOf(outIndices, n + 1), Arrays.copyOf(outValues, n + 1));
    }
}
