package org.chartcoder.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * EC2's two-minute Spot interruption notice, read from the instance metadata service with IMDSv2
 * (the launch templates require tokens): {@code spot/instance-action} answers 404 until EC2 has
 * scheduled the instance's reclaim. A worker that sees the notice ends as at its idle limit, so the
 * jobs it received but has not started go back to the queue at once instead of after their
 * visibility timeout.
 */
final class SpotInterruptionNotice implements BooleanSupplier {

    private static final Logger LOG = LoggerFactory.getLogger(SpotInterruptionNotice.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI token;
    private final URI instanceAction;
    private volatile boolean unreachableLogged;

    /** @param metadataService the metadata service's base URL, http://169.254.169.254 on EC2 */
    SpotInterruptionNotice(URI metadataService) {
        this.token = metadataService.resolve("/latest/api/token");
        this.instanceAction = metadataService.resolve("/latest/meta-data/spot/instance-action");
    }

    @Override
    public boolean getAsBoolean() {
        try {
            HttpResponse<String> session = http.send(HttpRequest.newBuilder(token).timeout(TIMEOUT)
                    .header("X-aws-ec2-metadata-token-ttl-seconds", "60")
                    .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (session.statusCode() != 200) {
                return unreachable("token answered " + session.statusCode());
            }
            int status = http.send(HttpRequest.newBuilder(instanceAction).timeout(TIMEOUT)
                    .header("X-aws-ec2-metadata-token", session.body()).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 || status != 404 && unreachable("instance-action answered " + status);
        } catch (IOException e) {
            return unreachable(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An unreadable metadata service is no notice: logged once, the worker goes on. */
    private boolean unreachable(String why) {
        if (!unreachableLogged) {
            unreachableLogged = true;
            LOG.warn("Spot interruption notice not read from the instance metadata service: {}", why);
        }
        return false;
    }
}
