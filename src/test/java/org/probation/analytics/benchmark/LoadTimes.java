package org.probation.analytics.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.probation.analytics.TestDatabase;
import org.probation.analytics.dataset.DatasetTestSupport;
import org.probation.analytics.dataset.LoadReport;

/**
 * Times the dataset load step by step: each folder given is loaded {@code runs} times through
 * the real loader, each time into a fresh in-memory database and then once more (skipped: same
 * fingerprint). The first run of a JVM is the cold one. With a JDK 21 or newer as {@code java}:
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.probation.analytics.benchmark.LoadTimes 3 target/synthetic-national datasets
 * </pre>
 */
public final class LoadTimes {

    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        for (int a = 1; a < args.length; a++) {
            Path dir = Path.of(args[a]);
            for (int run = 1; run <= runs; run++) {
                try (TestDatabase db = new TestDatabase()) {
                    long cpu = cpuNanos();
                    LoadReport load = DatasetTestSupport.load(db, dir);
                    cpu = cpuNanos() - cpu;
                    LoadReport again = DatasetTestSupport.load(db, dir);
                    System.out.printf(
                            "%s run %d: %d files, %d rows in %d ms (process CPU %d ms) %s; again (skipped %b) in %d ms%n",
                            dir,
                            run,
                            load.files(),
                            load.rows(),
                            load.millis(),
                            cpu / 1_000_000,
                            load.stepMillis(),
                            again.skipped(),
                            again.millis());
                }
            }
        }
    }

    /** CPU time of the whole process (DuckDB's threads included). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private LoadTimes() {}
}
