package org.chartcoder.engine.learn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of sparse vectors indexed by column, so that the dot product of a query with every row costs
 * time proportional to the query's non-zeros and their postings, not to the number of rows.
 */
final class Postings {

    private final int rows;
    private final Map<Integer, int[]> rowsByColumn = new HashMap<>();
    private final Map<Integer, float[]> valuesByColumn = new HashMap<>();

    Postings(List<SparseVector> rowVectors) {
        rows = rowVectors.size();
        Map<Integer, Integer> lengths = new HashMap<>();
        for (SparseVector row : rowVectors) {
            for (int column : row.indices()) {
                lengths.merge(column, 1, Integer::sum);
            }
        }
        lengths.forEach((column, length) -> {
            rowsByColumn.put(column, new int[length]);
            valuesByColumn.put(column, new float[length]);
        });
        Map<Integer, Integer> filled = new HashMap<>();
        for (int r = 0; r < rowVectors.size(); r++) {
            SparseVector row = rowVectors.get(r);
            for (int i = 0; i < row.size(); i++) {
                int column = row.indices()[i];
                int at = filled.merge(column, 1, Integer::sum) - 1;
                rowsByColumn.get(column)[at] = r;
                valuesByColumn.get(column)[at] = row.values()[i];
            }
        }
    }

    /** The dot product of the query with every row. */
    double[] dotWithRows(SparseVector query) {
        double[] dots = new double[rows];
        for (int i = 0; i < query.size(); i++) {
            int[] rowIds = rowsByColumn.get(query.indices()[i]);
            if (rowIds != null) {
                float[] values = valuesByColumn.get(query.indices()[i]);
                double q = query.values()[i];
                for (int p = 0; p < rowIds.length; p++) {
                    dots[rowIds[p]] += q * values[p];
                }
            }
        }
        return dots;
    }
}
