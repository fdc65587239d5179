package org.probation.analytics;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.probation.analytics.base.Schema;
import org.probation.analytics.db.DefaultSchema;

/** A real, empty DuckDB in memory with the schema of {@code sql/} applied, for one test. */
public final class TestDatabase implements AutoCloseable {

    public final HikariDataSource dataSource;
    public final DSLContext dsl;

    public TestDatabase() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:duckdb:memory:test-" + UUID.randomUUID());
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(1);
        dataSource = new HikariDataSource(config);
        Schema.apply(dataSource);
        dsl = DSL.using(dataSource, SQLDialect.DUCKDB);
    }

    /** Every row of every table, sorted: equal snapshots mean an unchanged database. */
    public String snapshot() {
        return DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .map(this::dump)
                .collect(Collectors.joining("\n"));
    }

    private String dump(Table<?> table) {
        return table.getName() + ":\n"
                + dsl.selectFrom(table).fetch().stream()
                        .map(Object::toString)
                        .sorted()
                        .collect(Collectors.joining("\n"));
    }

    /** Copies a folder tree (a dataset fixture) to a fresh place. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
