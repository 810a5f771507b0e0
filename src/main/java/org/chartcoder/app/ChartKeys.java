package org.chartcoder.app;

/**
 * The S3 key layout, for Java and, as the bean {@code chartKeys}, for routes. A batch's status is read from these per-chart objects, each written by one
 * worker for one chart, so concurrent workers never contend for a shared status object.
 */
public final class ChartKeys {

    public static final String CHARTS = "charts/";
    public static final String RESULTS = "results/";
    public static final String ERRORS = "errors/";
    public static final String DEAD_LETTERS = "deadletters/";
    /** {@code index/charts/{chartId}/{batchId}}: finds a chart's batch without scanning. */
    public static final String CHART_INDEX = "index/charts/";

    public static String chart(String batchId, String chartId) {
        return CHARTS + batchId + "/" + chartId + ".txt";
    }

    public static String result(String batchId, String chartId) {
        return record(RESULTS, batchId, chartId);
    }

    public static String error(String batchId, String chartId) {
        return record(ERRORS, batchId, chartId);
    }

    /** The key of a chart's record (result, error or dead letter) under one of the record prefixes. */
    public static String record(String prefix, String batchId, String chartId) {
        return prefix + batchId + "/" + chartId + ".json";
    }

    public static String deadLetter(String batchId, String chartId) {
        return record(DEAD_LETTERS, batchId, chartId);
    }

    public static String chartIndex(String chartId, String batchId) {
        return CHART_INDEX + chartId + "/" + batchId;
    }

    /** The chart id of a key {@code prefix/{batchId}/{chartId}.ext}. */
    public static String chartIdOf(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
