package org.probation.analytics.dataset;

import static org.probation.analytics.db.Tables.DATASET_LOAD;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.probation.analytics.base.DataVersion;
import org.probation.analytics.base.SqlScripts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Loads {@code datasets/} into the database with DuckDB's CSV reader: stage, validate, publish,
 * all in one transaction, so a refused dataset leaves the database exactly as it was. A load of
 * files whose fingerprint is already recorded is skipped.
 */
@Service
public class DatasetLoader {

    private static final Logger log = LoggerFactory.getLogger(DatasetLoader.class);

    private final DataSource dataSource;
    private final DataVersion version;
    private final String validation =
            SqlScripts.statementsOf("110_load_validate.sql").getFirst();
    private final List<String> publish = SqlScripts.statementsOf("12*_load_*.sql");
    private final List<String> checks = SqlScripts.statementsOf("13*_*.sql");

    /** A loader whose commits nothing else watches (a sandbox, a test's database). */
    DatasetLoader(DataSource dataSource) {
        this(dataSource, new DataVersion());
    }

    /** The app's loader: every commit bumps {@code version}, which drops the answers kept per load. */
    @Autowired
    DatasetLoader(DataSource dataSource, DataVersion version) {
        this.dataSource = dataSource;
        this.version = version;
    }

    /** Loads the datasets in {@code dir} unless exactly these files were loaded before. */
    public LoadReport load(Path dir) {
        return load(dir, null);
    }

    /**
     * Loads the datasets in {@code dir} and the imported inspections in {@code imports} (may be
     * null or absent), unless exactly these files were loaded before.
     */
    public LoadReport load(Path dir, Path imports) {
        return load(dir, imports, step -> {});
    }

    /**
     * As {@link #load(Path, Path)}, telling {@code step} when the transaction is half written
     * ({@code during-load}) and fully written but not committed ({@code before-commit}): the
     * points where the import crash test stops the process.
     */
    public synchronized LoadReport load(Path dir, Path imports, Consumer<String> step) {
        LoadSteps times = new LoadSteps();
        DatasetFiles files = DatasetFiles.find(dir, imports);
        String fingerprint = files.fingerprint();
        int fileCount = files.count();
        times.done("fingerprint");
        // Staging and validation touch only this connection's temporary tables; the database
        // changes in one transaction at publish. The raw DuckDB connection is used so that a
        // statement error (a malformed file) does not make the pool discard the connection.
        try (Connection pooled = dataSource.getConnection()) {
            DuckDBConnection conn = pooled.unwrap(DuckDBConnection.class);
            DSLContext dsl = DSL.using(conn, SQLDialect.DUCKDB);
            // the files as the latest load read them: nothing to do
            String latest = dsl.select(DATASET_LOAD.FINGERPRINT)
                    .from(DATASET_LOAD)
                    .orderBy(DATASET_LOAD.LOADED_AT.desc())
                    .limit(1)
                    .fetchOne(DATASET_LOAD.FINGERPRINT);
            times.done("skip check");
            if (fingerprint.equals(latest)) {
                log.info(
                        "Datasets in {} already loaded (fingerprint {}), nothing to do ({} ms: {})",
                        dir,
                        fingerprint,
                        times.totalMillis(),
                        times);
                return new LoadReport(fingerprint, fileCount, 0, true, times.totalMillis(), times.millis());
            }
            Staging staging = new Staging(conn);
            staging.create();
            long rows;
            try {
                rows = stageAndValidate(conn, staging, files, times);
                publish(conn, times, step);
                dsl.insertInto(DATASET_LOAD)
                        .set(DATASET_LOAD.FINGERPRINT, fingerprint)
                        .set(DATASET_LOAD.LOADED_AT, LocalDateTime.now())
                        .set(DATASET_LOAD.FILES, fileCount)
                        .set(DATASET_LOAD.ROWS_LOADED, rows)
                        .execute();
                step.accept("before-commit");
                conn.commit();
                version.bump();
                times.done("commit");
            } catch (RuntimeException | SQLException e) {
                if (!conn.getAutoCommit()) {
                    conn.rollback();
                }
                throw e;
            } finally {
                conn.setAutoCommit(true);
                staging.drop();
            }
            times.done("cleanup");
            log.info(
                    "Loaded {} rows from {} files in {} in {} ms ({})",
                    rows,
                    fileCount,
                    dir,
                    times.totalMillis(),
                    times);
            return new LoadReport(fingerprint, fileCount, rows, false, times.totalMillis(), times.millis());
        } catch (SQLException e) {
            throw new IllegalStateException("dataset load failed: " + e.getMessage(), e);
        }
    }

    private long stageAndValidate(Connection conn, Staging staging, DatasetFiles files, LoadSteps times)
            throws SQLException {
        List<DatasetProblem> problems = new ArrayList<>();
        long rows = staging.stage(files, problems);
        times.done("staging");
        if (problems.isEmpty()) {
            problems.addAll(validate(conn));
            times.done("validation");
        }
        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
        return rows;
    }

    /** Replaces the published data by the staged rows, estimates counts and runs the checks: the transaction begins here. */
    private void publish(DuckDBConnection conn, LoadSteps times, Consumer<String> step) throws SQLException {
        conn.setAutoCommit(false);
        try (Statement st = conn.createStatement()) {
            for (String sql : publish) {
                st.execute(sql);
            }
            times.done("publish");
            step.accept("during-load");
            new DenominatorEstimation(conn).run();
            times.done("estimation");
            for (String sql : checks) {
                st.execute(sql);
            }
            times.done("checks");
        }
    }

    private List<DatasetProblem> validate(Connection conn) throws SQLException {
        List<DatasetProblem> problems = new ArrayList<>();
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery(validation)) {
            while (rs.next()) {
                problems.add(new DatasetProblem(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
            }
        }
        return problems;
    }
}
