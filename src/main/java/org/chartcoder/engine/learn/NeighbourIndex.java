package org.chartcoder.engine.learn;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * k-nearest-neighbour code votes: a chart gets the codes of the training charts most similar to it
 * (cosine over tf-idf n-grams), each vote weighted by similarity.
 */
final class NeighbourIndex {

    private final List<SparseVector> documents;
    private final List<int[]> documentCodes;
    private final int neighbours;
    private final Postings postings;

    NeighbourIndex(List<SparseVector> documents, List<int[]> documentCodes, int neighbours) {
        this.documents = documents;
        this.documentCodes = documentCodes;
        this.neighbours = neighbours;
        this.postings = new Postings(documents);
    }

    List<SparseVector> documents() {
        return documents;
    }

    List<int[]> documentCodes() {
        return documentCodes;
    }

    int neighbours() {
        return neighbours;
    }

    /** Similarity-weighted votes per code index, divided by the total similarity of the neighbours. */
    Map<Integer, Double> votes(SparseVector chart) {
        double[] similarity = postings.dotWithRows(chart);
        Integer[] order = new Integer[similarity.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(similarity[b], similarity[a]));
        Map<Integer, Double> votes = new HashMap<>();
        double total = 0;
        for (int rank = 0; rank < Math.min(neighbours, order.length) && similarity[order[rank]] > 0; rank++) {
            double s = similarity[order[rank]];
            total += s;
            for (int code : documentCodes.get(order[rank])) {
                votes.merge(code, s, Double::sum);
            }
        }
        double sum = total;
        if (sum > 0) {
            votes.replaceAll((code, vote) -> vote / sum);
        }
        return votes;
    }
}
