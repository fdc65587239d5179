package org.probation.analytics.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jooq.Record;
import org.jooq.Result;

/**
 * The same tests in Python's statsmodels (Debian's python3-statsmodels): the counts the SQL
 * baseline tested are written to a CSV, the script times its own loop of proportions_ztest,
 * Wilson and Newcombe intervals and Benjamini–Hochberg, and prints the figures it computed.
 */
final class Statsmodels {

    static final Path SCRIPT = Path.of("src/test/resources/benchmark/statsmodels_bench.py");
    static final String PYTHON = System.getProperty("benchmark.python", "/usr/bin/python3");

    /** The Debian package that gives {@link #PYTHON} statsmodels, and how to install it. */
    static final String INSTALL = "apt-get install -y python3-statsmodels";

    /**
     * Why statsmodels cannot run here (no {@code python} at that path, or one without the module),
     * or null when it can.
     */
    static String missing(String python) {
        try {
            Process p = new ProcessBuilder(python, "-c", "import statsmodels")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return python + " did not answer within 2 minutes";
            }
            String last = output.strip().lines().reduce((a, b) -> b).orElse("");
            return p.exitValue() == 0
                    ? null
                    : python + " has no statsmodels" + (last.isEmpty() ? "" : " (" + last + ")")
                            + "; install Debian's package: " + INSTALL;
        } catch (IOException e) {
            return "no " + python + " (" + e.getMessage() + "); install Debian's package: " + INSTALL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while looking for statsmodels";
        }
    }

    /** Timing (ms) of the computation, the whole process, and the largest |z| difference from the SQL figures. */
    record Run(double computeMs, double processMs, int tests, double maxZDifference) {}

    static Run run(Result<Record> rows, Path dir) throws IOException, InterruptedException {
        Path in = dir.resolve("statsmodels-input.csv");
        Path out = dir.resolve("statsmodels-output.csv");
        StringBuilder csv = new StringBuilder("kind,comparison,item_code,xa,na,xb,nb\n");
        Map<String, Double> sqlZ = new LinkedHashMap<>();
        for (Record r : rows) {
            if (r.get("z") == null) {
                continue;
            }
            String key = r.get("kind") + "|" + r.get("comparison") + "|" + r.get("item_code");
            sqlZ.put(key, r.get("z", Double.class));
            csv.append(r.get("kind"))
                    .append(',')
                    .append(r.get("comparison"))
                    .append(',')
                    .append(r.get("item_code"))
                    .append(',')
                    .append(r.get("xa", Long.class))
                    .append(',')
                    .append(r.get("na", Long.class))
                    .append(',')
                    .append(r.get("xb", Long.class))
                    .append(',')
                    .append(r.get("nb", Long.class))
                    .append('\n');
        }
        Files.writeString(in, csv, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(PYTHON, SCRIPT.toString(), in.toString(), out.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("statsmodels run failed (" + PYTHON + " " + SCRIPT + "):\n" + output);
        }
        double processMs = (System.nanoTime() - start) / 1e6;
        double computeMs = Double.parseDouble(output.lines()
                .filter(l -> l.startsWith("compute_ms="))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no compute_ms in:\n" + output))
                .substring(11));
        double maxDiff = 0;
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            Double z = sqlZ.get(f[0] + "|" + f[1] + "|" + f[2]);
            if (z == null) {
                throw new IllegalStateException("statsmodels returned a row the SQL did not test: " + line);
            }
            maxDiff = Math.max(maxDiff, Math.abs(z - Double.parseDouble(f[3])));
        }
        return new Run(computeMs, processMs, lines.size() - 1, maxDiff);
    }

    private Statsmodels() {}
}
