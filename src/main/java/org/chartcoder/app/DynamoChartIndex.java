package org.chartcoder.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.SSESpecification;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The query index on AWS: one DynamoDB table (pay per request, so nothing is paid while idle;
 * SSE-KMS at rest), keys {@code pk}/{@code sk}:
 * <ul>
 * <li>{@code batch#{b}} / {@code #counts}: the batch's counters;</li>
 * <li>{@code batch#{b}} / {@code chunk#{c}}: a chunk's state, chart ids and outcomes;</li>
 * <li>{@code chart#{id}} / {@code {b}}: where a chart is, one item per batch that submitted it;</li>
 * <li>{@code code#{code}} / {@code {b}#{c}}: the charts of one chunk coded with the code;</li>
 * <li>{@code batches} / {@code {b}}: the batch list;</li>
 * <li>{@code intake#{key}} / {@code #claim}: the batch a client's Idempotency-Key created.</li>
 * </ul>
 * Outcomes and postings live per chunk, so writes are a few per chart. A chunk moves out of
 * {@code queued} and the counters move in one transaction conditioned on its state, so a
 * redelivered chunk never counts twice; the idempotent items a transaction relies on (chart items,
 * postings) are written before it.
 */
public final class DynamoChartIndex implements ChartIndex {

    private static final String COUNTS = "#counts";
    private static final String CLAIM = "#claim";
    private static final int BATCH_WRITE = 25;

    private final DynamoDbClient dynamo;
    private final String table;

    private DynamoChartIndex(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Uses the table, creating it (on demand, SSE-KMS with the key, or the AWS managed key when null) if absent. */
    public static DynamoChartIndex open(DynamoDbClient dynamo, String table, String kmsKeyId) {
        try {
            dynamo.describeTable(b -> b.tableName(table));
        } catch (ResourceNotFoundException e) {
            create(dynamo, table, kmsKeyId);
        }
        return new DynamoChartIndex(dynamo, table);
    }

    /** The table as it is, unchecked: for a reader (the query function) of a table that Ansible provisioned. */
    public static DynamoChartIndex existing(DynamoDbClient dynamo, String table) {
        return new DynamoChartIndex(dynamo, table);
    }

    /** Several processes may start at once: a table another one is creating is waited for, not created twice. */
    private static void create(DynamoDbClient dynamo, String table, String kmsKeyId) {
        try {
            SSESpecification.Builder sse = SSESpecification.builder().enabled(true).sseType(SSEType.KMS);
            if (kmsKeyId != null) {
                sse.kmsMasterKeyId(kmsKeyId);
            }
            dynamo.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                            AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                            KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
                    .sseSpecification(sse.build()));
        } catch (ResourceInUseException e) {
            // created meanwhile by another process
        }
        dynamo.waiter().waitUntilTableExists(b -> b.tableName(table));
    }

    @Override
    public IntakeClaim claimIntake(String key, String batchId, String requestSha256) {
        Map<String, AttributeValue> claim = new HashMap<>(key("intake#" + key, CLAIM));
        claim.put("batchId", s(batchId));
        claim.put("requestSha256", s(requestSha256));
        claim.put("stored", AttributeValue.fromBool(false));
        try {
            dynamo.putItem(p -> p.tableName(table).item(claim).conditionExpression("attribute_not_exists(pk)"));
            return new IntakeClaim(key, batchId, requestSha256, false);
        } catch (ConditionalCheckFailedException e) {
            // bound already (an earlier request, or a racing retry): that binding holds
        }
        Map<String, AttributeValue> bound = dynamo.getItem(g -> g.tableName(table).key(key("intake#" + key, CLAIM))
                .consistentRead(true)).item();
        return new IntakeClaim(key, bound.get("batchId").s(), bound.get("requestSha256").s(), bound.get("stored").bool());
    }

    @Override
    public void intakeStored(String key) {
        dynamo.updateItem(u -> u.tableName(table).key(key("intake#" + key, CLAIM)).updateExpression("SET #s = :t")
                .expressionAttributeNames(Map.of("#s", "stored")).expressionAttributeValues(Map.of(":t", AttributeValue.fromBool(true))));
    }

    @Override
    public void submitted(String batchId, String chunkId, List<String> chartIds) {
        if (chunk(batchId, chunkId).isPresent()) {
            return;
        }
        long now = System.currentTimeMillis();
        List<Map<String, AttributeValue>> charts = new ArrayList<>();
        for (String chartId : chartIds) {
            charts.add(Map.of("pk", s("chart#" + chartId), "sk", s(batchId), "chunkId", s(chunkId), "submitted", n(now)));
        }
        putAll(charts);
        Map<String, AttributeValue> chunk = new HashMap<>(key("batch#" + batchId, "chunk#" + chunkId));
        chunk.put("state", s(QUEUED));
        chunk.put("charts", AttributeValue.fromL(chartIds.stream().map(DynamoChartIndex::s).toList()));
        transact(List.of(
                TransactWriteItem.builder().put(p -> p.tableName(table).item(chunk)
                        .conditionExpression("attribute_not_exists(pk)")).build(),
                counters(batchId, chartIds.size(), 0, 0, 0),
                TransactWriteItem.builder().put(p -> p.tableName(table).item(key("batches", batchId))).build()));
    }

    @Override
    public void finished(String batchId, String chunkId, List<Outcome> outcomes) {
        Optional<Map<String, AttributeValue>> existing = chunk(batchId, chunkId);
        if (existing.isPresent() && !existing.get().get("state").s().equals(QUEUED)) {
            return;
        }
        Map<String, List<String>> byCode = new TreeMap<>();
        Map<String, AttributeValue> results = new LinkedHashMap<>();
        long coded = 0;
        long failed = 0;
        long dead = 0;
        for (Outcome outcome : outcomes) {
            results.put(outcome.chartId(), s(outcome.reason() == null ? outcome.status() : outcome.status() + ":" + outcome.reason()));
            outcome.codes().forEach(code -> byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(outcome.chartId()));
            switch (outcome.status()) {
                case CODED -> coded++;
                case FAILED -> failed++;
                default -> dead++;
            }
        }
        List<Map<String, AttributeValue>> postings = new ArrayList<>();
        byCode.forEach((code, charts) -> postings.add(Map.of("pk", s("code#" + code), "sk", s(batchId + "#" + chunkId),
                "charts", AttributeValue.fromL(charts.stream().map(DynamoChartIndex::s).toList()))));
        putAll(postings);
        String state = dead == outcomes.size() ? DEAD_LETTERED : "done";
        Map<String, AttributeValue> chunk = new HashMap<>(key("batch#" + batchId, "chunk#" + chunkId));
        chunk.put("state", s(state));
        chunk.put("charts", AttributeValue.fromL(outcomes.stream().map(o -> s(o.chartId())).toList()));
        chunk.put("outcomes", AttributeValue.fromM(results));
        List<TransactWriteItem> writes = new ArrayList<>();
        if (existing.isPresent()) {
            writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(chunk)
                    .conditionExpression("#state = :queued").expressionAttributeNames(Map.of("#state", "state"))
                    .expressionAttributeValues(Map.of(":queued", s(QUEUED)))).build());
            writes.add(counters(batchId, 0, coded, failed, dead));
        } else {
            // a job whose chunk intake never indexed (a stray or hand-made job): its charts count from now
            long now = System.currentTimeMillis();
            putAll(outcomes.stream().map(o -> Map.of("pk", s("chart#" + o.chartId()), "sk", s(batchId),
                    "chunkId", s(chunkId), "submitted", n(now))).toList());
            writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(chunk)
                    .conditionExpression("attribute_not_exists(pk)")).build());
            writes.add(counters(batchId, outcomes.size(), coded, failed, dead));
            writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(key("batches", batchId))).build());
        }
        transact(writes);
    }

    @Override
    public boolean isFinished(String batchId, String chunkId) {
        return chunk(batchId, chunkId).filter(item -> !item.get("state").s().equals(QUEUED)).isPresent();
    }

    @Override
    public Optional<ChartEntry> chart(String chartId) {
        QueryResponse found = dynamo.query(q -> q.tableName(table).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s("chart#" + chartId))).consistentRead(true));
        return found.items().stream()
                .max(Comparator.comparing((Map<String, AttributeValue> item) -> Long.parseLong(item.get("submitted").n()))
                        .thenComparing(item -> item.get("sk").s()))
                .flatMap(item -> {
                    String batchId = item.get("sk").s();
                    String chunkId = item.get("chunkId").s();
                    return chunk(batchId, chunkId).map(chunk -> entry(chartId, batchId, chunkId, chunk));
                });
    }

    @Override
    public Optional<ChartRecords.BatchStatus> batch(String batchId) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table).key(key("batch#" + batchId, COUNTS))
                .consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ChartRecords.BatchStatus.of(batchId, number(item, "total"), number(item, "coded"),
                number(item, "failed"), number(item, "dead")));
    }

    @Override
    public Page<ChartEntry> batchCharts(String batchId, String status, int limit, String nextToken) {
        List<String> after = nextToken == null ? List.of("", "-1") : PageTokens.decode(nextToken, 2);
        Cursor cursor = new Cursor(limit, after.get(0), Integer.parseInt(after.get(1)));
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> exclusiveStart = start;
            QueryResponse page = dynamo.query(q -> q.tableName(table)
                    .keyConditionExpression("pk = :pk AND sk >= :from")
                    .expressionAttributeValues(Map.of(":pk", s("batch#" + batchId), ":from", s("chunk#" + after.get(0))))
                    .exclusiveStartKey(exclusiveStart).limit(50).consistentRead(true));
            for (Map<String, AttributeValue> chunk : page.items()) {
                String chunkId = chunk.get("sk").s().substring("chunk#".length());
                List<AttributeValue> charts = chunk.get("charts").l();
                for (int i = cursor.firstOf(chunkId); i < charts.size(); i++) {
                    ChartEntry entry = entry(charts.get(i).s(), batchId, chunkId, chunk);
                    if ((status == null || status.equals(entry.status())) && !cursor.add(entry, chunkId, i)) {
                        return cursor.page();
                    }
                }
            }
            start = page.lastEvaluatedKey();
        } while (start != null && !start.isEmpty());
        return cursor.last();
    }

    @Override
    public Page<ChartEntry> chartsWithCode(String code, int limit, String nextToken) {
        List<String> after = nextToken == null ? List.of("", "-1") : PageTokens.decode(nextToken, 2);
        Cursor cursor = new Cursor(limit, after.get(0), Integer.parseInt(after.get(1)));
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> exclusiveStart = start;
            // the first page starts at the partition's start: DynamoDB refuses an empty sort key bound
            boolean first = after.get(0).isEmpty();
            QueryResponse page = dynamo.query(q -> q.tableName(table)
                    .keyConditionExpression(first ? "pk = :pk" : "pk = :pk AND sk >= :from")
                    .expressionAttributeValues(first ? Map.of(":pk", s("code#" + code))
                            : Map.of(":pk", s("code#" + code), ":from", s(after.get(0))))
                    .exclusiveStartKey(exclusiveStart).limit(100));
            for (Map<String, AttributeValue> posting : page.items()) {
                String position = posting.get("sk").s();
                int hash = position.lastIndexOf('#');
                List<AttributeValue> charts = posting.get("charts").l();
                for (int i = cursor.firstOf(position); i < charts.size(); i++) {
                    ChartEntry entry = new ChartEntry(charts.get(i).s(), position.substring(0, hash),
                            position.substring(hash + 1), CODED, null);
                    if (!cursor.add(entry, position, i)) {
                        return cursor.page();
                    }
                }
            }
            start = page.lastEvaluatedKey();
        } while (start != null && !start.isEmpty());
        return cursor.last();
    }

    @Override
    public Page<String> batches(int limit, String nextToken) {
        Map<String, AttributeValue> start = nextToken == null ? null : key("batches", PageTokens.decode(nextToken, 1).get(0));
        QueryResponse page = dynamo.query(q -> q.tableName(table).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s("batches"))).exclusiveStartKey(start).limit(limit));
        List<String> ids = page.items().stream().map(item -> item.get("sk").s()).toList();
        boolean more = page.lastEvaluatedKey() != null && !page.lastEvaluatedKey().isEmpty();
        return new Page<>(ids, more ? PageTokens.encode(ids.get(ids.size() - 1)) : null);
    }

    @Override
    public void close() {
        dynamo.close();
    }

    /**
     * Collects a page of items that live inside list attributes of several DynamoDB items; the
     * token is the position (item sort key, index in its list) of the page's last entry.
     */
    private static final class Cursor {

        private final int limit;
        private final String afterItem;
        private final int afterIndex;
        private final List<ChartEntry> entries = new ArrayList<>();
        private String lastItem;
        private int lastIndex;

        Cursor(int limit, String afterItem, int afterIndex) {
            this.limit = limit;
            this.afterItem = afterItem;
            this.afterIndex = afterIndex;
        }

        int firstOf(String item) {
            return item.equals(afterItem) ? afterIndex + 1 : 0;
        }

        /** False when the page is already full: the entry belongs to the next page. */
        boolean add(ChartEntry entry, String item, int index) {
            if (entries.size() == limit) {
                return false;
            }
            entries.add(entry);
            lastItem = item;
            lastIndex = index;
            return true;
        }

        Page<ChartEntry> page() {
            return new Page<>(List.copyOf(entries), PageTokens.encode(lastItem, Integer.toString(lastIndex)));
        }

        Page<ChartEntry> last() {
            return new Page<>(List.copyOf(entries), null);
        }
    }

    private static ChartEntry entry(String chartId, String batchId, String chunkId, Map<String, AttributeValue> chunk) {
        AttributeValue outcome = chunk.containsKey("outcomes") ? chunk.get("outcomes").m().get(chartId) : null;
        if (outcome == null) {
            return new ChartEntry(chartId, batchId, chunkId, QUEUED, null);
        }
        String[] parts = outcome.s().split(":", 2);
        return new ChartEntry(chartId, batchId, chunkId, parts[0], parts.length > 1 ? parts[1] : null);
    }

    private Optional<Map<String, AttributeValue>> chunk(String batchId, String chunkId) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table)
                .key(key("batch#" + batchId, "chunk#" + chunkId)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    private TransactWriteItem counters(String batchId, long total, long coded, long failed, long dead) {
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(key("batch#" + batchId, COUNTS))
                .updateExpression("ADD #t :t, #c :c, #f :f, #d :d")
                .expressionAttributeNames(Map.of("#t", "total", "#c", "coded", "#f", "failed", "#d", "dead"))
                .expressionAttributeValues(Map.of(":t", n(total), ":c", n(coded), ":f", n(failed), ":d", n(dead)))).build();
    }

    /** A cancelled transaction means another writer moved the chunk first: its charts are counted once already. */
    private void transact(List<TransactWriteItem> writes) {
        try {
            dynamo.transactWriteItems(t -> t.transactItems(writes));
        } catch (TransactionCanceledException e) {
            boolean conditionOnly = e.cancellationReasons().stream()
                    .allMatch(r -> r.code() == null || r.code().equals("None") || r.code().equals("ConditionalCheckFailed"));
            if (!conditionOnly) {
                throw e;
            }
        }
    }

    /** Idempotent puts, 25 per request; unprocessed items are sent again. */
    private void putAll(List<Map<String, AttributeValue>> items) {
        for (int from = 0; from < items.size(); from += BATCH_WRITE) {
            List<WriteRequest> requests = items.subList(from, Math.min(items.size(), from + BATCH_WRITE)).stream()
                    .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build()).toList();
            Map<String, List<WriteRequest>> pending = Map.of(table, requests);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> sending = pending;
                pending = dynamo.batchWriteItem(b -> b.requestItems(sending)).unprocessedItems();
            }
        }
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", s(pk), "sk", s(sk));
    }

    private static long number(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? Long.parseLong(item.get(name).n()) : 0;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
