package org.chartcoder.runtime;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutorService;

import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.PlatformHttpConstants;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.service.ServiceSupport;
import org.chartcoder.app.ApiAuthorization;
import org.chartcoder.app.BatchIntake;
import org.chartcoder.app.ChartDigest;
import org.chartcoder.app.ChartIds;
import org.chartcoder.app.ChartIndex;
import org.chartcoder.app.ChartJobs;
import org.chartcoder.app.ChartKeys;
import org.chartcoder.app.ChartMetrics;
import org.chartcoder.app.ChartQueries;
import org.chartcoder.app.ChartSourceReader;
import org.chartcoder.app.RunStamp;
import org.chartcoder.app.S3Intake;
import org.chartcoder.app.StorageHealth;
import org.chartcoder.app.ChartStore;
import org.chartcoder.app.ChartWorker;
import org.chartcoder.app.ChunkIndexer;
import org.chartcoder.app.WorkerLimits;
import org.chartcoder.app.DynamoChartIndex;
import org.chartcoder.app.H2ChartIndex;
import org.chartcoder.app.IntakeRefusals;
import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingEngines;
import org.chartcoder.local.EncryptingS3Client;
import org.chartcoder.local.LocalSecrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Wires every bean of chart-coder from configuration: the AWS clients (region, endpoint and
 * credentials from properties, else the default chain), the coding engine and the route beans.
 * Beans already in the registry (test doubles) are kept.
 */
