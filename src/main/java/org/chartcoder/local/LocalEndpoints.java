package org.chartcoder.local;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where the local emulators listen, as the chart-coder properties that point the AWS clients at
 * them. Written by the local process into the data directory and read by worker processes.
 */
public record LocalEndpoints(URI sqsEndpoint, URI s3Endpoint, String region, String accessKeyId,
                             String secretAccessKey, String workQueue, String deadLetterQueue, String bucket) {

    public static final String FILE = "endpoints.properties";

    public Map<String, String> asMap() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("chartcoder.sqs.endpoint", sqsEndpoint.toString());
        settings.put("chartcoder.s3.endpoint", s3Endpoint.toString());
        settings.put("chartcoder.s3.pathStyle", "true");
        settings.put("chartcoder.aws.region", region);
        settings.put("chartcoder.aws.accessKeyId", accessKeyId);
        settings.put("chartcoder.aws.secretAccessKey", secretAccessKey);
        settings.put("chartcoder.queue.work", workQueue);
        settings.put("chartcoder.queue.deadLetter", deadLetterQueue);
        settings.put("chartcoder.bucket", bucket);
        return settings;
    }

    void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.putAll(asMap());
            properties.store(writer, "chart-coder local emulators (valid while the local process runs)");
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The properties a worker process needs to join the emulators of a running local process. */
    public static Map<String, String> read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> settings.put(key, properties.getProperty(key)));
        return settings;
    }
}
