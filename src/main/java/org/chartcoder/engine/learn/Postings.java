package org.chartcoder.engine.learn;

import java.util.List;

/**
 * Rows of sparse vectors indexed by column (compressed sparse columns over the hashed n-gram space),
 * so that the dot product of a query with every row costs time proportional to the query's
 * non-zeros and their postings, not to the number of rows.
 */
final class Postings {

    private final int rows;
    private final int[] columnStart = new int[NgramHasher.DIMENSION + 1];
    private final int[] rowIds;
    /** The row ids again in half the bytes, when they fit (null otherwise): the dot products stream fewer. */
    private final char[] narrowRowIds;
    private final float[] values;

    Postings(List<SparseVector> rowVectors) {
        rows = rowVectors.size();
        for (SparseVector row : rowVectors) {
            for (int column : row.indices()) {
                columnStart[column + 1]++;
            }
        }
        for (int c = 0; c < NgramHasher.DIMENSION; c++) {
            columnStart[c + 1] += columnStart[c];
        }
        rowIds = new int[columnStart[NgramHasher.DIMENSION]];
        values = new float[rowIds.length];
        int[] filled = new int[NgramHasher.DIMENSION];
        for (int r = 0; r < rows; r++) {
            SparseVector row = rowVectors.get(r);
            for (int i = 0; i < row.size(); i++) {
                int column = row.indices()[i];
                int at = columnStart[column] + filled[column]++;
                rowIds[at] = r;
                values[at] = row.values()[i];
            }
        }
        if (rows <= Character.MAX_VALUE + 1) {
            narrowRowIds = new char[rowIds.length];
            for (int p = 0; p < rowIds.length; p++) {
                narrowRowIds[p] = (char) rowIds[p];
            }
        } else {
            narrowRowIds = null;
        }
    }

    /** The dot product of the query with every row. */
    double[] dotWithRows(SparseVector query) {
        double[] dots = new double[rows];
        for (int i = 0; i < query.size(); i++) {
            int column = query.indices()[i];
            double q = query.values()[i];
            if (narrowRowIds != null) {
                for (int p = columnStart[column], end = columnStart[column + 1]; p < end; p++) {
                    dots[narrowRowIds[p]] += q * values[p];
                }
            } else {
                for (int p = columnStart[column], end = columnStart[column + 1]; p < end; p++) {
                    dots[rowIds[p]] += q * values[p];
                }
            }
        }
        return dots;
    }
}
