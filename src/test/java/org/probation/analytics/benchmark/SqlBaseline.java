package org.probation.analytics.benchmark;

import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.probation.analytics.base.SqlScripts;

/** The hand-written DuckDB query computing every comparison's figures in one statement. */
final class SqlBaseline {

    /** Normal quantile of a two-sided 90% interval, as the app uses. */
    static final String Z90 = "1.6448536269514722";

    private final DSLContext dsl;
    private final String sql;

    SqlBaseline(DSLContext dsl) {
        this.dsl = dsl;
        this.sql = SqlScripts.bind(
                SqlScripts.namedStatements("benchmark/all_comparisons.sql").get("all_comparisons"), Map.of("z", Z90));
    }

    Result<Record> run() {
        return dsl.fetch(sql);
    }
}
