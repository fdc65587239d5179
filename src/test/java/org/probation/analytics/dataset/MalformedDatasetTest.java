package org.probation.analytics.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.probation.analytics.TestDatabase;

/**
 * One test per kind of broken dataset: the load is refused with a message naming file, line,
 * column and reason, and the database keeps exactly what an earlier good load put there.
 */
class MalformedDatasetTest {

    static final String RESULTS = "inspections/somerset-2023/results.csv";
    static final String INSPECTION = "inspections/somerset-2023/inspection.csv";

    @TempDir
    Path dir;

    TestDatabase db;
    DatasetLoader loader;
    String before;

    @BeforeEach
    void loadAGoodDatasetFirst() {
        db = new TestDatabase();
        loader = new DatasetLoader(db.dataSource);
        TestDatabase.copyTree(DatasetLoaderTest.MINIMAL, dir);
        loader.load(dir);
        before = db.snapshot();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static Stream<Arguments> brokenDatasets() {
        return Stream.of(
                Arguments.of(
                        "missing column",
                        RESULTS,
                        (UnaryOperator<String>) s -> s.replace("percent_printed,percent,", "percent_printed,")
                                .replaceAll(",(\\d+%|\\d+ per cent),\\d+,", ",$1,"),
                        RESULTS + " line 1: missing column(s) percent"),
                Arguments.of(
                        "wrong type",
                        RESULTS,
                        (UnaryOperator<String>) s -> s.replace(",31%,31,", ",31%,thirty-one,"),
                        RESULTS + " line 3, column percent: is not a number: 'thirty-one'"),
                Arguments.of(
                        "percent above 100",
                        RESULTS,
                        (UnaryOperator<String>) s -> s.replace(",31%,31,", ",131%,131,"),
                        RESULTS + " line 3, column percent: percent 131 is outside 0-100"),
                Arguments.of(
                        "negative percent",
                        RESULTS,
                        (UnaryOperator<String>) s -> s.replace(",31%,31,", ",-3%,-3,"),
                        RESULTS + " line 3, column percent: percent -3 is outside 0-100"),
                Arguments.of(
                        "unknown question code",
                        RESULTS,
                        (UnaryOperator<String>) s -> s.replace("somerset-2023,2.2.3,all", "somerset-2023,2.9.9,all"),
                        RESULTS + " line 3, column item_code: unknown question code '2.9.9' for framework 'pdu-2021'"),
                Arguments.of(
                        "duplicate row",
                        RESULTS,
                        (UnaryOperator<String>)
                                s -> s + s.lines().skip(1).findFirst().orElseThrow() + "\n",
                        RESULTS
                                + " line 6, column item_code: duplicate result 2.2.1/all in section '2.2 Assessment' (first on line 2)"),
                Arguments.of(
                        "unknown provider",
                        INSPECTION,
                        (UnaryOperator<String>) s -> s.replace(",somerset,", ",atlantis,"),
                        INSPECTION + " line 2, column provider_id: unknown provider 'atlantis'"),
                Arguments.of(
                        "result for an unknown inspection",
                        RESULTS,
                        (UnaryOperator<String>)
                                s -> s.replace("somerset-2023,2.2.3,medium", "somerset-2024,2.2.3,medium"),
                        RESULTS + " line 5, column inspection_id: result for unknown inspection 'somerset-2024'"),
                Arguments.of(
                        "more yes than cases",
                        RESULTS,
                        (UnaryOperator<String>) s -> s.replace(",8,25,", ",28,25,"),
                        RESULTS + " line 5, column yes_count: yes_count 28 is above denominator 25"),
                Arguments.of(
                        "unknown sub-sample",
                        RESULTS,
                        (UnaryOperator<String>) s -> s.replace("2.2.3,medium", "2.2.3,mediumish"),
                        RESULTS + " line 5, column subsample: unknown sub-sample 'mediumish'"),
                Arguments.of(
                        "bad date",
                        INSPECTION,
                        (UnaryOperator<String>) s -> s.replace("2023-06-12", "12/06/2023"),
                        INSPECTION + " line 2, column fieldwork_start: is not a date YYYY-MM-DD: '12/06/2023'"),
                Arguments.of(
                        "rating word misspelt",
                        "inspections/somerset-2023/ratings.csv",
                        (UnaryOperator<String>) s -> s.replace(",Inadequate,seed", ",Inadequte,seed"),
                        "inspections/somerset-2023/ratings.csv line 2, column rating: must be Outstanding, Good, Requires improvement or Inadequate, not 'Inadequte'"),
                Arguments.of(
                        "a sample larger than any inspection's",
                        "inspections/somerset-2023/samples.csv",
                        (UnaryOperator<String>)
                                s -> s.replace("case_supervision,all,42,", "case_supervision,all,42000,"),
                        "inspections/somerset-2023/samples.csv line 2, column cases: is 42000: more than 1000 cases, larger than "
                                + "any inspection sample"),
                Arguments.of(
                        "a question restricted to an unknown sub-sample",
                        "framework-items/pdu-2021.csv",
                        (UnaryOperator<String>) s -> s.lines()
                                        .map(l -> l
                                                + (l.startsWith("framework,")
                                                        ? ",applies_to"
                                                        : l.contains(",2.2.3,2.2,") ? ",parole" : ","))
                                        .collect(java.util.stream.Collectors.joining("\n"))
                                + "\n",
                        "framework-items/pdu-2021.csv line 6, column applies_to: unknown sub-sample 'parole'"),
                Arguments.of(
                        "key-question bands that fall",
                        "frameworks.csv",
                        (UnaryOperator<String>) s -> s.replace(
                                "Requires improvement:50;Good:65;Outstanding:80",
                                "Requires improvement:70;Good:65;Outstanding:80"),
                        "frameworks.csv line 2, column key_question_bands: must read"),
                Arguments.of(
                        "key-question bands beyond a whole number",
                        "frameworks.csv",
                        (UnaryOperator<String>) s -> s.replace(
                                "Requires improvement:50;Good:65;Outstanding:80",
                                "Requires improvement:50;Good:65;Outstanding:99999999999999999999"),
                        "frameworks.csv line 2, column key_question_bands: must read"),
                Arguments.of(
                        "score bands beyond a whole number",
                        "frameworks.csv",
                        (UnaryOperator<String>)
                                s -> s.replace("Outstanding:25-27", "Outstanding:25-99999999999999999999"),
                        "frameworks.csv line 2, column score_bands: must read"),
                Arguments.of(
                        "score bands without a maximum score",
                        "frameworks.csv",
                        (UnaryOperator<String>) s -> s.replace(",9,27,Inadequate", ",9,,Inadequate"),
                        "frameworks.csv line 2, column score_bands: must be empty when max_score is empty"),
                Arguments.of(
                        "a score under a framework that publishes none",
                        "frameworks.csv",
                        (UnaryOperator<String>) s -> s.replaceAll(",9,27,[^,]*,inferred: test fixture,", ",9,,,,"),
                        INSPECTION + " line 2, column score: framework 'pdu-2021' publishes no overall score"),
                Arguments.of(
                        "a short title on a key question",
                        "framework-items/pdu-2021.csv",
                        (UnaryOperator<String>) s -> withShortTitle(s, ",2.2.1,2.2,", "Engaging"),
                        "framework-items/pdu-2021.csv line 4, column short_title: is given for a key_question"),
                Arguments.of(
                        "a short title that says not where it is printed",
                        "framework-items/pdu-2021.csv",
                        (UnaryOperator<String>) s -> withShortTitle(s, ",2.2,2,", "Assessment")
                                .replace("seed.txt,2,,Assessment,2", "seed.txt,2,,Assessment,"),
                        "framework-items/pdu-2021.csv line 3, column short_title_line: is empty while short_title is given"),
                Arguments.of(
                        "row with an extra field",
                        RESULTS,
                        (UnaryOperator<String>)
                                s -> s.replace("2.2 Assessment,seed.txt,302", "2.2 Assessment,seed.txt,302,extra"),
                        RESULTS + " line 3: cannot be read"));
    }

    /** The items file with the optional columns added, and {@code title} (printed on the row's own line) on the row with {@code marker}. */
    private static String withShortTitle(String items, String marker, String title) {
        return items.lines()
                        .map(l -> l.startsWith("framework,")
                                ? l + ",applies_to,short_title,short_title_line"
                                : l.contains(marker)
                                        ? l + ",," + title + "," + l.substring(l.lastIndexOf(',') + 1)
                                        : l + ",,,")
                        .collect(java.util.stream.Collectors.joining("\n"))
                + "\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDatasets")
    void a_broken_dataset_is_refused_precisely_and_changes_nothing(
            String kind, String file, UnaryOperator<String> breakIt, String expectedMessage) throws IOException {
        Path path = dir.resolve(file);
        Files.writeString(path, breakIt.apply(Files.readString(path)));

        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining(expectedMessage);
        assertThat(db.snapshot()).isEqualTo(before);
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_with_its_line() throws IOException {
        Path path = dir.resolve(RESULTS);
        byte[] latin1 = Files.readString(path)
                .replace(
                        "Does assessment focus sufficiently on keeping",
                        "Does assessment focus sufficiently on k\u00e9eping")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(path, latin1);

        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining(RESULTS + " line 3: cannot be read");
        assertThat(db.snapshot()).isEqualTo(before);
    }

    @Test
    void a_csv_file_in_an_unknown_place_is_refused_rather_than_ignored() throws IOException {
        Files.writeString(dir.resolve("inspections/somerset-2023/result.csv"), "a,b\n1,2\n");

        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("inspections/somerset-2023/result.csv: is not a dataset file this loader knows");
        assertThat(db.snapshot()).isEqualTo(before);
    }

    @Test
    void every_problem_is_reported_not_only_the_first() throws IOException {
        Path path = dir.resolve(RESULTS);
        Files.writeString(
                path, Files.readString(path).replace(",31%,31,", ",131%,131,").replace(",79%,79,", ",79%,x,"));

        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(DatasetException.class)
                .satisfies(e -> assertThat(((DatasetException) e).problems()).hasSize(2));
    }
}
