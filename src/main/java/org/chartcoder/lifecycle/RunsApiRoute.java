package org.chartcoder.lifecycle;

import java.nio.file.Path;
import java.util.function.Function;

import org.apache.camel.builder.RouteBuilder;
import org.chartcoder.app.QueryApiRoute;
import org.chartcoder.app.RunQueries;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code GET /api/runs} and {@code GET /api/runs/{runId}} on platform-http: binds the run record
 * as the query core's {@code runQueries} and routes both paths through the core, behind the same
 * bearer token and with the same pagination as every other list.
 */
public class RunsApiRoute extends RouteBuilder {

    private final Path dataDir;

    /** For a context where the lifecycle has bound the run record (local mode). */
    public RunsApiRoute() {
        this(null);
    }

    /** For the api role: reads lifecycle.jsonl in the data directory (local profile) or S3 runs/ (aws). */
    public RunsApiRoute(Path dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public void configure() {
        RunRecord record = getContext().getRegistry().findSingleByType(RunRecord.class);
        if (record == null && dataDir != null) {
            record = recordOfProfile();
            getContext().getRegistry().bind("runRecord", RunRecord.class, record);
        }
        if (record != null) {
            getContext().getRegistry().bind("runQueries", RunQueries.class, new RecordedRuns(record));
        }
        from(QueryApiRoute.endpoint(getContext(), "/api/runs")).routeId("api-runs").process(QueryApiRoute::answer);
        from(QueryApiRoute.endpoint(getContext(), "/api/runs/{runId}")).routeId("api-run").process(QueryApiRoute::answer);
    }

    private RunRecord recordOfProfile() {
        Function<String, String> lookup = LauncherContext.lookup(getContext());
        if ("local".equals(lookup.apply("camel.main.profile"))) {
            return new FileRunRecord(dataDir.toAbsolutePath());
        }
        return new S3RunRecord(getContext().getRegistry().lookupByNameAndType("s3Client", S3Client.class),
                lookup.apply("chartcoder.bucket"), lookup.apply("chartcoder.s3.kmsKeyId"));
    }
}
