package org.chartcoder.lifecycle;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** A moto_server on a free loopback port for one test class; absent moto yields empty, and the test skips. */
public final class MotoServer implements AutoCloseable {

    private final Process process;
    public final String endpoint;
    private final HttpClient http = HttpClient.newHttpClient();

    private MotoServer(Process process, String endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    public static Optional<MotoServer> start(Path logFile) throws Exception {
        Optional<String> binary = Executables.onPath("moto_server");
        if (binary.isEmpty()) {
            return Optional.empty();
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(logFile.getParent());
        Process process = new ProcessBuilder(binary.get(), "-H", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        MotoServer moto = new MotoServer(process, "http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (moto.ready()) {
                return Optional.of(moto);
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(200);
        }
        moto.close();
        return Optional.empty();
    }

    private boolean ready() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(endpoint + "/moto-api/")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** POST to moto: its config API, or an AWS query-protocol call (IAM has no client on the classpath). */
    String post(String path, String contentType, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(endpoint + path))
                .header("Content-Type", contentType)
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=testing/20300101/us-east-1/iam/aws4_request, "
                        + "SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("moto " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Creates an IAM role and returns its ARN. */
    String createRole(String name) throws Exception {
        String policy = java.net.URLEncoder.encode("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}",
                java.nio.charset.StandardCharsets.UTF_8);
        String xml = post("/", "application/x-www-form-urlencoded",
                "Action=CreateRole&Version=2010-05-08&RoleName=" + name + "&AssumeRolePolicyDocument=" + policy);
        int start = xml.indexOf("<Arn>") + 5;
        return xml.substring(start, xml.indexOf("</Arn>", start));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
