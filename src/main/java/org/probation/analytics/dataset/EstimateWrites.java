package org.probation.analytics.dataset;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.probation.analytics.base.SqlScripts;
import org.probation.analytics.db.tables.records.ResultRecord;

/**
 * The estimates and flags of one {@link DenominatorEstimation}, written at its end: appended to
 * temporary tables by DuckDB's appender, then applied by one statement each
 * ({@code sql/125_estimates.sql}); a statement per row cost a millisecond or more each.
 */
final class EstimateWrites {

    private static final Map<String, String> SQL = SqlScripts.namedStatements("125_estimates.sql");

    private record Estimate(ResultRecord result, String kind, int yes, int n, String basis, boolean unique) {}

    private record Flag(ResultRecord result, String rule, String reason) {}

    private final List<Estimate> estimates = new ArrayList<>();
    private final List<Flag> flags = new ArrayList<>();

    /** The count behind a result (its denominator stated, or estimated too), how it was found, and whether it is the only one. */
    void estimate(ResultRecord r, int[] count, String basis, boolean unique) {
        estimates.add(new Estimate(r, r.getDenominator() != null ? "stated" : "estimated", count[0], count[1], basis, unique));
    }

    void flag(ResultRecord r, String rule, String reason) {
        flags.add(new Flag(r, rule, reason));
    }

    void write(DuckDBConnection conn) throws SQLException {
        if (estimates.isEmpty() && flags.isEmpty()) {
            return;
        }
        execute(conn, SQL.get("create"));
        try (DuckDBAppender app = conn.createAppender("temp", "main", "stg_estimate")) {
            for (Estimate e : estimates) {
                ResultRecord r = e.result();
                app.beginRow().append(r.getInspectionId()).append(r.getItemCode()).append(r.getSubsample())
                        .append(r.getSourceSection()).append(e.kind()).append(e.yes()).append(e.n()).append(e.basis())
                        .append(e.unique()).endRow();
            }
        }
        try (DuckDBAppender app = conn.createAppender("temp", "main", "stg_estimate_flag")) {
            for (Flag f : flags) {
                ResultRecord r = f.result();
                app.beginRow().append(r.getInspectionId()).append(f.rule()).append(r.getItemCode()).append(r.getSubsample())
                        .append(f.reason()).append(r.getSourceFile());
                (r.getSourceLine() == null ? app.appendNull() : app.append(r.getSourceLine().intValue())).endRow();
            }
        }
        execute(conn, SQL.get("apply"));
        execute(conn, SQL.get("drop"));
    }

    private static void execute(DuckDBConnection conn, String script) throws SQLException {
        try (Statement st = conn.createStatement()) {
            for (String sql : SqlScripts.split(script)) {
                st.execute(sql);
            }
        }
    }
}
