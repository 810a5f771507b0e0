package org.chartcoder.app;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The S3 key layout, for Java and, as the bean {@code chartKeys}, for routes. Charts travel in
 * chunks: intake stores a chunk's charts in one bundle object and a worker writes one result
 * object per chunk, so S3 requests are paid per chunk, not per chart. Each object is written by
 * one writer once, so concurrent workers never contend; the index keeps the per-chart view.
 */
public final class ChartKeys {

    public static final String CHARTS = "charts/";
    public static final String RESULTS = "results/";
    public static final String ERRORS = "errors/";
    public static final String DEAD_LETTERS = "deadletters/";
    public static final String BUNDLE = ".bundle";
    public static final String JSON = ".json";

    /**
     * {@code prefix/{batchId}/{chunkId}.ext} exactly: temporary files an S3 emulator leaves after a
     * crash ({@code <key>-<uuid>}) do not match and are never taken for a chunk's object.
     */
    private static final Pattern CHUNK_KEY = Pattern.compile("[a-z]+/([A-Za-z0-9._-]{1,128})/(c[0-9]{6,})(\\.bundle|\\.json)");

    /** The master's latest heartbeat (its time, written every heartbeat interval); workers read it. */
    public static String masterHeartbeat(String runId) {
        return "runs/" + runId + "/heartbeat.json";
    }

    /** The claim on an alarm's master (the run that may launch it, and since when), on AWS. */
    public static String masterClaim(String alarmName) {
        return "claims/master/" + alarmName + JSON;
    }

    public static String chunk(String batchId, String chunkId) {
        return CHARTS + batchId + "/" + chunkId + BUNDLE;
    }

    public static String result(String batchId, String chunkId) {
        return record(RESULTS, batchId, chunkId);
    }

    public static String deadLetter(String batchId, String chunkId) {
        return record(DEAD_LETTERS, batchId, chunkId);
    }

    /** The key of a record (result, error or dead letter) under one of the record prefixes. */
    public static String record(String prefix, String batchId, String id) {
        return prefix + batchId + "/" + id + JSON;
    }

    /** The id of the {@code sequence}-th chunk of a batch, in the order intake read its charts. */
    public static String chunkId(int sequence) {
        return String.format("c%06d", sequence);
    }

    /** The (batchId, chunkId) of a chunk's bundle, result or dead-letter key; empty for any other key. */
    public static Optional<String[]> chunkOf(String key) {
        Matcher m = CHUNK_KEY.matcher(key);
        if (!m.matches() || !key.startsWith(CHARTS) && !key.startsWith(RESULTS) && !key.startsWith(DEAD_LETTERS)) {
            return Optional.empty();
        }
        boolean bundle = m.group(3).equals(BUNDLE);
        if (bundle != key.startsWith(CHARTS)) {
            return Optional.empty();
        }
        return Optional.of(new String[] {m.group(1), m.group(2)});
    }
}