public class ChartCoderConfiguration implements CamelConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ChartCoderConfiguration.class);

    @Override
    public void configure(CamelContext context) throws Exception {
        PropertiesComponent properties = context.getPropertiesComponent();
        Registry registry = context.getRegistry();
        String bucket = required(properties, "chartcoder.bucket");
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        bindIfAbsent(registry, "sqsClient", SqsClient.class, () -> sqsClient(properties));
        bindIfAbsent(registry, "s3Client", S3Client.class, () -> s3Client(properties));
        ChartStore store = new ChartStore(registry.lookupByNameAndType("s3Client", S3Client.class), bucket);
        registry.bind("chartStore", store);
        registry.bind("chartDigest", new ChartDigest());
        registry.bind("chartKeys", new ChartKeys());
        bindIfAbsent(registry, "metricsRegistry", MeterRegistry.class, () -> new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        registry.bind("chartMetrics", new ChartMetrics(registry.lookupByNameAndType("metricsRegistry", MeterRegistry.class)));
        registry.bind("chartIds", new ChartIds());
        registry.bind("chartJobs", new ChartJobs(mapper));
        // the lifecycle roles (master, controller) neither code nor query: they open no index
        if (!"none".equals(required(properties, "chartcoder.index.store"))) {
            bindIndexAndWorker(context, properties, store, mapper);
        }
        // a role that serves the API refuses to start without a token
        if (Boolean.parseBoolean(optional(properties, "camel.server.enabled").orElse("false"))) {
            registry.bind("apiAuthorization", new ApiAuthorization(optional(properties, "chartcoder.api.token").orElse(null)));
            registry.bind(PlatformHttpConstants.PLATFORM_HTTP_ENGINE_NAME,
                    new ApiServerEngine(Integer.parseInt(required(properties, "camel.server.port"))));
        }
    }

    private void bindIndexAndWorker(CamelContext context, PropertiesComponent properties, ChartStore store,
                                    ObjectMapper mapper) throws Exception {
        Registry registry = context.getRegistry();
        if (registry.lookupByNameAndType("chartIndex", ChartIndex.class) == null) {
            ChartIndex created = chartIndex(key -> optional(properties, key).orElse(null));
            registry.bind("chartIndex", ChartIndex.class, created);
            // the index holds files (H2) or connections (DynamoDB) open: it closes with the context
            context.addService(new ServiceSupport() {
                @Override
                protected void doStop() {
                    created.close();
                }
            }, true);
        }
        ChartIndex index = registry.lookupByNameAndType("chartIndex", ChartIndex.class);
        ChunkIndexer indexer = new ChunkIndexer(store, index, mapper);
        // input objects coded in place are the user's: read with a plain client, never the data bucket's encryption
        S3Client inputClient = awsClients(properties).s3();
        ChartSourceReader inputs = new ChartSourceReader(inputClient,
                Boolean.parseBoolean(required(properties, "chartcoder.intake.localFilesInPlace")));
        registry.bind("s3Intake", new S3Intake(inputClient, mapper,
                Integer.parseInt(required(properties, "chartcoder.chunk.maxCharts")),
                Long.parseLong(required(properties, "chartcoder.chunk.maxBytes")),
                context.getExecutorServiceManager().newSingleThreadExecutor(this, "s3-intake")));
        registry.bind("chunkIndexer", indexer);
        StorageHealth storage = new StorageHealth(EngineConfiguration.dataDirectory(key -> optional(properties, key).orElse(null)),
                Long.parseLong(required(properties, "chartcoder.storage.minFreeBytes")),
                Duration.ofMillis(Long.parseLong(required(properties, "chartcoder.storage.retryAfterMs"))), Clock.systemUTC());
        registry.bind("storageHealth", storage);
        // reported on /observe/health beside the routes' and consumers' checks (absent with camel.health.enabled=false)
        HealthCheckRegistry health = HealthCheckRegistry.get(context);
        if (health != null) {
            health.register(storage);
        }
        registry.bind("intakeRefusals", new IntakeRefusals(mapper, indexer, registry.lookupByNameAndType("chartMetrics", ChartMetrics.class),
                context.resolvePropertyPlaceholders("{{chartcoder.sink}}"),
                Long.parseLong(required(properties, "chartcoder.worker.maxChartBytes")),
                Integer.parseInt(required(properties, "chartcoder.chunk.maxCharts"))));
        // stores posted batches after the answer: one thread, so batches are stored in the order they came
        registry.bind("batchIntake", new BatchIntake(Integer.parseInt(required(properties, "chartcoder.chunk.maxCharts")),
                Long.parseLong(required(properties, "chartcoder.chunk.maxBytes")),
                Long.parseLong(required(properties, "camel.server.maxBodySize")),
                Long.parseLong(required(properties, "chartcoder.api.maxPendingBytes")), index, store,
                context.getExecutorServiceManager().newSingleThreadExecutor(this, "batch-intake")));
        int chunkBytes = Integer.parseInt(required(properties, "chartcoder.chunk.maxBytes"));
        // the engine takes seconds and hundreds of MB to load: only roles that code load it
        if (Boolean.parseBoolean(optional(properties, "chartcoder.worker.enabled").orElse("true"))) {
            bindIfAbsent(registry, "codingEngine", CodingEngine.class, () -> codingEngine(properties));
            int maxChartBytes = Integer.parseInt(required(properties, "chartcoder.worker.maxChartBytes"));
            int threads = Integer.parseInt(required(properties, "chartcoder.worker.codingThreads"));
            ExecutorService coding = context.getExecutorServiceManager().newFixedThreadPool(this, "chart-coding",
                    threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
            registry.bind("chartWorker", new ChartWorker(registry.lookupByNameAndType("codingEngine", CodingEngine.class),
                    store, inputs, indexer, mapper, maxChartBytes, chunkBytes + maxChartBytes, coding,
                    registry.lookupByNameAndType("chartMetrics", ChartMetrics.class)));
            String runId = optional(properties, "chartcoder.worker.run-id").orElse("");
            registry.bind("workerLimits", new WorkerLimits(minutes(properties, "chartcoder.worker.idle-minutes"),
                    minutes(properties, "chartcoder.worker.max-lifetime-minutes"),
                    runId.isBlank() ? Duration.ZERO : minutes(properties, "chartcoder.worker.master-silent-minutes"),
                    () -> masterHeartbeat(store, runId), reclaimNotice(properties), Clock.systemUTC()));
        }
        registry.bind("chartQueries", new ChartQueries(store, inputs, index, mapper));
    }

    /** The time in the master's heartbeat object (runs/<runId>/heartbeat.json), if it wrote one. */
    private static java.util.Optional<java.time.Instant> masterHeartbeat(ChartStore store, String runId) {
        return store.read(ChartKeys.masterHeartbeat(runId), 4096).map(bytes -> {
            try {
                return RunStamp.parse(new String(bytes, StandardCharsets.UTF_8)).at();
            } catch (IllegalStateException | java.time.format.DateTimeParseException e) {
                return null;
            }
        });
    }

    /**
     * The Spot interruption notice where it is watched (AWS), read from the metadata service where the
     * AWS SDK finds it: AWS_EC2_METADATA_SERVICE_ENDPOINT, else the link-local address.
     */
    private static java.util.function.BooleanSupplier reclaimNotice(PropertiesComponent properties) {
        if (!Boolean.parseBoolean(optional(properties, "chartcoder.worker.spot-notice").orElse("false"))) {
            return () -> false;
        }
        String endpoint = System.getenv().getOrDefault("AWS_EC2_METADATA_SERVICE_ENDPOINT", "http://169.254.169.254");
        return new SpotInterruptionNotice(java.net.URI.create(endpoint));
    }

    private static Duration minutes(PropertiesComponent properties, String key) {
        return Duration.ofMillis(Math.round(Double.parseDouble(optional(properties, key).orElse("0")) * 60_000));
    }

    private interface BeanFactory<T> {
        T create() throws Exception;
    }

    private static <T> void bindIfAbsent(Registry registry, String name, Class<T> type, BeanFactory<T> factory)
            throws Exception {
        if (registry.lookupByNameAndType(name, type) == null) {
            registry.bind(name, type, factory.create());
        }
    }

    static SqsClient sqsClient(PropertiesComponent properties) {
        return awsClients(properties).sqs();
    }

    /**
     * In {@code client} mode every object is encrypted before it leaves the process (AES-GCM with
     * the key in {@code chartcoder.s3.clientKeyFile}); in {@code kms} mode S3 encrypts with the KMS
     * key that the sink names on every put, and starting without a key id is refused.
     */
    static S3Client s3Client(PropertiesComponent properties) throws Exception {
        String mode = required(properties, "chartcoder.s3.encryption");
        AwsClients clients = awsClients(properties);
        switch (mode) {
            case "client" -> {
                Path keyFile = Path.of(required(properties, "chartcoder.s3.clientKeyFile"));
                byte[] key = Base64.getUrlDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).trim());
                LOG.info("S3 objects are encrypted client-side (AES-GCM)");
                return EncryptingS3Client.create(new SecretKeySpec(key, "AES"), clients.region(), clients.credentials(),
                        clients.endpoint("s3"), clients.s3PathStyle());
            }
            case "kms" -> {
                if (optional(properties, "chartcoder.s3.kmsKeyId").isEmpty()) {
                    throw new IllegalStateException("chartcoder.s3.encryption=kms needs chartcoder.s3.kmsKeyId"
                            + " (CHARTCODER_S3_KMSKEYID): refusing to write unencrypted objects");
                }
                LOG.info("S3 objects are encrypted by S3 with the configured KMS key (SSE-KMS)");
                return clients.s3();
            }
            default -> throw new IllegalStateException("chartcoder.s3.encryption must be client or kms");
        }
    }

    /**
     * {@code h2}: an AES-encrypted embedded file, by default {@code <data-dir>/index/charts} with
     * its key in {@code <data-dir>/index.key} (created on first use); {@code dynamodb}: a DynamoDB
     * table with SSE-KMS, created when absent.
     */
    public static ChartIndex chartIndex(java.util.function.Function<String, String> lookup) throws Exception {
        java.util.function.Function<String, java.util.Optional<String>> value =
                key -> java.util.Optional.ofNullable(lookup.apply(key)).map(String::trim).filter(v -> !v.isEmpty());
        String store = value.apply("chartcoder.index.store").orElseThrow(() -> new IllegalStateException("missing configuration chartcoder.index.store"));
        switch (store) {
            case "h2" -> {
                Path dataDir = EngineConfiguration.dataDirectory(lookup).toAbsolutePath();
                Path file = value.apply("chartcoder.index.file").map(Path::of).orElse(dataDir.resolve("index").resolve("charts"));
                Path keyFile = value.apply("chartcoder.index.keyFile").map(Path::of).orElse(new LocalSecrets(dataDir).indexKey());
                return H2ChartIndex.open(file, Files.readString(keyFile, StandardCharsets.US_ASCII).trim());
            }
            case "dynamodb" -> {
                String kmsKey = value.apply("chartcoder.index.kmsKeyId").or(() -> value.apply("chartcoder.s3.kmsKeyId")).orElse(null);
                return DynamoChartIndex.open(new AwsClients(lookup).dynamoDb(),
                        value.apply("chartcoder.index.table")
                        .orElseThrow(() -> new IllegalStateException("missing configuration chartcoder.index.table")), kmsKey);
            }
            default -> throw new IllegalStateException("chartcoder.index.store must be h2, dynamodb or none");
        }
    }

    static CodingEngine codingEngine(PropertiesComponent properties) {
        long started = System.nanoTime();
        CodingEngine engine = CodingEngines.create(EngineConfiguration.engineSettings(key -> optional(properties, key).orElse(null)));
        LOG.info("Coding engine {} with code set {} loaded in {} ms", engine.modelVersion(), engine.codeSetVersion(),
                (System.nanoTime() - started) / 1_000_000);
        return engine;
    }

    private static AwsClients awsClients(PropertiesComponent properties) {
        return new AwsClients(key -> optional(properties, key).orElse(null));
    }

    private static java.util.Optional<String> optional(PropertiesComponent properties, String key) {
        return properties.resolveProperty(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static String required(PropertiesComponent properties, String key) {
        return optional(properties, key).orElseThrow(() -> new IllegalStateException("missing configuration " + key));
    }
}
