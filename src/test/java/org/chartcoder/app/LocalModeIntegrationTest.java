package org.chartcoder.app;

import org.chartcoder.cli.BenchLocalCommand;
import org.chartcoder.engine.format.InferIcd10CmModel;
import org.chartcoder.lifecycle.LocalRun;
import org.chartcoder.runtime.Settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.ProducerTemplate;
import org.chartcoder.local.LocalSecrets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Local mode end to end with the real engine and the embedded emulators: 50 CodiEsp dev charts plus
 * bad inputs, then the data directory, the logs and the HTTPS API are checked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalModeIntegrationTest {

    static final int CHARTS = 50;
    private static final int MAX_CHART_BYTES = 64 * 1024;

    private final ObjectMapper mapper = new ObjectMapper();
    private Path workDir;
    private Path dataDir;
    private Map<String, String> texts;
    private CapturedOutput output;
    private LocalRun run;
    private List<ChartRecords.BatchStatus> statuses;
    private HttpClient https;
    private int managementPort;

    @BeforeAll
    void runLocalMode() throws Exception {
        Path devCharts = devCharts();
        workDir = Files.createTempDirectory("local-mode-test");
        dataDir = workDir.resolve("data");
        Path charts = Files.createDirectories(workDir.resolve("charts"));
        texts = copyCharts(devCharts, charts, CHARTS);
        Files.write(charts.resolve("bad-empty.txt"), new byte[0]);
        Files.write(charts.resolve("bad-latin1.txt"), "Paciente con hipertensi\u00f3n arterial".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(charts.resolve("bad-large.txt"), "no acute distress. ".repeat(MAX_CHART_BYTES / 10).getBytes(StandardCharsets.UTF_8));

        output = new CapturedOutput();
        managementPort = BenchLocalCommand.freePort();
        run = LocalRun.start(new LocalRun.Options(charts, true, java.util.Optional.empty()),
                testSettings(dataDir, 2).with(Map.of("camel.management.enabled", "true",
                        "camel.management.port", Integer.toString(managementPort))), output.console);
        ProducerTemplate producer = run.application().context().createProducerTemplate();
        String jobSink = "kamelet:chart-job-sink?queueName=chart-coder-work";
        producer.sendBody(jobSink, mapper.writeValueAsString(ChartJob.of("b-stray", "c000000", "0".repeat(64), List.of("gone"))));
        producer.sendBody(jobSink, "{\"batchId\": 42");
        statuses = run.awaitDone(output.console, 200);
        https = httpsClient(dataDir);
    }

    /** Chunks of {@value #CHUNK} charts, so that a test batch spans several jobs and can stop between them. */
    static final int CHUNK = 4;

    static Settings testSettings(Path dataDir, int consumers) throws java.io.IOException {
        return Settings.load("local", Map.of("chartcoder.data-dir", dataDir.toString(),
                "chartcoder.chunk.maxCharts", Integer.toString(CHUNK),
                "chartcoder.worker.maxChartBytes", Integer.toString(MAX_CHART_BYTES),
                "chartcoder.worker.concurrentConsumers", Integer.toString(consumers),
                "camel.server.port", Integer.toString(BenchLocalCommand.freePort()),
                "camel.management.enabled", "false"));
    }

    @AfterAll
    void stop() throws Exception {
        if (run != null) {
            run.close();
        }
        if (output != null) {
            output.close();
        }
        if (workDir != null) {
            BenchLocalCommand.deleteRecursively(workDir);
        }
    }

    private static Path sharedDevCharts() {
        return Path.of(System.getProperty("chartcoder.shared.dir", "../shared")).resolve("codiesp/dev/text_files_en");
    }

    static Path devCharts() {
        Path dev = sharedDevCharts();
        String skipped = "skipped: CodiEsp dev charts not found at " + dev + " (set -Dchartcoder.shared.dir to the shared data directory)";
        if (!Files.isDirectory(dev)) {
            // an assumption that fails in @BeforeAll reports "Tests run: 0" and no reason: say it on the console
            System.out.println(LocalModeIntegrationTest.class.getSimpleName() + " " + skipped);
        }
        assumeTrue(Files.isDirectory(dev), skipped);
        return dev;
    }

    /**
     * Chart texts for the crash and restart tests, which need realistic notes but not CodiEsp's: its dev
     * charts where ../shared has them, else the repository's samples, so these tests run in any clone.
     */
    static Path faultTestCharts() {
        Path dev = sharedDevCharts();
        if (Files.isDirectory(dev)) {
            return dev;
        }
        System.out.println("CodiEsp dev charts not found at " + dev + ": using samples/charts, each under several ids");
        return Path.of("samples/charts");
    }

    /** The first {@code count} charts of {@code from}, by name; a directory with fewer is cycled, under ids suffixed -1, -2, ... */
    static Map<String, String> copyCharts(Path from, Path to, int count) throws Exception {
        Map<String, String> texts = new HashMap<>();
        List<Path> files;
        try (Stream<Path> listed = Files.list(from)) {
            files = listed.filter(f -> f.toString().endsWith(".txt")).sorted().limit(count).toList();
        }
        for (int i = 0; i < count; i++) {
            Path file = files.get(i % files.size());
            String name = file.getFileName().toString();
            String chartId = name.substring(0, name.length() - 4) + (i < files.size() ? "" : "-" + i / files.size());
            Files.copy(file, to.resolve(chartId + ".txt"));
            texts.put(chartId, Files.readString(file));
        }
        return texts;
    }

    @Test
    void everyChartIsCodedExactlyOnce() throws Exception {
        ChartRecords.BatchStatus batch = statuses.stream().filter(s -> s.batchId().equals(run.batchId())).findFirst().orElseThrow();
        assertEquals(CHARTS + 3, batch.total());
        assertEquals(CHARTS, batch.coded());
        assertEquals(3, batch.failed());
        assertEquals(0, batch.deadLettered());
        for (Map.Entry<String, String> chart : texts.entrySet()) {
            assertEquals(1, codedLogLines(output, chart.getKey()), chart.getKey() + " coded once");
            ChartQueries.Answer answer = queries().chart(chart.getKey());
            assertEquals(200, answer.status());
            JsonNode result = (JsonNode) answer.body();
            assertEquals(ChartDigest.hex(chart.getValue().getBytes(StandardCharsets.UTF_8)), result.path("chartSha256").asText());
            assertTrue(result.path("codes").isArray());
        }
    }

    @Test
    void theDirectoryIsCodedWhereItLiesWithNoCopyOfAChart() {
        ChartStore store = run.application().context().getRegistry().lookupByNameAndType("chartStore", ChartStore.class);
        assertEquals(List.of(), store.listKeys(ChartKeys.CHARTS), "no chart copied into a bundle");
        Map.Entry<String, String> chart = texts.entrySet().iterator().next();
        assertEquals(chart.getValue(), queries().chartText(chart.getKey()).orElseThrow().text(),
                "the text is read from the chart's file");
    }

    static long codedLogLines(CapturedOutput output, String chartId) {
        String marker = "chart " + chartId + " of batch ";
        return output.logLines().stream().filter(line -> line.startsWith(marker) && line.contains(" coded in ")).count();
    }

    @Test
    void badInputsGetErrorRecordsWithReasons() throws Exception {
        assertEquals("EMPTY_TEXT", errorReason(run.batchId(), "bad-empty"));
        assertEquals("NOT_UTF8", errorReason(run.batchId(), "bad-latin1"));
        assertEquals("TOO_LARGE", errorReason(run.batchId(), "bad-large"));
        assertEquals("MISSING_OBJECT", awaitErrorReason("b-stray", "gone"));
        ChartStore store = run.application().context().getRegistry().lookupByNameAndType("chartStore", ChartStore.class);
        for (int i = 0; i < 100 && store.listKeys("errors/_malformed/").isEmpty(); i++) {
            Thread.sleep(100);
        }
        String malformed = store.listKeys("errors/_malformed/").get(0);
        assertEquals("MALFORMED_JOB", mapper.readTree(store.read(malformed).orElseThrow()).path("reason").asText());
    }

    /** The reason in the chart's error record, found through the index as the API finds it. */
    private String errorReason(String batchId, String chartId) throws Exception {
        ChartQueries.Answer answer = queries().chart(chartId);
        if (answer.status() != 200) {
            return "none";
        }
        JsonNode record = (JsonNode) answer.body();
        assertEquals(batchId, record.path("batchId").asText());
        return record.path("reason").asText();
    }

    private ChartQueries queries() {
        return run.application().context().getRegistry().lookupByNameAndType("chartQueries", ChartQueries.class);
    }

    private String awaitErrorReason(String batchId, String chartId) throws Exception {
        for (int i = 0; i < 100; i++) {
            String reason = errorReason(batchId, chartId);
            if (!reason.equals("none")) {
                return reason;
            }
            Thread.sleep(100);
        }
        return "none";
    }

    @Test
    void noChartSentenceInDataDirectoryLogsOrConsole() throws Exception {
        List<String> sentences = sentencesOf(texts.values());
        assertTrue(sentences.size() > 200, "enough sentences to make the check meaningful");
        String logs = output.all();
        List<String> leaks = new ArrayList<>();
        for (String sentence : sentences) {
            if (logs.contains(sentence)) {
                leaks.add("logs: " + sentence.length() + " chars");
            }
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                String utf8 = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                for (String sentence : sentences) {
                    if (content.contains(sentence) || utf8.contains(sentence)) {
                        leaks.add(dataDir.relativize(file).toString());
                    }
                }
            }
        }
        assertEquals(List.of(), leaks, "chart sentences in clear");
    }

    static List<String> sentencesOf(Iterable<String> charts) {
        List<String> sentences = new ArrayList<>();
        for (String text : charts) {
            for (String sentence : text.split("(?<=[.!?])\\s+")) {
                String trimmed = sentence.trim();
                if (trimmed.length() >= 30) {
                    sentences.add(trimmed);
                }
            }
        }
        return sentences;
    }

    @Test
    void apiServesResultsOverHttpsWithTheToken() throws Exception {
        String token = LocalSecrets.readToken(run.tokenFile().orElseThrow());
        String chartId = texts.keySet().iterator().next();

        assertEquals(200, get("/api/health", null).statusCode());
        assertEquals(401, get("/api/charts/" + chartId, null).statusCode());
        assertEquals(401, get("/api/charts/" + chartId, "not-the-token").statusCode());
        HttpResponse<String> chart = get("/api/charts/" + chartId, token);
        assertEquals(200, chart.statusCode());
        assertEquals(chartId, tree(chart.body()).path("chartId").asText());
        assertEquals(404, get("/api/charts/unknown-chart", token).statusCode());
        assertEquals(400, get("/api/charts/bad%20id", token).statusCode());
        JsonNode batch = tree(get("/api/batches/" + run.batchId(), token).body());
        assertEquals(CHARTS, batch.path("coded").asInt());
        String code = tree(chart.body()).path("codes").path(0).path("code").asText("R69");
        JsonNode byCode = tree(get("/api/codes/" + code + "/charts", token).body());
        assertTrue(byCode.path("charts").toString().contains(chartId) || tree(chart.body()).path("codes").isEmpty());
        assertFalse(chart.headers().firstValue("Authorization").isPresent(), "the token is not echoed");
    }

    @Test
    void apiServesAResultInComprehendsInferIcd10CmShape() throws Exception {
        String token = LocalSecrets.readToken(run.tokenFile().orElseThrow());
        String chartId = texts.keySet().iterator().next();
        HttpResponse<String> comprehend = get("/api/charts/" + chartId + "?format=comprehend", token);
        assertEquals(200, comprehend.statusCode(), comprehend.body());
        JsonNode response = tree(comprehend.body());
        assertEquals(List.of(), InferIcd10CmModel.load().violations(response));
        assertFalse(response.path("Entities").isEmpty(), comprehend.body().substring(0, 200));
        assertEquals(400, get("/api/charts/" + chartId + "?format=xml", token).statusCode());
    }

    @Test
    void managementServerAnswersHealthAndCountsTheBatchInMetrics() throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + managementPort + "/observe/";
        // Readiness stays DOWN until every consumer has finished its first long poll, a few seconds
        // after start; a batch this small can finish before the dead-letter consumer's first poll.
        HttpResponse<String> health;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        do {
            health = plain.send(HttpRequest.newBuilder(URI.create(base + "health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (health.statusCode() == 200) {
                break;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        assertEquals(200, health.statusCode(), health.body());
        assertEquals("UP", tree(health.body()).path("status").asText(), health.body());
        String checks = plain.send(HttpRequest.newBuilder(URI.create(base + "health?exposureLevel=full")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(checks.contains("\"storage\""), "the storage check is among the reported ones: " + checks);
        String metrics = plain.send(HttpRequest.newBuilder(URI.create(base + "metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertEquals(CHARTS + 2.0, metric(metrics, "chartcoder_charts_submitted_total"),
                "charts and bad files stored by intake; the oversized one is refused before it is read");
        assertEquals(CHARTS, metric(metrics, "chartcoder_charts_coded_total"));
        assertEquals(1.0, metric(metrics, "chartcoder_charts_failed_total{reason=\"EMPTY_TEXT\"}"));
        assertEquals(1.0, metric(metrics, "chartcoder_charts_failed_total{reason=\"TOO_LARGE\"}"), "refused at intake");
        assertEquals(0.0, metric(metrics, "chartcoder_storage_errors_total{kind=\"no_space\"}"));
        assertTrue(metrics.contains("chartcoder_storage_errors_total{kind=\"io\"}"), "each kind reads 0 until it happens");
        assertTrue(metrics.contains("camel_exchanges_total"), "Camel's route metrics beside chart-coder's");
    }

    private static double metric(String exposition, String series) {
        return exposition.lines().filter(line -> line.startsWith(series + " ") || line.startsWith(series + "{")
                        && !series.contains("{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void tokenFileIsOwnerOnlyAndItsContentIsNeverPrinted() throws Exception {
        Path tokenFile = run.tokenFile().orElseThrow();
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile)));
        assertTrue(output.all().contains(tokenFile.toString()), "the token's path is printed");
        assertFalse(output.all().contains(LocalSecrets.readToken(tokenFile)), "the token itself is not");
    }

    @Test
    void plainHttpIsRefused() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + run.apiPort() + "/api/health")).build();
        boolean answered;
        try {
            answered = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (Exception refused) {
            answered = false;
        }
        assertFalse(answered, "the API speaks HTTPS only");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://localhost:" + run.apiPort() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return https.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Trusts exactly the keystore local mode generated: the test also checks the certificate is usable. */
    static HttpClient httpsClient(Path dataDir) throws Exception {
        LocalSecrets secrets = new LocalSecrets(dataDir.toAbsolutePath());
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(secrets.keystore())) {
            keystore.load(in, Files.readString(secrets.keystorePasswordFile()).trim().toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keystore);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).build();
    }

    private JsonNode tree(byte[] json) {
        try {
            return mapper.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode tree(String json) throws Exception {
        return mapper.readTree(json);
    }
}
