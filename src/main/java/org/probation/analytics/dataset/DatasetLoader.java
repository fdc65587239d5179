package org.probation.analytics.dataset;

import static org.probation.analytics.db.Tables.DATASET_LOAD;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.probation.analytics.base.SqlScripts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Loads {@code datasets/} into the database with DuckDB's CSV reader: stage, validate, publish,
 * all in one transaction, so a refused dataset leaves the database exactly as it was. A load of
 * files whose fingerprint is already recorded is skipped.
 */
@Service
public class DatasetLoader {

    private static final Logger log = LoggerFactory.getLogger(DatasetLoader.class);
    private static final Pattern CSV_LINE = Pattern.compile("CSV Error on Line: (\\d+)");

    private final DataSource dataSource;
    private final Map<String, String> staging = SqlScripts.namedStatements("100_load_staging.sql");
    private final String validation = SqlScripts.statementsOf("110_load_validate.sql").getFirst();
    private final List<String> publish = SqlScripts.statementsOf("12*_load_*.sql");
    private final List<String> checks = SqlScripts.statementsOf("13*_*.sql");

    DatasetLoader(DataSource dataSource) {
        this.dataSource = dataSource;
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
        long start = System.nanoTime();
        DatasetFiles files = DatasetFiles.find(dir, imports);
        String fingerprint = files.fingerprint();
        int fileCount = files.count();
        // Staging and validation touch only this connection's temporary tables; the database
        // changes in one transaction at publish. The raw DuckDB connection is used so that a
        // statement error (a malformed file) does not make the pool discard the connection.
        try (Connection pooled = dataSource.getConnection()) {
            Connection conn = pooled.unwrap(DuckDBConnection.class);
            var dsl = DSL.using(conn, SQLDialect.DUCKDB);
            // the files as the latest load read them: nothing to do
            String latest = dsl.select(DATASET_LOAD.FINGERPRINT).from(DATASET_LOAD)
                    .orderBy(DATASET_LOAD.LOADED_AT.desc()).limit(1).fetchOne(DATASET_LOAD.FINGERPRINT);
            if (fingerprint.equals(latest)) {
                log.info("Datasets in {} already loaded (fingerprint {}), nothing to do", dir, fingerprint);
                return new LoadReport(fingerprint, fileCount, 0, true, millisSince(start));
            }
            try {
                long rows = stageAndValidate(conn, files);
                conn.setAutoCommit(false);
                try (Statement st = conn.createStatement()) {
                    for (String sql : publish) {
                        st.execute(sql);
                    }
                    step.accept("during-load");
                    new DenominatorEstimation(dsl).run();
                    for (String sql : checks) {
                        st.execute(sql);
                    }
                    dsl.insertInto(DATASET_LOAD)
                            .set(DATASET_LOAD.FINGERPRINT, fingerprint)
                            .set(DATASET_LOAD.LOADED_AT, LocalDateTime.now())
                            .set(DATASET_LOAD.FILES, fileCount)
                            .set(DATASET_LOAD.ROWS_LOADED, rows)
                            .execute();
                    step.accept("before-commit");
                    conn.commit();
                } catch (RuntimeException | SQLException e) {
                    conn.rollback();
                    throw e;
                } finally {
                    conn.setAutoCommit(true);
                }
                log.info("Loaded {} rows from {} files in {}", rows, fileCount, dir);
                return new LoadReport(fingerprint, fileCount, rows, false, millisSince(start));
            } finally {
                try (Statement st = conn.createStatement()) {
                    for (String sql : SqlScripts.split(staging.get("drop-staging"))) {
                        st.execute(sql);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("dataset load failed: " + e.getMessage(), e);
        }
    }

    private long stageAndValidate(Connection conn, DatasetFiles files) throws SQLException {
        try (Statement st = conn.createStatement()) {
            for (String sql : SqlScripts.split(staging.get("create-staging"))) {
                st.execute(sql);
            }
        }
        List<DatasetProblem> problems = new ArrayList<>();
        long rows = 0;
        for (var entry : files.byKind().entrySet()) {
            String table = entry.getKey().stagingTable;
            List<String> expected = stagingColumns(conn, table);
            List<String> optional = entry.getKey().optionalColumns;
            if (!expected.subList(expected.size() - optional.size(), expected.size()).equals(optional)) {
                throw new IllegalStateException(table + " must end with its optional columns " + optional);
            }
            for (DatasetFiles.Source file : entry.getValue()) {
                String name = file.name();
                Map<String, String> args = Map.of("table", table, "file", name, "path", file.path().toString(),
                        "columnsPlusExtra", columnsStruct(expected, true));
                List<String> present = checkHeader(conn, args, name, expected, optional, problems);
                if (present != null) {
                    Map<String, String> stageArgs = new HashMap<>(args);
                    stageArgs.put("columns", columnsStruct(present, false));
                    rows += stage(conn, stageArgs, name, problems);
                }
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(validate(conn));
        }
        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
        return rows;
    }

    // A DuckDB statement is closed by its first error, so each step gets a statement of its own.
    private List<String> stagingColumns(Connection conn, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(SqlScripts.bind(staging.get("staging-columns"), Map.of("table", table)))) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        return columns;
    }

    /**
     * The file's columns if its header is the expected one, or the expected one without some of
     * its optional trailing columns; else null, with the problem added.
     */
    private List<String> checkHeader(Connection conn, Map<String, String> args, String name, List<String> expected,
            List<String> optional, List<DatasetProblem> problems) {
        List<String> actual = new ArrayList<>();
        boolean extraColumn;
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery(SqlScripts.bind(staging.get("header"), args))) {
            if (!rs.next()) {
                problems.add(new DatasetProblem(name, 1, null, "is empty: it needs at least its header line"));
                return null;
            }
            for (int i = 1; i <= expected.size(); i++) {
                String column = rs.getString(i);
                if (column != null) {
                    actual.add(column.strip());
                }
            }
            extraColumn = rs.getString(expected.size() + 1) != null;
        } catch (SQLException e) {
            problems.add(readProblem(name, e));
            return null;
        }
        String header = String.join(",", expected.subList(0, expected.size() - optional.size()))
                + optional.stream().map(c -> "[," + c + "]").collect(Collectors.joining());
        if (extraColumn) {
            problems.add(new DatasetProblem(name, 1, null, "more columns than expected; the header must be: " + header));
            return null;
        }
        for (int left = 0; left <= optional.size(); left++) {
            if (actual.equals(expected.subList(0, expected.size() - left))) {
                return actual;
            }
        }
        List<String> missing = expected.stream().filter(c -> !actual.contains(c) && !optional.contains(c)).toList();
        List<String> extra = actual.stream().filter(c -> !expected.contains(c)).toList();
        String reason = !missing.isEmpty() ? "missing column(s) " + String.join(", ", missing)
                : !extra.isEmpty() ? "unexpected column(s) " + String.join(", ", extra)
                : "columns out of order";
        problems.add(new DatasetProblem(name, 1, null, reason + "; the header must be: " + header));
        return null;
    }

    /** DuckDB's {@code columns} argument: every expected column as text (plus one to catch extras). */
    private static String columnsStruct(List<String> columns, boolean plusExtra) {
        List<String> all = new ArrayList<>(columns);
        if (plusExtra) {
            all.add("__extra");
        }
        return all.stream().map(c -> "'" + c + "': 'VARCHAR'").collect(Collectors.joining(", ", "{", "}"));
    }

    private long stage(Connection conn, Map<String, String> args, String name, List<DatasetProblem> problems) {
        try (Statement st = conn.createStatement()) {
            return st.executeLargeUpdate(SqlScripts.bind(staging.get("stage"), args));
        } catch (SQLException e) {
            problems.add(readProblem(name, e));
            return 0;
        }
    }

    private List<DatasetProblem> validate(Connection conn) throws SQLException {
        List<DatasetProblem> problems = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(validation)) {
            while (rs.next()) {
                problems.add(new DatasetProblem(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
            }
        }
        return problems;
    }

    /** DuckDB's reader names the line; keep its first lines of explanation, drop its hints. */
    private static DatasetProblem readProblem(String name, SQLException e) {
        String message = String.valueOf(e.getMessage());
        Matcher m = CSV_LINE.matcher(message);
        long line = m.find() ? Long.parseLong(m.group(1)) : 0;
        String reason = message.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .takeWhile(l -> !l.startsWith("Possible fixes") && !l.startsWith("file ="))
                .limit(4)
                .reduce((a, b) -> a + " | " + b)
                .orElse(message);
        return new DatasetProblem(name, line, null, "cannot be read: " + reason);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
