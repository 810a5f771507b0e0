package org.chartcoder.local;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the local emulators listen, as the chart-coder properties that point the AWS clients at
 * them. Written by the local process into the data directory and read by worker processes.
 */
public record LocalEndpoints(URI sqsEndpoint, URI s3Endpoint, String region, String accessKeyId,
                             String secretAccessKey, String workQueue, String deadLetterQueue, String bucket) {

    public static final String FILE = "endpoints.properties";

    public Properties asProperties() {
        Properties properties = new Properties();
        properties.setProperty("chartcoder.sqs.endpoint", sqsEndpoint.toString());
        properties.setProperty("chartcoder.s3.endpoint", s3Endpoint.toString());
        properties.setProperty("chartcoder.s3.pathStyle", "true");
        properties.setProperty("chartcoder.aws.region", region);
        properties.setProperty("chartcoder.aws.accessKeyId", accessKeyId);
        properties.setProperty("chartcoder.aws.secretAccessKey", secretAccessKey);
        properties.setProperty("chartcoder.queue.work", workQueue);
        properties.setProperty("chartcoder.queue.deadLetter", deadLetterQueue);
        properties.setProperty("chartcoder.bucket", bucket);
        return properties;
    }

    void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            asProperties().store(writer, "chart-coder local emulators (valid while the local process runs)");
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The properties a worker process needs to join the emulators of a running local process. */
    public static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
