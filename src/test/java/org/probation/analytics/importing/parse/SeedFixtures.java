package org.probation.analytics.importing.parse;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.probation.analytics.base.QuestionLevel;

/**
 * The parser's inputs and the transcribed rows it is checked against, read with DuckDB's own CSV reader from
 * {@code datasets/}, and the seed reports from {@code ../shared/seeds/} (missing: skipped, or failed with CI=true).
 */
final class SeedFixtures {

    static final Path SEEDS = Path.of("..", "shared", "seeds");
    static final Path DATASETS = Path.of("datasets");

    private SeedFixtures() {}

    static List<FrameworkQuestion> questions() {
        List<FrameworkQuestion> out = new ArrayList<>();
        for (Map<String, String> r : csv(DATASETS.resolve("framework-items").resolve("*.csv"))) {
            out.add(new FrameworkQuestion(
                    r.get("framework"), r.get("code"), QuestionLevel.parse(r.get("level")), r.get("text")));
        }
        return out;
    }

    /** Rows of {@code id, name, type, region}: the reference PDUs and regions (ids slugged as the loader does) and providers.csv. */
    static List<String[]> providers() {
        List<String[]> out = new ArrayList<>();
        List<Map<String, String>> reference =
                csv(DATASETS.resolve("reference").resolve("probation-regions-and-pdus.csv"));
        for (Map<String, String> r : reference) {
            out.add(new String[] {slug(r.get("pdu")), r.get("pdu"), "pdu", r.get("region")});
        }
        reference.stream()
                .map(r -> r.get("region"))
                .distinct()
                .forEach(region -> out.add(new String[] {slug(region), region, "probation_region", region}));
        for (Map<String, String> r : csv(DATASETS.resolve("providers.csv"))) {
            out.add(new String[] {r.get("id"), r.get("name"), r.get("type"), r.get("region")});
        }
        return out;
    }

    static ReportParser parser() {
        return new ReportParser(questions(), providers());
    }

    /** A seed report's text; skips the test (fails it with CI=true) when the seed folder is missing. */
    static String seed(String file) {
        Path path = SEEDS.resolve(file);
        if (!Files.isRegularFile(path)) {
            String why = "seed report " + path.toAbsolutePath().normalize() + " is missing";
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true requires the seed reports: " + why);
            }
            Assumptions.abort("skipped: " + why);
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of a dataset CSV file (or glob), all values as text, an empty field as "". */
    static List<Map<String, String>> csv(Path file) {
        String sql = "SELECT * FROM read_csv('" + file.toString().replace("'", "''")
                + "', header = true, delim = ',', quote = '\"', escape = '\"', all_varchar = true)";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<Map<String, String>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    String v = rs.getString(i);
                    row.put(rs.getMetaData().getColumnName(i), v == null ? "" : v);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static String slug(String s) {
        return s.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
