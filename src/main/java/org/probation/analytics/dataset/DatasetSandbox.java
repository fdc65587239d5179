package org.probation.analytics.dataset;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.probation.analytics.base.Schema;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A throw-away in-memory database loaded by the real loader: an import is validated, estimated
 * and checked here, so that the preview shows exactly what a commit would load while the real
 * database stays untouched.
 */
public final class DatasetSandbox implements AutoCloseable {

    private final Connection connection;
    private final SingleConnectionDataSource dataSource;

    private DatasetSandbox(Connection connection) {
        this.connection = connection;
        this.dataSource = new SingleConnectionDataSource(connection, true);
        Schema.apply(dataSource);
    }

    public static DatasetSandbox open() {
        try {
            return new DatasetSandbox(DriverManager.getConnection("jdbc:duckdb:memory:sandbox-" + UUID.randomUUID()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open a sandbox database: " + e.getMessage(), e);
        }
    }

    /** @throws DatasetException listing every problem, as a real load would */
    public LoadReport load(Path datasets, Path imports) {
        return new DatasetLoader(dataSource).load(datasets, imports);
    }

    public DSLContext dsl() {
        return DSL.using(dataSource, SQLDialect.DUCKDB);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
