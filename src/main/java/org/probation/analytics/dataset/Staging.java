package org.probation.analytics.dataset;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.probation.analytics.base.SqlScripts;
import org.probation.analytics.dataset.DatasetFiles.Source;

/**
 * Step 1 of a load: every CSV file read by DuckDB into the text columns of its kind's staging
 * table, with the file and line of each row ({@code sql/100_load_staging.sql}). The files of a
 * kind are read together: the plain ones as one {@link CsvBundle}, the others by one
 * {@code read_csv} over their list; only if that fails is each of them read on its own, so that
 * every unreadable file is still reported with its line.
 */
final class Staging {

    private static final Pattern CSV_LINE = Pattern.compile("CSV Error on Line: (\\d+)");
    private static final Map<String, String> SQL = SqlScripts.namedStatements("100_load_staging.sql");

    private final Connection conn;

    Staging(Connection conn) {
        this.conn = conn;
    }

    void create() throws SQLException {
        execute(SQL.get("create-staging"));
    }

    void drop() throws SQLException {
        execute(SQL.get("drop-staging"));
    }

    /** Stages every file, adding a problem for each whose header or rows cannot be read; returns the rows staged. */
    long stage(DatasetFiles files, List<DatasetProblem> problems) throws SQLException {
        long rows = 0;
        for (var entry : files.byKind().entrySet()) {
            DatasetFile kind = entry.getKey();
            List<String> expected = stagingColumns(kind.stagingTable);
            List<String> optional = kind.optionalColumns;
            if (!expected.subList(expected.size() - optional.size(), expected.size())
                    .equals(optional)) {
                throw new IllegalStateException(kind.stagingTable + " must end with its optional columns " + optional);
            }
            HeaderCheck headers = new HeaderCheck(conn, SQL.get("header"), expected, optional);
            List<DatasetProblem> found = new ArrayList<>();
            Map<List<String>, List<Source>> byColumns = new LinkedHashMap<>();
            for (Source file : entry.getValue()) {
                List<String> columns = headers.columnsOf(file, found);
                if (columns != null) {
                    byColumns.computeIfAbsent(columns, c -> new ArrayList<>()).add(file);
                }
            }
            for (var group : byColumns.entrySet()) {
                rows += stageGroup(kind.stagingTable, group.getKey(), group.getValue(), found);
            }
            // in file order, as if each file had been checked and read in turn
            List<String> order = entry.getValue().stream().map(Source::name).toList();
            found.sort(Comparator.comparingInt(p -> order.indexOf(p.file())));
            problems.addAll(found);
        }
        return rows;
    }

    /** Stages files with the same columns: the plain ones bundled, the others (and all, if the bundle fails) as they are. */
    private long stageGroup(String table, List<String> columns, List<Source> files, List<DatasetProblem> problems)
            throws SQLException {
        CsvBundle made;
        try {
            made = CsvBundle.of(String.join(",", columns), files);
        } catch (IOException e) {
            // no bundle (no room for it, or a file DuckDB's reader will report): every file as it is
            return read(table, columns, files, problems);
        }
        try (CsvBundle bundle = made) {
            long bundled = readBundle(table, columns, bundle);
            return bundled >= 0
                    ? bundled + read(table, columns, bundle.leftOut(), problems)
                    : read(table, columns, files, problems);
        }
    }

    /** The rows staged from the bundle, or -1 if it cannot be read or its rows are not the lines counted (none are left staged). */
    private long readBundle(String table, List<String> columns, CsvBundle bundle) throws SQLException {
        if (bundle.parts().isEmpty()) {
            return 0;
        }
        String names = listOf(bundle.parts().stream().map(p -> p.file().name()).toList());
        Map<String, String> args = Map.of(
                "table",
                table,
                "columns",
                columnsStruct(columns, false),
                "path",
                bundle.path().toString(),
                "names",
                names,
                "firstRows",
                numbers(bundle.parts().stream().map(CsvBundle.Part::firstRow).toList()),
                "rowCounts",
                numbers(bundle.parts().stream().map(CsvBundle.Part::rows).toList()));
        try (Statement st = conn.createStatement()) {
            long rows = st.executeLargeUpdate(SqlScripts.bind(SQL.get("stage-bundle"), args));
            if (rows == bundle.rows()) {
                return rows;
            }
        } catch (SQLException e) {
            return -1;
        }
        execute(SqlScripts.bind(SQL.get("unstage"), Map.of("table", table, "names", names)));
        return -1;
    }

    /** Reads the files into the table at once; if that fails, one by one, each failure a problem of its file. */
    private long read(String table, List<String> columns, List<Source> files, List<DatasetProblem> problems) {
        if (files.isEmpty()) {
            return 0;
        }
        Map<String, String> args = Map.of(
                "table",
                table,
                "columns",
                columnsStruct(columns, false),
                "paths",
                listOf(files.stream().map(f -> f.path().toString()).toList()),
                "names",
                listOf(files.stream().map(Source::name).toList()));
        try (Statement st = conn.createStatement()) {
            return st.executeLargeUpdate(SqlScripts.bind(SQL.get("stage"), args));
        } catch (SQLException e) {
            if (files.size() == 1) {
                problems.add(readProblem(files.getFirst().name(), e));
                return 0;
            }
            long rows = 0;
            for (Source file : files) {
                rows += read(table, columns, List.of(file), problems);
            }
            return rows;
        }
    }

    // A DuckDB statement is closed by its first error, so each step gets a statement of its own.
    private List<String> stagingColumns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery(SqlScripts.bind(SQL.get("staging-columns"), Map.of("table", table)))) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        return columns;
    }

    private void execute(String script) throws SQLException {
        try (Statement st = conn.createStatement()) {
            for (String sql : SqlScripts.split(script)) {
                st.execute(sql);
            }
        }
    }

    private static String numbers(List<Long> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A SQL list of text literals. */
    private static String listOf(List<String> values) {
        return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", ", "[", "]"));
    }

    /** DuckDB's {@code columns} argument: every column as text (plus one to catch extras). */
    static String columnsStruct(List<String> columns, boolean plusExtra) {
        List<String> all = new ArrayList<>(columns);
        if (plusExtra) {
            all.add("__extra");
        }
        return all.stream().map(c -> "'" + c + "': 'VARCHAR'").collect(Collectors.joining(", ", "{", "}"));
    }

    /** DuckDB's reader names the line; keep its first lines of explanation, drop its hints. */
    static DatasetProblem readProblem(String name, SQLException e) {
        String message = String.valueOf(e.getMessage());
        Matcher m = CSV_LINE.matcher(message);
        long line = m.find() ? Long.parseLong(m.group(1)) : 0;
        String reason = message.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .takeWhile(l -> !l.startsWith("Possible fixes") && !l.startsWith("file ="))
                .limit(4)
                .reduce((a, b) -> a + " | " + b)
                .orElse(message);
        return new DatasetProblem(name, line, null, "cannot be read: " + reason);
    }
}
