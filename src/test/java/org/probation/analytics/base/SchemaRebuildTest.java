package org.probation.analytics.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database file built by older schema files is rebuilt, views included; the same files leave it alone. */
class SchemaRebuildTest {

    @TempDir
    Path dir;

    @Test
    void a_database_whose_result_count_was_a_view_is_rebuilt_and_then_opened_again_unchanged() throws Exception {
        String url = "jdbc:duckdb:" + dir.resolve("old.duckdb");
        try (HikariDataSource old = dataSource(url);
                Connection c = old.getConnection();
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE schema_info (schema_hash VARCHAR)");
            st.execute("INSERT INTO schema_info VALUES ('an older schema')");
            st.execute("CREATE TABLE result (inspection_id VARCHAR)");
            st.execute("CREATE VIEW result_count AS SELECT inspection_id FROM result");
        }

        for (int start = 1; start <= 2; start++) {
            try (HikariDataSource ds = dataSource(url)) {
                Schema.apply(ds);
                try (Connection c = ds.getConnection();
                        Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery(
                                "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'result_count'")) {
                    rs.next();
                    assertThat(rs.getInt(1))
                            .as("result_count is a table after start " + start)
                            .isEqualTo(1);
                }
            }
        }
    }

    private static HikariDataSource dataSource(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(1);
        return new HikariDataSource(config);
    }
}
