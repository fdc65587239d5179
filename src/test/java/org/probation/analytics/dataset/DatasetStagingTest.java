package org.probation.analytics.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.probation.analytics.db.Tables.INSPECTION;
import static org.probation.analytics.db.Tables.RESULT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probation.analytics.TestDatabase;
import org.probation.analytics.synthetic.SyntheticNational;

/**
 * Staging reads all files of a kind with one {@code read_csv}: every row keeps the file and line
 * it came from, and bad files among many are still reported one by one with their lines.
 */
class DatasetStagingTest {

    static final int COPIES = 30;

    @TempDir
    Path dir;

    TestDatabase db;
    DatasetLoader loader;

    @BeforeEach
    void setUp() throws IOException {
        db = new TestDatabase();
        loader = new DatasetLoader(db.dataSource);
        TestDatabase.copyTree(DatasetLoaderTest.MINIMAL, dir);
        for (int i = 1; i < COPIES; i++) {
            SyntheticFlagTest.copyInspection(dir, dir, copy(i));
        }
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void every_staged_row_has_the_file_and_line_it_came_from(@TempDir Path national) throws SQLException, IOException {
        SyntheticNational.write(national, 11);
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:")) {
            Staging staging = new Staging(conn);
            staging.create();
            List<DatasetProblem> problems = new ArrayList<>();
            staging.stage(DatasetFiles.find(national, null), problems);
            assertThat(problems).isEmpty();

            Map<String, List<String>> lines = new HashMap<>();
            Map<String, Integer> rowsOfFile = new HashMap<>();
            List<String> misplaced = new ArrayList<>();
            try (Statement st = conn.createStatement();
                    ResultSet rs =
                            st.executeQuery("SELECT file, line, inspection_id, item_code, subsample FROM stg_result")) {
                while (rs.next()) {
                    String file = rs.getString(1);
                    String line = lines.computeIfAbsent(file, f -> readLines(national.resolve(f)))
                            .get(rs.getInt(2) - 1);
                    if (!line.startsWith(rs.getString(3) + "," + rs.getString(4) + "," + rs.getString(5) + ",")) {
                        misplaced.add(file + " line " + rs.getInt(2) + ": " + line);
                    }
                    rowsOfFile.merge(file, 1, Integer::sum);
                }
            }
            assertThat(misplaced).isEmpty();
            assertThat(rowsOfFile).hasSize(366);
            rowsOfFile.forEach((file, rows) ->
                    assertThat(rows).as(file).isEqualTo(lines.get(file).size() - 1));
        }
    }

    @Test
    void bad_rows_in_several_files_of_a_kind_are_each_reported_at_their_own_line() throws IOException {
        edit(copy(8), "results.csv", s -> s.replace(",31%,31,", ",131%,131,"));
        edit(copy(21), "results.csv", s -> s.replace(",8,25,", ",28,25,"));

        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(DatasetException.class)
                .satisfies(e -> assertThat(((DatasetException) e).problems())
                        .extracting(DatasetProblem::toString)
                        .containsExactly(
                                results(8) + " line 3, column percent: percent 131 is outside 0-100",
                                results(21) + " line 5, column yes_count: yes_count 28 is above denominator 25"));
    }

    @Test
    void every_unreadable_file_among_many_is_named_with_its_line_and_nothing_changes() throws IOException {
        loader.load(dir);
        String before = db.snapshot();
        edit(
                copy(5),
                "results.csv",
                s -> s.replace("2.2 Assessment,seed.txt,302", "2.2 Assessment,seed.txt,302,extra"));
        edit(
                copy(17),
                "results.csv",
                s -> s.replace("2.2 Assessment text,seed.txt,310", "2.2 Assessment text,seed.txt"));

        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(DatasetException.class)
                .satisfies(e -> assertThat(((DatasetException) e).problems())
                        .extracting(DatasetProblem::toString)
                        .satisfiesExactly(
                                p -> assertThat(p).startsWith(results(5) + " line 3: cannot be read"),
                                p -> assertThat(p).startsWith(results(17) + " line 5: cannot be read")));
        assertThat(db.snapshot()).isEqualTo(before);
    }

    @Test
    void windows_line_ends_a_line_break_in_a_field_a_spaced_header_and_an_optional_column_load_like_the_others()
            throws IOException {
        edit(copy(3), "results.csv", s -> s.replace("\n", "\r\n"));
        edit(
                copy(5),
                "results.csv",
                s -> s.replace(
                                ",only eight out of 25 medium-risk cases,",
                                ",\"only eight out of 25\nmedium-risk cases\",")
                        .replace("2.2 Assessment text,seed.txt,310", "2.2 Assessment text,seed.txt,311"));
        edit(copy(4), "results.csv", s -> s.replaceFirst("inspection_id,item_code,", "inspection_id, item_code ,"));
        edit(
                copy(6),
                "inspection.csv",
                s -> s.replaceFirst("\n", ",synthetic\n").replaceFirst("\n(.+)\n", "\n$1,false\n"));

        loader.load(dir);

        assertThat(db.dsl.fetchCount(INSPECTION)).isEqualTo(COPIES);
        assertThat(db.dsl.fetchCount(INSPECTION, INSPECTION.SYNTHETIC.isFalse()))
                .isEqualTo(COPIES);
        assertThat(db.dsl.fetchCount(RESULT)).isEqualTo(4 * COPIES);
        for (String id : List.of(copy(3), copy(4))) {
            var medium = db.dsl.fetchSingle(RESULT, RESULT.INSPECTION_ID.eq(id), RESULT.SUBSAMPLE.eq("medium"));
            assertThat(medium.getSourceLine()).isEqualTo(310);
            assertThat(medium.getDenominator()).isEqualTo(25);
        }
        var broken = db.dsl.fetchSingle(RESULT, RESULT.INSPECTION_ID.eq(copy(5)), RESULT.SUBSAMPLE.eq("medium"));
        assertThat(broken.getQuestionAsPrinted()).isEqualTo("only eight out of 25\nmedium-risk cases");
        assertThat(broken.getSourceLine()).isEqualTo(311);
    }

    private static String copy(int i) {
        return "somerset-" + (3000 + i);
    }

    private static String results(int i) {
        return "inspections/" + copy(i) + "/results.csv";
    }

    private void edit(String inspection, String file, java.util.function.UnaryOperator<String> change)
            throws IOException {
        Path path = dir.resolve("inspections").resolve(inspection).resolve(file);
        Files.writeString(path, change.apply(Files.readString(path)));
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
