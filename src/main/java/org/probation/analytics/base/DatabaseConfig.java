package org.probation.analytics.base;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded DuckDB: creates the folder of a database file (DuckDB does not), pools
 * connections, and applies the schema of {@code sql/0*.sql} before anything else uses it.
 */
@Configuration
class DatabaseConfig {

    private static final String FILE_PREFIX = "jdbc:duckdb:";

    @Bean(destroyMethod = "close")
    DataSource dataSource(
            @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.hikari.maximum-pool-size:8}") int poolSize) {
        createFolderOf(url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setDriverClassName("org.duckdb.DuckDBDriver");
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setPoolName("duckdb");
        HikariDataSource dataSource = new HikariDataSource(config);
        Schema.apply(dataSource);
        return dataSource;
    }

    private static void createFolderOf(String url) {
        if (!url.startsWith(FILE_PREFIX)) {
            return;
        }
        String path = url.substring(FILE_PREFIX.length());
        int query = path.indexOf('?');
        path = query >= 0 ? path.substring(0, query) : path;
        if (path.isEmpty() || path.startsWith("memory") || path.equals(":memory:")) {
            return;
        }
        Path parent = Path.of(path).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + parent, e);
        }
    }
}
