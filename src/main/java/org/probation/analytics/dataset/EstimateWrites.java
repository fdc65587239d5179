package org.probation.analytics.dataset;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.probation.analytics.base.CountKind;
import org.probation.analytics.base.SqlScripts;
import org.probation.analytics.db.tables.records.ResultRecord;

/**
 * The estimates and flags of one {@link DenominatorEstimation}, written at its end: appended to
 * temporary tables by DuckDB's appender, then applied by one statement each
 * ({@code sql/125_estimates.sql}); a statement per row cost a millisecond or more each.
 */
final class EstimateWrites {

    private static final Map<String, String> SQL = SqlScripts.namedStatements("125_estimates.sql");

    private record Estimate(
            ResultRecord result,
            CountKind kind,
            int yes,
            int n,
            String basis,
            int solutions,
            String readings,
            boolean joint,
            int[] low,
            int[] high) {}

    private record Flag(
            String inspectionId,
            String rule,
            String item,
            String subsample,
            String reason,
            String sourceFile,
            Integer sourceLine) {}

    private final List<Estimate> estimates = new ArrayList<>();
    private final List<Flag> flags = new ArrayList<>();

    /**
     * The count behind a result (its denominator stated, or estimated too), how it was found, and
     * every consistent count: in solution order, so that the members of one split pair up by
     * position ({@code joint}), with the readings of lowest and highest rate.
     */
    void estimate(ResultRecord r, int[] count, String basis, List<int[]> readings, boolean joint) {
        int[] low = readings.getFirst();
        int[] high = readings.getFirst();
        for (int[] c : readings) {
            low = (long) c[0] * low[1] < (long) low[0] * c[1] ? c : low;
            high = (long) c[0] * high[1] > (long) high[0] * c[1] ? c : high;
        }
        String list = readings.size() == 1
                ? null
                : readings.stream().map(c -> c[0] + "/" + c[1]).collect(java.util.stream.Collectors.joining(" "));
        estimates.add(new Estimate(
                r,
                r.getDenominator() != null ? CountKind.STATED : CountKind.ESTIMATED,
                count[0],
                count[1],
                basis,
                readings.size(),
                list,
                joint && readings.size() > 1,
                low,
                high));
    }

    void flag(ResultRecord r, String rule, String reason) {
        flags.add(new Flag(
                r.getInspectionId(),
                rule,
                r.getItemCode(),
                r.getSubsample(),
                reason,
                r.getSourceFile(),
                r.getSourceLine()));
    }

    /** A flag on something other than a result (a sample's reading). */
    void flag(
            String inspectionId,
            String rule,
            String item,
            String subsample,
            String reason,
            String sourceFile,
            Integer sourceLine) {
        flags.add(new Flag(inspectionId, rule, item, subsample, reason, sourceFile, sourceLine));
    }

    void write(DuckDBConnection conn) throws SQLException {
        if (estimates.isEmpty() && flags.isEmpty()) {
            return;
        }
        execute(conn, SQL.get("create"));
        try (DuckDBAppender app = conn.createAppender("temp", "main", "stg_estimate")) {
            for (Estimate e : estimates) {
                ResultRecord r = e.result();
                app.beginRow()
                        .append(r.getInspectionId())
                        .append(r.getItemCode())
                        .append(r.getSubsample())
                        .append(r.getSourceSection())
                        .append(e.kind().code())
                        .append(e.yes())
                        .append(e.n())
                        .append(e.basis())
                        .append(e.solutions() == 1)
                        .append(e.solutions());
                (e.readings() == null ? app.appendNull() : app.append(e.readings()))
                        .append(e.joint())
                        .append(e.low()[0])
                        .append(e.low()[1])
                        .append(e.high()[0])
                        .append(e.high()[1])
                        .endRow();
            }
        }
        try (DuckDBAppender app = conn.createAppender("temp", "main", "stg_estimate_flag")) {
            for (Flag f : flags) {
                app.beginRow().append(f.inspectionId()).append(f.rule()).append(f.item());
                (f.subsample() == null ? app.appendNull() : app.append(f.subsample()))
                        .append(f.reason())
                        .append(f.sourceFile());
                (f.sourceLine() == null
                                ? app.appendNull()
                                : app.append(f.sourceLine().intValue()))
                        .endRow();
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
