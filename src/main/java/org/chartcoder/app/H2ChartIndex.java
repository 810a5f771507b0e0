package org.chartcoder.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The query index of local mode: an embedded H2 database in one file under the data directory,
 * encrypted with AES (the file password lives beside it, owner-only), so it needs no server.
 * {@code AUTO_SERVER} lets the worker processes that local mode starts open the same file: the
 * first process serves it to the others over loopback. Counters are updated in the same
 * transaction that moves a chunk out of {@code queued}, so they stay exact under redelivery.
 */
public final class H2ChartIndex implements ChartIndex {

    private final JdbcConnectionPool pool;

    private H2ChartIndex(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /** Opens (creating if needed) the index in {@code file}.mv.db, encrypted with the file password. */
    public static H2ChartIndex open(Path file, String filePassword) {
        String url = "jdbc:h2:file:" + file.toAbsolutePath() + ";CIPHER=AES;AUTO_SERVER=TRUE;LOCK_TIMEOUT=30000";
        // H2 takes "<file password> <user password>"; the user password guards nothing the file key does not
        H2ChartIndex index = new H2ChartIndex(JdbcConnectionPool.create(url, "chartcoder", filePassword + " chartcoder"));
        index.createSchema();
        return index;
    }

    private void createSchema() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS batches (batch_id VARCHAR(128) PRIMARY KEY, total BIGINT NOT NULL,"
                    + " coded BIGINT NOT NULL, failed BIGINT NOT NULL, dead BIGINT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS chunks (batch_id VARCHAR(128), chunk_id VARCHAR(128),"
                    + " state VARCHAR(16) NOT NULL, PRIMARY KEY (batch_id, chunk_id))");
            s.execute("CREATE TABLE IF NOT EXISTS charts (batch_id VARCHAR(128), chart_id VARCHAR(128),"
                    + " chunk_id VARCHAR(128) NOT NULL, status VARCHAR(16) NOT NULL, reason VARCHAR(32),"
                    + " submitted BIGINT NOT NULL, PRIMARY KEY (batch_id, chart_id))");
            s.execute("CREATE INDEX IF NOT EXISTS charts_by_id ON charts (chart_id, submitted)");
            // named so that batch listings can insist on it: with a range on chart_id the planner
            // would otherwise walk charts_by_id across every batch. List queries order by the whole
            // index prefix (equal columns included): only then does H2 read the index in order and
            // stop at the page's end instead of sorting every match (seconds at a million charts)
            s.execute("CREATE INDEX IF NOT EXISTS charts_by_batch ON charts (batch_id, chart_id)");
            s.execute("CREATE TABLE IF NOT EXISTS codes (code VARCHAR(16), batch_id VARCHAR(128), chart_id VARCHAR(128),"
                    + " PRIMARY KEY (code, batch_id, chart_id))");
            s.execute("CREATE TABLE IF NOT EXISTS intake_claims (claim_key VARCHAR(128) PRIMARY KEY,"
                    + " batch_id VARCHAR(128) NOT NULL, request_sha256 VARCHAR(64) NOT NULL, stored BOOLEAN NOT NULL)");
        } catch (SQLException e) {
            throw failure("creating the index schema", e);
        }
    }

    @Override
    public IntakeClaim claimIntake(String key, String batchId, String requestSha256) {
        try (Connection c = pool.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO intake_claims VALUES (?, ?, ?, FALSE)")) {
            insert.setString(1, key);
            insert.setString(2, batchId);
            insert.setString(3, requestSha256);
            insert.executeUpdate();
            return new IntakeClaim(key, batchId, requestSha256, false);
        } catch (SQLException e) {
            // 23505: the key is bound already (an earlier request, or a racing retry): that binding holds
            if (!"23505".equals(e.getSQLState())) {
                throw failure("claiming an idempotency key", e);
            }
        }
        return query("SELECT claim_key, batch_id, request_sha256, stored FROM intake_claims WHERE claim_key = ?", List.of(key),
                rs -> new IntakeClaim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .stream().findFirst().orElseThrow(() -> new IllegalStateException("idempotency key bound and not found"));
    }

    @Override
    public void intakeStored(String key) {
        inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE intake_claims SET stored = TRUE WHERE claim_key = ?")) {
                update.setString(1, key);
                update.executeUpdate();
            }
        });
    }

    @Override
    public void submitted(String batchId, String chunkId, List<String> chartIds) {
        inTransaction(c -> {
            if (chunkState(c, batchId, chunkId).isPresent()) {
                return;
            }
            insertChunk(c, batchId, chunkId, QUEUED);
            addToBatch(c, batchId, chartIds.size(), 0, 0, 0);
            insertCharts(c, batchId, chunkId, chartIds, QUEUED);
        });
    }

    /** Plain inserts: the chunk was absent, so its charts are new (chart ids are unique in a batch). */
    private static void insertCharts(Connection c, String batchId, String chunkId, List<String> chartIds, String status)
            throws SQLException {
        long now = System.currentTimeMillis();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO charts VALUES (?, ?, ?, ?, NULL, ?)")) {
            for (String chartId : chartIds) {
                insert.setString(1, batchId);
                insert.setString(2, chartId);
                insert.setString(3, chunkId);
                insert.setString(4, status);
                insert.setLong(5, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public void finished(String batchId, String chunkId, List<Outcome> outcomes) {
        inTransaction(c -> {
            Optional<String> state = chunkState(c, batchId, chunkId);
            if (state.isPresent() && !state.get().equals(QUEUED)) {
                return;
            }
            String done = outcomes.stream().allMatch(o -> o.status().equals(DEAD_LETTERED)) ? DEAD_LETTERED : "done";
            if (state.isEmpty()) {
                // a job whose chunk intake never indexed (a stray or hand-made job): its charts count from now
                insertChunk(c, batchId, chunkId, done);
            } else {
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE chunks SET state = ? WHERE batch_id = ? AND chunk_id = ?")) {
                    update.setString(1, done);
                    update.setString(2, batchId);
                    update.setString(3, chunkId);
                    update.executeUpdate();
                }
            }
            long coded = outcomes.stream().filter(o -> o.status().equals(CODED)).count();
            long failed = outcomes.stream().filter(o -> o.status().equals(FAILED)).count();
            long dead = outcomes.stream().filter(o -> o.status().equals(DEAD_LETTERED)).count();
            addToBatch(c, batchId, state.isEmpty() ? outcomes.size() : 0, coded, failed, dead);
            if (state.isEmpty()) {
                insertCharts(c, batchId, chunkId, outcomes.stream().map(Outcome::chartId).toList(), done);
            }
            // the chunk left "queued" in this transaction, once: its outcomes and postings are new
            try (PreparedStatement chart = c.prepareStatement(
                    "UPDATE charts SET status = ?, reason = ? WHERE batch_id = ? AND chart_id = ?");
                 PreparedStatement code = c.prepareStatement("INSERT INTO codes VALUES (?, ?, ?)")) {
                for (Outcome outcome : outcomes) {
                    chart.setString(1, outcome.status());
                    chart.setString(2, outcome.reason());
                    chart.setString(3, batchId);
                    chart.setString(4, outcome.chartId());
                    chart.addBatch();
                    for (String normalised : outcome.codes()) {
                        code.setString(1, normalised);
                        code.setString(2, batchId);
                        code.setString(3, outcome.chartId());
                        code.addBatch();
                    }
                }
                chart.executeBatch();
                code.executeBatch();
            }
        });
    }

    @Override
    public boolean isFinished(String batchId, String chunkId) {
        try (Connection c = pool.getConnection()) {
            return chunkState(c, batchId, chunkId).filter(state -> !state.equals(QUEUED)).isPresent();
        } catch (SQLException e) {
            throw failure("reading a chunk", e);
        }
    }

    @Override
    public Optional<ChartEntry> chart(String chartId) {
        List<ChartEntry> found = query("SELECT chart_id, batch_id, chunk_id, status, reason FROM charts WHERE chart_id = ?"
                + " ORDER BY submitted DESC, batch_id DESC LIMIT 1", List.of(chartId), H2ChartIndex::entry);
        return found.stream().findFirst();
    }

    @Override
    public Optional<ChartRecords.BatchStatus> batch(String batchId) {
        return query("SELECT batch_id, total, coded, failed, dead FROM batches WHERE batch_id = ?", List.of(batchId),
                rs -> ChartRecords.BatchStatus.of(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .stream().findFirst();
    }

    @Override
    public Page<ChartEntry> batchCharts(String batchId, String status, int limit, String nextToken) {
        String after = nextToken == null ? "" : PageTokens.decode(nextToken, 1).get(0);
        List<Object> args = new ArrayList<>(List.of(batchId, after));
        String statusClause = "";
        if (status != null) {
            statusClause = " AND status = ?";
            args.add(status);
        }
        args.add(limit + 1);
        List<ChartEntry> rows = query("SELECT chart_id, batch_id, chunk_id, status, reason FROM charts USE INDEX (charts_by_batch)"
                + " WHERE batch_id = ? AND chart_id > ?" + statusClause + " ORDER BY batch_id, chart_id LIMIT ?", args, H2ChartIndex::entry);
        return page(rows, limit, last -> PageTokens.encode(last.chartId()));
    }

    @Override
    public Page<ChartEntry> chartsWithCode(String code, int limit, String nextToken) {
        List<String> after = nextToken == null ? List.of("", "") : PageTokens.decode(nextToken, 2);
        List<ChartEntry> rows = query("SELECT c.chart_id, c.batch_id, c.chunk_id, c.status, c.reason FROM codes k"
                        + " JOIN charts c ON c.batch_id = k.batch_id AND c.chart_id = k.chart_id"
                        + " WHERE k.code = ? AND (k.batch_id, k.chart_id) > (?, ?)"
                        + " ORDER BY k.code, k.batch_id, k.chart_id LIMIT ?",
                List.of(ChartCodes.normalise(code), after.get(0), after.get(1), limit + 1), H2ChartIndex::entry);
        return page(rows, limit, last -> PageTokens.encode(last.batchId(), last.chartId()));
    }

    @Override
    public Page<String> batches(int limit, String nextToken) {
        String after = nextToken == null ? "" : PageTokens.decode(nextToken, 1).get(0);
        List<String> rows = query("SELECT batch_id FROM batches WHERE batch_id > ? ORDER BY batch_id LIMIT ?",
                List.of(after, limit + 1), rs -> rs.getString(1));
        return page(rows, limit, PageTokens::encode);
    }

    @Override
    public void close() {
        pool.dispose();
    }

    private static <T> Page<T> page(List<T> rows, int limit, java.util.function.Function<T, String> token) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(List.copyOf(items), token.apply(items.get(limit - 1)));
    }

    private static ChartEntry entry(ResultSet rs) throws SQLException {
        return new ChartEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    private static Optional<String> chunkState(Connection c, String batchId, String chunkId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT state FROM chunks WHERE batch_id = ? AND chunk_id = ? FOR UPDATE")) {
            select.setString(1, batchId);
            select.setString(2, chunkId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void insertChunk(Connection c, String batchId, String chunkId, String state) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO chunks VALUES (?, ?, ?)")) {
            insert.setString(1, batchId);
            insert.setString(2, chunkId);
            insert.setString(3, state);
            insert.executeUpdate();
        }
    }

    private static void addToBatch(Connection c, String batchId, long total, long coded, long failed, long dead)
            throws SQLException {
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO batches b USING (VALUES (?)) v(id) ON b.batch_id = v.id"
                + " WHEN MATCHED THEN UPDATE SET total = total + ?, coded = coded + ?, failed = failed + ?, dead = dead + ?"
                + " WHEN NOT MATCHED THEN INSERT VALUES (v.id, ?, ?, ?, ?)")) {
            merge.setString(1, batchId);
            long[] values = {total, coded, failed, dead};
            for (int i = 0; i < 4; i++) {
                merge.setLong(2 + i, values[i]);
                merge.setLong(6 + i, values[i]);
            }
            merge.executeUpdate();
        }
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs the work in one transaction; a duplicate insert by a concurrent writer is retried once, then seen as done. */
    private void inTransaction(Work work) {
        for (int attempt = 0; ; attempt++) {
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                try {
                    work.run(c);
                    c.commit();
                    return;
                } catch (SQLException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                // 23505: another writer inserted the same chunk first; the retry sees its row
                if (attempt == 0 && "23505".equals(e.getSQLState())) {
                    continue;
                }
                throw failure("writing the index", e);
            }
        }
    }

    private <T> List<T> query(String sql, List<?> args, Row<T> row) {
        try (Connection c = pool.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                select.setObject(i + 1, args.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failure("reading the index", e);
        }
    }

    /** SQL exceptions may quote values: only the state and the step are kept. */
    private static IllegalStateException failure(String step, SQLException e) {
        return new IllegalStateException(step + " failed (SQL state " + e.getSQLState() + ")");
    }
}
