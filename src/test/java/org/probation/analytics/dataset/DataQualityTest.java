package org.probation.analytics.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.analytics.db.Tables.DATA_QUALITY_FLAG;
import static org.probation.analytics.db.Tables.RESULT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probation.analytics.TestDatabase;
import org.probation.analytics.db.tables.records.DataQualityFlagRecord;

/** Each data-quality rule on a small fixture: the flag is raised and the printed value kept. */
class DataQualityTest {

    static final String ID = "somerset-2023";
    static final String RESULTS = "inspections/somerset-2023/results.csv";
    static final String SAMPLES = "inspections/somerset-2023/samples.csv";

    @TempDir
    Path dir;

    TestDatabase db;

    @BeforeEach
    void setUp() {
        db = new TestDatabase();
        TestDatabase.copyTree(DatasetLoaderTest.MINIMAL, dir);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void the_clean_fixture_raises_no_flag_but_the_missing_key_question() {
        assertThat(load()).extracting(DataQualityFlagRecord::getRule).containsExactly("missing_result");
    }

    @Test
    void an_all_cases_value_outside_its_sub_samples_is_flagged_and_kept() throws IOException {
        append(
                RESULTS,
                row("2.2.1.a", "community", "29%", "29", "Annexe"),
                row("2.2.1.a", "licence", "28%", "28", "Annexe"),
                row("2.2.1.a", "all", "15%", "15", "Annexe"));

        assertThat(flags("all_outside_subsamples"))
                .singleElement()
                .satisfies(f -> assertThat(f.getReason()).contains("All cases 15%", "community 29%", "licence 28%"));
        assertThat(db.dsl.fetchValue(
                        RESULT.PERCENT_PRINTED,
                        RESULT.ITEM_CODE
                                .eq("2.2.1.a")
                                .and(RESULT.SUBSAMPLE.eq("all"))
                                .and(RESULT.SOURCE_SECTION.eq("Annexe"))))
                .isEqualTo("15%");
    }

    @Test
    void a_stated_split_the_percentages_contradict_is_read_swapped_and_flagged_with_both_counts() throws IOException {
        append(
                SAMPLES,
                "somerset-2023,case_supervision,community,16,q,seed.txt,1",
                "somerset-2023,case_supervision,licence,24,q,seed.txt,2");
        // 38% / 81% / 55% fit 9/24, 13/16, 22/40 exactly; nothing at 16 community and 24 licence
        append(
                RESULTS,
                row("2.2.3", "community", "38%", "38", "Annexe"),
                row("2.2.3", "licence", "81%", "81", "Annexe"),
                row("2.2.3", "all", "55%", "55", "Annexe"));

        assertThat(flags("sample_reading")).singleElement().satisfies(f -> {
            assertThat(f.getReason())
                    .contains(
                            "read as 24 community and 16 licence cases, the stated split swapped",
                            "0 of 1 fit 16/24 as stated",
                            "1 of 1 fit 24/16 swapped");
            assertThat(f.getItem()).isEqualTo("case_supervision");
            assertThat(f.getSourceLine()).isEqualTo(1);
        });
        assertThat(estimate("2.2.3", "community", "Annexe")).containsExactly(9, 24);
        assertThat(estimate("2.2.3", "licence", "Annexe")).containsExactly(13, 16);
        assertThat(estimate("2.2.3", "all", "Annexe")).containsExactly(22, 40);
        assertThat(db.dsl.fetchValue(
                        RESULT.ESTIMATE_BASIS,
                        RESULT.ITEM_CODE
                                .eq("2.2.3")
                                .and(RESULT.SUBSAMPLE.eq("licence"))
                                .and(RESULT.SOURCE_SECTION.eq("Annexe"))))
                .contains("stated split swapped", "unique solution");
    }

    @Test
    void a_split_no_whole_counts_give_keeps_its_all_cases_count_and_leaves_the_parts_unknown() throws IOException {
        append(
                SAMPLES,
                "somerset-2023,case_supervision,community,26,q,seed.txt,1",
                "somerset-2023,case_supervision,licence,16,q,seed.txt,2");
        // as Swansea 2.6.1.c: all cases 14% lies below both parts (29%, 28%), and 28% fits no count
        // of up to 16 licence cases: no counts give all three
        append(
                RESULTS,
                row("2.2.2", "community", "29%", "29", "Annexe"),
                row("2.2.2", "licence", "28%", "28", "Annexe"),
                row("2.2.2", "all", "14%", "14", "Annexe"));

        assertThat(flags("no_whole_counts"))
                .singleElement()
                .satisfies(f ->
                        assertThat(f.getReason()).contains("29% / 28% / 14%", "left unknown", "estimated on its own"));
        assertThat(estimate("2.2.2", "all", "Annexe")).containsExactly(6, 42); // 14.3% of the stated 42 cases
        assertThat(estimate("2.2.2", "community", "Annexe")).isNull();
        assertThat(estimate("2.2.2", "licence", "Annexe")).isNull();
    }

    @Test
    void an_unmarked_question_read_below_the_sample_size_says_so_in_a_flag() throws IOException {
        // 37% of the 42 cases fits no count (15/42 = 35.7, 16/42 = 38.1); 10/27, 17/46 ... below 42 do
        append(RESULTS, row("2.2.1.a", "all", "37%", "37", "Annexe"));

        assertThat(flags("relevant_only_fallback"))
                .singleElement()
                .satisfies(f -> assertThat(f.getReason())
                        .contains(
                                "No count of the sample's 42 cases gives 37%",
                                "not marked as applying to relevant cases only"));
        assertThat(db.dsl.fetchValue(
                        RESULT.ESTIMATE_SOLUTIONS,
                        RESULT.ITEM_CODE.eq("2.2.1.a").and(RESULT.SOURCE_SECTION.eq("Annexe"))))
                .isGreaterThan(1);
    }

    @Test
    void a_percent_no_whole_count_of_its_stated_denominator_gives_is_flagged() throws IOException {
        append(RESULTS, "somerset-2023,2.2.1.a,medium,81%,81,,24,,,q,Text,seed.txt,9");

        assertThat(flags("impossible_percent"))
                .singleElement()
                .satisfies(
                        f -> assertThat(f.getReason()).isEqualTo("No whole count of the stated 24 cases gives 81%."));
    }

    @Test
    void a_stated_count_that_disagrees_with_its_printed_percent_is_flagged() throws IOException {
        append(RESULTS, "somerset-2023,2.2.1.a,low,50%,50,9,25,,,q,Text,seed.txt,9");

        assertThat(flags("count_percent_mismatch"))
                .singleElement()
                .satisfies(f -> assertThat(f.getReason()).contains("9 of 25 is 36.0%", "printed 50%"));
    }

    @Test
    void a_figure_printed_twice_with_different_values_is_flagged() throws IOException {
        append(RESULTS, row("2.2.1", "all", "81%", "81", "Annexe"));

        assertThat(flags("printed_twice_differently"))
                .singleElement()
                .satisfies(f -> assertThat(f.getReason()).contains("79%", "81%"));
    }

    @Test
    void a_figure_printed_many_times_differently_is_one_short_flag_not_one_per_pair() throws IOException {
        // issue 15, defect 2: a self-join of the printings gave n(n−1)/2 flags (3.8 million from a 518 kB file)
        String[] lines = new String[300];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = String.join(
                    ",",
                    ID,
                    "2.2.1",
                    "all",
                    (i % 2 == 0 ? "81%" : "77%"),
                    (i % 2 == 0 ? "81" : "77"),
                    "",
                    "",
                    "",
                    "",
                    "q",
                    "Annexe " + i,
                    "seed.txt",
                    String.valueOf(1000 + i));
        }
        append(RESULTS, lines);

        assertThat(flags("printed_twice_differently"))
                .singleElement()
                .satisfies(f -> assertThat(f.getReason())
                        .startsWith("Printed 301 times with 3 different values, from 77% to 81%: ")
                        .endsWith("; and 296 more."));
        assertThat(flags("printed_more_than_once"))
                .singleElement()
                .satisfies(f -> assertThat(f.getReason()).endsWith("; and 295 more."));
    }

