package org.probation.analytics.dataset;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Work the start does anyway, begun on a second thread while Spring builds the context: the
 * DuckDB driver unpacks and loads its native library (tens of megabytes) and jOOQ initialises
 * its classes. Whichever thread gets there first does it and the other waits for it (a class is
 * initialised once), so only the overlap changes; a failure here is met again, and reported, by
 * the start itself. Only {@code main} calls it (tests start without it).
 */
public final class StartupWarmup {

    private StartupWarmup() {}

    public static void start() {
        Thread.ofPlatform().daemon().name("startup-warmup").start(StartupWarmup::run);
    }

    private static void run() {
        try {
            Class.forName("org.duckdb.DuckDBNative", true, StartupWarmup.class.getClassLoader());
            DSL.using(SQLDialect.DUCKDB).selectOne().getSQL();
        } catch (ClassNotFoundException | RuntimeException | LinkageError ignored) {
            // the start proper meets the same problem on its own thread, and reports it
        }
    }
}
