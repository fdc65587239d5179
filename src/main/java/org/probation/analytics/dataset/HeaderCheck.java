package org.probation.analytics.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.probation.analytics.base.SqlScripts;

/**
 * Checks the header of each file of one kind against the kind's columns. A header spelt exactly
 * as expected is recognised from the file's first line; any other is read by DuckDB's reader,
 * which tells what is wrong with it (missing, extra or misplaced columns, an empty or unreadable
 * file) or accepts it (spaces around names, a quoted name).
 */
final class HeaderCheck {

    // a longer first line is left to DuckDB
    private static final int MAX_HEADER_BYTES = 8192;

    private final Connection conn;
    private final String headerSql;
    private final List<String> expected;
    private final List<String> optional;
    private final Map<String, List<String>> exactHeaders = new HashMap<>();

    HeaderCheck(Connection conn, String headerSql, List<String> expected, List<String> optional) {
        this.conn = conn;
        this.headerSql = headerSql;
        this.expected = expected;
        this.optional = optional;
        for (int left = 0; left <= optional.size(); left++) {
            List<String> columns = List.copyOf(expected.subList(0, expected.size() - left));
            exactHeaders.put(String.join(",", columns), columns);
        }
    }

    /**
     * The file's columns if its header is the expected one, or the expected one without some of
     * its optional trailing columns; else null, with the problem added.
     */
    List<String> columnsOf(DatasetFiles.Source file, List<DatasetProblem> problems) {
        List<String> exact = exactHeaders.get(firstLine(file.path()));
        return exact != null ? exact : readByDuckDb(file, problems);
    }

    /** The file's first line without its line end, or null where only DuckDB's reader can tell. */
    private static String firstLine(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(MAX_HEADER_BYTES);
            int end = 0;
            while (end < head.length && head[end] != '\n') {
                end++;
            }
            if (end == MAX_HEADER_BYTES) {
                return null;
            }
            if (end > 0 && head[end - 1] == '\r') {
                end--;
            }
            return new String(head, 0, end, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    // The header is read as a data row against the expected columns plus one more (sql/100_load_staging.sql).
    private List<String> readByDuckDb(DatasetFiles.Source file, List<DatasetProblem> problems) {
        String name = file.name();
        Map<String, String> args =
                Map.of("path", file.path().toString(), "columnsPlusExtra", Staging.columnsStruct(expected, true));
        List<String> actual = new ArrayList<>();
        boolean extraColumn;
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery(SqlScripts.bind(headerSql, args))) {
            if (!rs.next()) {
                problems.add(new DatasetProblem(name, 1, null, "is empty: it needs at least its header line"));
                return null;
            }
            for (int i = 1; i <= expected.size(); i++) {
                String column = rs.getString(i);
                if (column != null) {
                    actual.add(column.strip());
                }
            }
            extraColumn = rs.getString(expected.size() + 1) != null;
        } catch (SQLException e) {
            problems.add(Staging.readProblem(name, e));
            return null;
        }
        String header = String.join(",", expected.subList(0, expected.size() - optional.size()))
                + optional.stream().map(c -> "[," + c + "]").collect(Collectors.joining());
        if (extraColumn) {
            problems.add(
                    new DatasetProblem(name, 1, null, "more columns than expected; the header must be: " + header));
            return null;
        }
        for (int left = 0; left <= optional.size(); left++) {
            if (actual.equals(expected.subList(0, expected.size() - left))) {
                return List.copyOf(actual);
            }
        }
        List<String> missing = expected.stream()
                .filter(c -> !actual.contains(c) && !optional.contains(c))
                .toList();
        List<String> extra = actual.stream().filter(c -> !expected.contains(c)).toList();
        String reason = !missing.isEmpty()
                ? "missing column(s) " + String.join(", ", missing)
                : !extra.isEmpty() ? "unexpected column(s) " + String.join(", ", extra) : "columns out of order";
        problems.add(new DatasetProblem(name, 1, null, reason + "; the header must be: " + header));
        return null;
    }
}