    @Test
    void a_figure_printed_more_than_once_says_which_printing_every_view_uses() throws IOException {
        // a count in the text on an earlier line, and the same percent again in an annexe (issue 14, item 4)
        append(
                RESULTS,
                String.join(",", ID, "2.2.1", "all", "", "", "33", "42", "", "", "q", "Text", "seed.txt", "5"),
                row("2.2.1", "all", "79%", "79", "Annexe"));

        assertThat(flags("printed_more_than_once")).singleElement().satisfies(f -> {
            assertThat(f.getItem()).isEqualTo("2.2.1");
            assertThat(f.getSubsample()).isEqualTo("all");
            assertThat(f.getReason())
                    .startsWith("Printed 3 times: every view uses the first printing (line 5: 33/42), not line ")
                    .contains("79%");
        });
        // the comparison counts take the same printing
        assertThat(db.dsl
                        .fetchOne(
                                "SELECT x, n FROM result_count WHERE inspection_id = ? AND item_code = '2.2.1' "
                                        + "AND subsample = 'all'",
                                ID)
                        .intoArray())
                .containsExactly(33, 42);
    }

    @Test
    void sub_sample_sizes_that_do_not_add_up_are_flagged() throws IOException {
        append(
                SAMPLES,
                "somerset-2023,case_supervision,community,30,q,seed.txt,1",
                "somerset-2023,case_supervision,licence,11,q,seed.txt,1");

        assertThat(flags("sample_split_sum"))
                .singleElement()
                .satisfies(
                        f -> assertThat(f.getReason())
                                .isEqualTo(
                                        "The stated 30 community and 11 licence cases do not add up to the stated 42 case supervision cases."));
    }

