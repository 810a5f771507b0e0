package org.chartcoder.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.chartcoder.cli.BenchLocalCommand;
import org.junit.jupiter.api.AfterEach;

/**
 * Route tests of the API over plain HTTP on a free loopback port (TLS is the local-mode tests'),
 * against a bucket in memory, with batch intake ending in {@code mock:intake}.
 */
public abstract class ApiRouteTestSupport extends CamelTestSupport {

    /** Intake's bounds here: chunks of this many charts, request bodies of at most this many bytes. */
    protected static final int CHUNK_CHARTS = 100;
    protected static final int MAX_BATCH_BYTES = 1 << 20;
    /** Request bytes accepted and not yet stored past which a post is refused with 503. */
    protected static final int MAX_PENDING_BYTES = MAX_BATCH_BYTES;

    protected final InMemoryChartStore store = new InMemoryChartStore();
    protected final ChartIndex index = TestIndexes.h2();
    private final java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor();
    protected final HttpClient http = HttpClient.newHttpClient();
    protected int port;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        port = BenchLocalCommand.freePort();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        return context;
    }

    @Override
    public void configureContext(CamelContextConfiguration configuration) {
        super.configureContext(configuration);
        configuration.withUseOverridePropertiesWithPropertiesComponent(ChartWorkerRouteTest.routeProperties());
    }

    /** The token the default beans accept. */
    protected static final String API_TOKEN = "test-token-0123456789";

    /** By default the API's beans with {@link #API_TOKEN}; tests that need more bind their own. */
    @Override
    protected void bindToRegistry(Registry registry) throws Exception {
        bindApi(registry, API_TOKEN);
    }

    /** By default the API routes with intake ending in {@code mock:intake}. */
    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new QueryApiRoute(), intakeMock()};
    }

    /** The beans the API routes look up: the token check, the queries over {@link #store}, intake. */
    protected void bindApi(Registry registry, String token) {
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        registry.bind("apiAuthorization", new ApiAuthorization(token));
        registry.bind("chartQueries", new ChartQueries(store, null, index, mapper));
        registry.bind("batchIntake", new BatchIntake(CHUNK_CHARTS, 1 << 22, MAX_BATCH_BYTES, MAX_PENDING_BYTES, index, store, background));
        // no S3 behind it: the background listing fails at once, as for a bucket the role may not read
        registry.bind("s3Intake", new S3Intake(null, mapper, 100, 1 << 22, background));
    }

    /** Stands in for the intake route (store and queue), which has its own tests. */
    protected static RoutesBuilder intakeMock() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(BatchIntake.INTAKE).to("mock:intake");
            }
        };
    }

    @AfterEach
    void closeIndex() {
        index.close();
        background.shutdown();
    }

    protected HttpRequest.Builder request(String pathAndQuery, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    protected HttpResponse<String> get(String pathAndQuery, String token) throws Exception {
        return http.send(request(pathAndQuery, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
