package org.probation.analytics.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the idempotent DDL of {@code sql/0*.sql}: the app at start, the tests on their own
 * databases. A database file built from other schema files is rebuilt (and then reloaded from
 * the datasets), since the schema files are still edited in place before a first release.
 */
public final class Schema {

    private static final Logger log = LoggerFactory.getLogger(Schema.class);

    private Schema() {}

    public static void apply(DataSource dataSource) {
        List<String> ddl = SqlScripts.statementsOf("0*.sql");
        Map<String, String> named = SqlScripts.namedStatements("900_schema_rebuild.sql");
        String hash = hash(ddl);
        try (Connection conn = dataSource.getConnection();
                Statement st = conn.createStatement()) {
            List<String> tables = strings(st, named.get("tables"));
            if (tables.contains("schema_info")) {
                String stored = strings(st, named.get("stored-hash")).getFirst();
                if (hash.equals(stored)) {
                    return;
                }
                log.warn("The database was built by other schema files: rebuilding it ({} tables)", tables.size());
                dropAll(st, named, tables);
            } else if (!tables.isEmpty()) {
                log.warn("The database has no schema record: rebuilding it ({} tables)", tables.size());
                dropAll(st, named, tables);
            }
            for (String sql : ddl) {
                st.execute(sql);
            }
            st.execute(SqlScripts.bind(named.get("record-hash"), Map.of("hash", hash)));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot apply the schema in sql/: " + e.getMessage(), e);
        }
    }

    /** Views first (they may depend on tables, and a table may replace a view of the same name). */
    private static void dropAll(Statement st, Map<String, String> named, List<String> tables) throws SQLException {
        for (String view : strings(st, named.get("views"))) {
            st.execute(SqlScripts.bind(named.get("drop-view"), Map.of("view", view)));
        }
        for (String table : tables) {
            st.execute(SqlScripts.bind(named.get("drop-table"), Map.of("table", table)));
        }
    }

    private static List<String> strings(Statement st, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static String hash(List<String> ddl) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ddl.forEach(s -> sha.update(s.getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