    @Test
    void a_context_row_without_a_label_is_flagged() throws IOException {
        append("inspections/somerset-2023/context.csv", "somerset-2023,ETE status,,All cases,5%,5,percent,seed.txt,3");

        assertThat(flags("unlabelled_row")).hasSize(1);
    }

    @Test
    void flags_recorded_from_the_source_are_loaded_with_their_line() throws IOException {
        Files.writeString(
                dir.resolve("inspections/somerset-2023/flags.csv"),
                "inspection_id,item,reason,source_file,source_line\nsomerset-2023,ratings,\"Cell garbled, unreadable.\",seed.txt,67\n");

        assertThat(flags("source")).singleElement().satisfies(f -> {
            assertThat(f.getReason()).isEqualTo("Cell garbled, unreadable.");
            assertThat(f.getSourceLine()).isEqualTo(67);
        });
    }

    @Test
    void estimates_are_marked_and_never_stored_as_stated_counts() {
        load();

        var kq = db.dsl.fetchSingle(RESULT, RESULT.ITEM_CODE.eq("2.2.3").and(RESULT.SUBSAMPLE.eq("all")));
        assertThat(kq.getDenominatorKind()).isEqualTo("estimated");
        assertThat(kq.getYesCount()).isNull();
        assertThat(kq.getDenominator()).isNull();
        assertThat(kq.getYesEstimate()).isEqualTo(13);
        assertThat(kq.getDenominatorEstimate()).isEqualTo(42);
        assertThat(kq.getEstimateUnique()).isTrue();
        assertThat(kq.getEstimateBasis()).contains("stated sample size 42", "unique");
    }

    private List<DataQualityFlagRecord> load() {
        new DatasetLoader(db.dataSource).load(dir);
        return db.dsl
                .selectFrom(DATA_QUALITY_FLAG)
                .where(DATA_QUALITY_FLAG.INSPECTION_ID.eq(ID))
                .fetch();
    }

    private List<DataQualityFlagRecord> flags(String rule) {
        return load().stream().filter(f -> f.getRule().equals(rule)).toList();
    }

    private Integer[] estimate(String item, String subsample, String section) {
        var r = db.dsl.fetchSingle(
                RESULT,
                RESULT.ITEM_CODE.eq(item).and(RESULT.SUBSAMPLE.eq(subsample)).and(RESULT.SOURCE_SECTION.eq(section)));
        return r.getYesEstimate() == null ? null : new Integer[] {r.getYesEstimate(), r.getDenominatorEstimate()};
    }

    private static String row(String item, String subsample, String printed, String percent, String section) {
        return String.join(",", ID, item, subsample, printed, percent, "", "", "", "", "q", section, "seed.txt", "9");
    }

    private void append(String file, String... lines) throws IOException {
        Files.writeString(dir.resolve(file), String.join("\n", lines) + "\n", StandardOpenOption.APPEND);
    }
}
