package org.probation.analytics.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Applies the idempotent DDL of {@code sql/0*.sql}: the app at start, the tests on their own databases. */
public final class Schema {

    private Schema() {}

    public static void apply(DataSource dataSource) {
        try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement()) {
            for (String sql : SqlScripts.statementsOf("0*.sql")) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot apply the schema in sql/: " + e.getMessage(), e);
        }
    }
}
