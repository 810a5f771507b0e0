package org.chartcoder.engine.learn;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Reads and writes model files: gzip of a header (magic, format version, model id) and a body whose
 * SHA-256 is the model id, so a damaged or edited file is refused rather than silently misused.
 */
public final class ModelFile {

    public static final int FORMAT_VERSION = 3;
    private static final String MAGIC = "chart-coder model";

    private ModelFile() {
    }

    public static ChartModel read(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new IOException("model file not found: " + path);
        }
        try (InputStream file = Files.newInputStream(path)) {
            return read(file, path.toString());
        }
    }

    static ChartModel read(InputStream stream, String source) throws IOException {
        DataInputStream in;
        String magic;
        try {
            in = new DataInputStream(new GZIPInputStream(stream, 1 << 16));
            magic = in.readUTF();
        } catch (IOException notOurs) {
            throw new IOException(source + " is not a chart-coder model file (write one with `chart-coder train`)", notOurs);
        }
        if (!MAGIC.equals(magic)) {
            throw new IOException(source + " is not a chart-coder model file (write one with `chart-coder train`)");
        }
        int version = in.readInt();
        if (version != FORMAT_VERSION) {
            throw new IOException("model " + source + " has format version " + version + ", but this chart-coder reads version "
                    + FORMAT_VERSION + " only: retrain it with this release's `chart-coder train`");
        }
        String modelId = in.readUTF();
        byte[] body = in.readAllBytes();
        if (!modelId.equals(idOf(body))) {
            throw new IOException("model " + source + " is damaged: its content does not match its id " + modelId);
        }
        try {
            return readBody(new DataInputStream(new java.io.ByteArrayInputStream(body)), modelId, source);
        } catch (EOFException truncated) {
            throw new IOException("model " + source + " is truncated", truncated);
        }
    }

    /** Writes the model atomically: a temporary file, then a rename. */
    public static void write(ChartModel model, Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".model", ".tmp");
        try (OutputStream file = Files.newOutputStream(temporary)) {
            write(model, file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void write(ChartModel model, OutputStream stream) throws IOException {
        byte[] body = body(model);
        GZIPOutputStream gzip = new GZIPOutputStream(stream, 1 << 16);
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT_VERSION);
        out.writeUTF(idOf(body));
        out.write(body);
        out.flush();
        gzip.finish();
    }

    /** The id a model would get: the hash of its content. */
    static String idOf(ChartModel model) throws IOException {
        return idOf(body(model));
    }

    private static byte[] body(ChartModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(bytes);
        CodeEvidence evidence = model.evidence();
        out.writeInt(model.trainingCharts());
        out.writeUTF(model.codeSetVersion());
        writeStrings(out, evidence.codes());
        out.writeInt(model.descriptions().size());
        for (Map.Entry<String, String> e : model.descriptions().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        writeFloats(out, evidence.priorFrequency());
        float[] idf = evidence.terms().idf();
        List<Integer> known = new ArrayList<>();
        for (int i = 0; i < idf.length; i++) {
            if (idf[i] > 0) {
                known.add(i);
            }
        }
        out.writeInt(known.size());
        for (int index : known) {
            out.writeInt(index);
            out.writeFloat(idf[index]);
        }
        NeighbourIndex neighbours = evidence.neighbours();
        out.writeInt(neighbours.neighbours());
        out.writeInt(neighbours.documents().size());
        for (int d = 0; d < neighbours.documents().size(); d++) {
            writeVector(out, neighbours.documents().get(d));
            writeInts(out, neighbours.documentCodes().get(d));
        }
        CodeClassifiers classifiers = evidence.classifiers();
        for (int c = 0; c < evidence.codes().size(); c++) {
            writeVector(out, classifiers.weights().get(c));
            out.writeFloat(classifiers.bias()[c]);
        }
        EngineTrackRecord trackRecord = evidence.trackRecord();
        out.writeDouble(trackRecord.overallPrecision());
        out.writeInt(trackRecord.records().size());
        for (Map.Entry<String, EngineTrackRecord.CodeRecord> e : new java.util.TreeMap<>(trackRecord.records()).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().proposed());
            out.writeInt(e.getValue().agreed());
            out.writeInt(e.getValue().alternatives().size());
            for (Map.Entry<String, Integer> a : new java.util.TreeMap<>(e.getValue().alternatives()).entrySet()) {
                out.writeUTF(a.getKey());
                out.writeInt(a.getValue());
            }
        }
        Map<Integer, TermCodes.Announced> byTerm = new java.util.TreeMap<>(evidence.termCodes().byTerm());
        out.writeInt(byTerm.size());
        for (Map.Entry<Integer, TermCodes.Announced> e : byTerm.entrySet()) {
            out.writeInt(e.getKey());
            writeInts(out, e.getValue().codes());
            writeFloats(out, e.getValue().rates());
            writeInts(out, e.getValue().support());
        }
        writeStrings(out, CandidateFeatures.NAMES);
        Reranker reranker = model.reranker();
        out.writeDouble(reranker.base());
        out.writeInt(reranker.features().length);
        for (int t = 0; t < reranker.features().length; t++) {
            writeInts(out, reranker.features()[t]);
            writeDoubles(out, reranker.thresholds()[t]);
            writeDoubles(out, reranker.values()[t]);
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static ChartModel readBody(DataInputStream in, String modelId, String source) throws IOException {
        int trainingCharts = in.readInt();
        String codeSetVersion = in.readUTF();
        List<String> codes = readStrings(in);
        int descriptionCount = in.readInt();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (int i = 0; i < descriptionCount; i++) {
            descriptions.put(in.readUTF(), in.readUTF());
        }
        float[] prior = readFloats(in);
        float[] idf = new float[NgramHasher.DIMENSION];
        int known = in.readInt();
        for (int i = 0; i < known; i++) {
            idf[in.readInt()] = in.readFloat();
        }
        int k = in.readInt();
        int documentCount = in.readInt();
        List<SparseVector> documents = new ArrayList<>(documentCount);
        List<int[]> documentCodes = new ArrayList<>(documentCount);
        for (int d = 0; d < documentCount; d++) {
            documents.add(readVector(in));
            documentCodes.add(readInts(in));
        }
        List<SparseVector> weights = new ArrayList<>(codes.size());
        float[] bias = new float[codes.size()];
        for (int c = 0; c < codes.size(); c++) {
            weights.add(readVector(in));
            bias[c] = in.readFloat();
        }
        double overallPrecision = in.readDouble();
        int recordCount = in.readInt();
        Map<String, EngineTrackRecord.CodeRecord> records = new java.util.HashMap<>();
        for (int r = 0; r < recordCount; r++) {
            String code = in.readUTF();
            int proposed = in.readInt();
            int agreed = in.readInt();
            int alternativeCount = in.readInt();
            Map<String, Integer> alternatives = new java.util.HashMap<>();
            for (int a = 0; a < alternativeCount; a++) {
                alternatives.put(in.readUTF(), in.readInt());
            }
            records.put(code, new EngineTrackRecord.CodeRecord(proposed, agreed, alternatives));
        }
        int termCount = in.readInt();
        Map<Integer, TermCodes.Announced> byTerm = new java.util.HashMap<>();
        for (int t = 0; t < termCount; t++) {
            byTerm.put(in.readInt(), new TermCodes.Announced(readInts(in), readFloats(in), readInts(in)));
        }
        List<String> featureNames = readStrings(in);
        if (!featureNames.equals(CandidateFeatures.NAMES)) {
            throw new IOException("model " + source + " was trained with other reranker features than this chart-coder computes:"
                    + " retrain it with this release's `chart-coder train`");
        }
        double base = in.readDouble();
        int trees = in.readInt();
        int[][] treeFeatures = new int[trees][];
        double[][] treeThresholds = new double[trees][];
        double[][] treeValues = new double[trees][];
        for (int t = 0; t < trees; t++) {
            treeFeatures[t] = readInts(in);
            treeThresholds[t] = readDoubles(in);
            treeValues[t] = readDoubles(in);
        }
        CodeEvidence evidence = new CodeEvidence(codes, prior, new TermWeights(idf),
                new NeighbourIndex(documents, documentCodes, k), new CodeClassifiers(weights, bias),
                new EngineTrackRecord(records, overallPrecision), new TermCodes(byTerm));
        return new ChartModel(modelId, trainingCharts, codeSetVersion, evidence, new Reranker(base, treeFeatures, treeThresholds, treeValues), descriptions);
    }

    private static String idOf(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeUTF(s);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            strings.add(in.readUTF());
        }
        return strings;
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    private static float[] readFloats(DataInputStream in) throws IOException {
        float[] values = new float[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }

    private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    private static double[] readDoubles(DataInputStream in) throws IOException {
        double[] values = new double[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readDouble();
        }
        return values;
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    private static void writeVector(DataOutputStream out, SparseVector v) throws IOException {
        writeInts(out, v.indices());
        writeFloats(out, v.values());
    }

    private static SparseVector readVector(DataInputStream in) throws IOException {
        return new SparseVector(readInts(in), readFloats(in));
    }
}
