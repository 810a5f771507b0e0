package org.chartcoder.engine.learn;

import java.util.List;

/**
 * Inverse document frequencies of hashed n-grams. N-grams seen in fewer than {@code minDocuments}
 * training charts get weight zero, which drops one-off words (names, places, typos) from the model.
 */
final class TermWeights {

    private final float[] idf;

    TermWeights(float[] idf) {
        this.idf = idf;
    }

    static TermWeights fit(List<SparseVector> counts, int minDocuments) {
        int[] df = new int[NgramHasher.DIMENSION];
        for (SparseVector v : counts) {
            for (int index : v.indices()) {
                df[index]++;
            }
        }
        float[] idf = new float[NgramHasher.DIMENSION];
        double n = counts.size();
        for (int i = 0; i < df.length; i++) {
            if (df[i] >= minDocuments) {
                idf[i] = (float) Math.log((1 + n) / (1 + df[i]) + 1);
            }
        }
        return new TermWeights(idf);
    }

    float[] idf() {
        return idf;
    }

    /** Sub-linear tf times idf, scaled to unit length; unknown n-grams are dropped. */
    SparseVector weigh(SparseVector counts) {
        int[] indices = new int[counts.size()];
        float[] values = new float[counts.size()];
        int n = 0;
        for (int i = 0; i < counts.size(); i++) {
            float w = idf[counts.indices()[i]];
            if (w > 0) {
                indices[n] = counts.indices()[i];
                values[n++] = (float) ((1 + Math.log(counts.values()[i])) * w);
            }
        }
        return new SparseVector(java.util.Arrays.copyOf(indices, n), java.util.Arrays.copyOf(values, n)).unitLength();
    }
}
