package org.probation.analytics.dataset;

import static java.util.Map.entry;
import static org.probation.analytics.db.Tables.CASE_SAMPLE;
import static org.probation.analytics.db.Tables.COMPARATOR;
import static org.probation.analytics.db.Tables.FRAMEWORK_ITEM;
import static org.probation.analytics.db.Tables.INSPECTION;
import static org.probation.analytics.db.Tables.RESULT;
import static org.probation.analytics.db.Tables.STANDARD_RATING;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.probation.analytics.TestDatabase;

/**
 * The seed datasets against the seed reports: values read off the reports by hand (file and line
 * in a comment: 001 Midlands 2018, 000 South West 2021, 002 Swansea 2022, 004 Somerset 2023, all
 * in ../shared/seeds), and the number of table rows per standard and sub-sample counted by hand.
 */
class SeedValuesTest {

    static final String MIDLANDS = "nps-midlands-2018";
    static final String SOUTH_WEST = "nps-south-west-2021";
    static final String SWANSEA = "swansea-neath-port-talbot-2022";
    static final String SOMERSET = "somerset-2023";

    static TestDatabase db;
    SoftAssertions soft = new SoftAssertions();

    @BeforeAll
    static void load() {
        db = new TestDatabase();
        new DatasetLoader(db.dataSource).load(Path.of("datasets"));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void somerset_2023_values_match_the_report() {
        inspection(
                SOMERSET, 8, 27, "Requires improvement"); // 004:67 "Score 8/27"; overall only in the foreword, 004:51
        result(SOMERSET, "2.1.1", "all", 352, "43%");
        result(SOMERSET, "2.2.3", "all", 382, "31%");
        result(SOMERSET, "2.4.3", "all", 436, "48%*");
        result(SOMERSET, "2.5.1", "all", 461, "81%");
        result(SOMERSET, "2.6.1", "all", 488, "55%");
        result(SOMERSET, "2.4.1", "licence", 248, "91 per cent"); // 11 post-release cases, 004:246-248
        result(SOMERSET, "2.4.3.b", "all", 445, "36 per cent");
        counts(SOMERSET, "2.5.1.a", "all", 467, 24, 32); // "in 24 of 32 relevant cases"
        counts(SOMERSET, "2.2.3", "licence", 256, 4, 11); // "just four of the 11 cases"
        rating(SOMERSET, "1.1", "Requires improvement"); // 004:70 (raised from Inadequate, 004:135)
        rating(SOMERSET, "1.3", "Good"); // 004:72
        rating(SOMERSET, "2.1", "Inadequate"); // 004:75
        rating(SOMERSET, "2.4", "Requires improvement"); // 004:78 (discretion, 004:438)
        sample(SOMERSET, "case_supervision", "all", 42); // 004:107 "We inspected 42 cases"
        sample(SOMERSET, "case_supervision", "licence", 11); // 004:241 "11 post-release cases"
        soft.assertThat(db.dsl.fetchCount(COMPARATOR, COMPARATOR.INSPECTION_ID.eq(SOMERSET)))
                .as("comparators")
                .isZero();
        soft.assertAll();
    }

    @Test
    void swansea_2022_values_match_the_report() {
        inspection(SWANSEA, 4, 27, "Inadequate"); // 002:90 "Score **4/27**", 002:94
        result(SWANSEA, "2.2.1.a", "community", 967, "38%"); // 002:967 38% | 81% | 55%
        result(SWANSEA, "2.2.1.a", "licence", 967, "81%");
        result(SWANSEA, "2.2.1.a", "all", 967, "55%");
        result(SWANSEA, "2.1.1", "all", 579, "55%");
        counts(SWANSEA, "2.1.1", "all", 579, 11, 20); // 002:448 "20 pre-sentence reports, in only 11"
        result(SWANSEA, "2.2.3", "community", 615, "21%"); // 002:615 21% | 56% | 35%
        result(SWANSEA, "2.2.3", "all", 615, "35%");
        result(SWANSEA, "2.2.3.a", "licence", 977, "6%"); // 002:977 13% | 6% | 10%
        result(SWANSEA, "2.6.1.c", "all", 1063, "15%"); // 002:1063 29% | 28% | 15%, kept as printed
        counts(SWANSEA, "2.3.3", "medium", 686, 8, 25); // "Only eight out of 25 medium-risk cases"
        rating(SWANSEA, "1.3", "Inadequate"); // 002:114
        rating(SWANSEA, "2.1", "Requires improvement"); // 002:128
        rating(SWANSEA, "2.5", "Inadequate"); // 002:152; 2.6 is "Not rated", 002:768
        soft.assertThat(db.dsl.fetchCount(STANDARD_RATING, STANDARD_RATING.INSPECTION_ID.eq(SWANSEA)))
                .isEqualTo(9);
        sample(SWANSEA, "case_supervision", "community", 16); // 002:542 as stated (the percentages fit 24/16)
        sample(SWANSEA, "case_supervision", "licence", 24); // 002:542 "24 post-release supervision cases"
        sample(SWANSEA, "court_reports", "all", 20); // 002:542 "20 relevant court reports"
        comparator(SWANSEA, "wales-crc-previous-inspection", "2.3.3", "48 per cent"); // 002:806
        soft.assertAll();
    }

    @Test
    void midlands_2018_values_match_the_report() {
        inspection(MIDLANDS, null, 30, "Good"); // 001:170; no score printed (30 is the round's maximum, 000:191)
        result(MIDLANDS, "2.1.1", "all", 708, "90%");
        result(MIDLANDS, "2.2.3", "all", 715, "78%"); // footnote 10: RoSH-relevant cases
        result(MIDLANDS, "2.3.2", "all", 719, "69%");
        result(MIDLANDS, "2.4.3", "all", 730, "69%");
        result(MIDLANDS, "3.1.1", "all", 737, "83%");
        result(MIDLANDS, "3.2.3", "all", 743, "100%");
        result(MIDLANDS, "3.2.4", "all", 749, "90%"); // after the page break, 001:748-749
        rating(MIDLANDS, "1.2", "Requires improvement"); // 001:177
        rating(MIDLANDS, "2.1", "Outstanding"); // 001:183
        rating(MIDLANDS, "2.2", "Outstanding"); // 001:184 (78% would band Good)
        rating(MIDLANDS, "3.2", "Good"); // 001:191, "Good¹¹" at 001:740
        sample(MIDLANDS, "case_supervision", "all", 128); // 001:671
        sample(MIDLANDS, "court_reports", "all", 123); // 001:683
        sample(MIDLANDS, "victim_work", "all", 22); // 001:694
        soft.assertThat(db.dsl.fetchCount(COMPARATOR, COMPARATOR.INSPECTION_ID.eq(MIDLANDS)))
                .as("comparators")
                .isZero();
        soft.assertAll();
    }

    @Test
    void south_west_2021_values_match_the_report() {
        inspection(SOUTH_WEST, 16, 30, "Good"); // 000:97 "Score **16/30**", 000:101
        result(SOUTH_WEST, "2.1.3", "all", 960, "64%"); // 000:960 64% | All regions 75%
        comparator(SOUTH_WEST, "all-nps-regions", "2.1.3", "75%");
        result(SOUTH_WEST, "2.2.2", "all", 1016, "77%"); // 000:1016 77% | 76%
        comparator(SOUTH_WEST, "all-nps-regions", "2.2.2", "76%");
        result(SOUTH_WEST, "2.3.1", "all", 1086, "90%"); // 000:1086 90% | 87%
        comparator(SOUTH_WEST, "all-nps-regions", "2.3.1", "87%");
        result(SOUTH_WEST, "2.4.3", "all", 1147, "58%"); // 000:1147 58% | 62%
        comparator(SOUTH_WEST, "all-nps-regions", "2.4.3", "62%");
        result(SOUTH_WEST, "3.1.2", "all", 1224, "57%");
        result(SOUTH_WEST, "3.2.1", "all", 1298, "87%");
        result(SOUTH_WEST, "2.4.3.a", "all", 1568, "40%");
        result(SOUTH_WEST, "2.3.1.d", "licence", 1535, "76%"); // "Post-custody cases only"
        result(SOUTH_WEST, "3.2.3.c", "all", 1613, "40%"); // the last line, no final newline
        counts(SOUTH_WEST, "3.1.2.c", "allocated_crc", 1244, null, 61); // "Of the 61 cases ..., in 36 per cent"
        rating(SOUTH_WEST, "1.2", "Requires improvement"); // 000:115
        rating(SOUTH_WEST, "2.1", "Requires improvement"); // 000:135
        rating(SOUTH_WEST, "2.2", "Good"); // 000:141
        rating(SOUTH_WEST, "3.2", "Outstanding"); // 000:167
        sample(SOUTH_WEST, "case_supervision", "all", 86); // 000:1380
        sample(SOUTH_WEST, "case_supervision", "community", 28); // 000:924
        sample(SOUTH_WEST, "case_supervision", "licence", 58); // 000:924
        sample(SOUTH_WEST, "court_reports", "all", 85); // 000:1394
        sample(SOUTH_WEST, "victim_work", "all", 29); // 000:1405
        // 2.1-2.4 tables have an "All (NPS) regions" column (000:957, 1014, 1085, 1144); 3.1, 3.2 have none
        soft.assertThat(db.dsl.fetchCount(COMPARATOR, COMPARATOR.INSPECTION_ID.eq(SOUTH_WEST)))
                .isEqualTo(12);
        soft.assertAll();
    }

    /** Results per "standard subsample" from tables (key-question tables, annexes), counted by hand. */
    static final Map<String, Map<String, Integer>> TABLE_ROWS = Map.of(
            // Annex 2 (001:705-749): 3 key questions each for 2.1-2.4, 2 for 3.1, 4 for 3.2; no prompts
            MIDLANDS, Map.of("2.1 all", 3, "2.2 all", 3, "2.3 all", 3, "2.4 all", 3, "3.1 all", 2, "3.2 all", 4),
            // key-question tables (000:958-960, 1015-1017, 1086-1088, 1145-1147, 1223-1224, 1298-1300) plus
            // Annexe 4 prompts: 2.1 3+3+5 (1491-1506), 2.2 5+3+4 (1511-1527), 2.3 7+6+5 (1532-1552) of which
            // "Post-custody cases only" (1535) is licence, 2.4 4+4+4 (1557-1571), 3.1 9+3 (1576-1591),
            // 3.2 6+4+3 (1596-1613)
            SOUTH_WEST,
                    Map.of(
                            "2.1 all",
                            14,
                            "2.2 all",
                            15,
                            "2.3 all",
                            20,
                            "2.3 licence",
                            1,
                            "2.4 all",
                            15,
                            "3.1 all",
                            14,
                            "3.2 all",
                            16),
            // body tables in 3 columns (002:579 all only, 613-615, 659-661, 700-702, 744-746, 775) plus Annexe
            // two: 2.1 9 prompts, all only (947-958); 2.2 4+3+3 (967-979); 2.3 6+3+4 (985-1000); 2.4 6+6+5
            // and 3 post-custody (1008-1032); 2.5 3+4+4 (1040-1053); 2.6 3 yes/no prompts (1061-1063)
            SWANSEA,
                    Map.ofEntries(
                            entry("2.1 all", 10),
                            entry("2.2 community", 13),
                            entry("2.2 licence", 13),
                            entry("2.2 all", 13),
                            entry("2.3 community", 16),
                            entry("2.3 licence", 16),
                            entry("2.3 all", 16),
                            entry("2.4 community", 23),
                            entry("2.4 licence", 23),
                            entry("2.4 all", 23),
                            entry("2.5 community", 14),
                            entry("2.5 licence", 14),
                            entry("2.5 all", 14),
                            entry("2.6 community", 4),
                            entry("2.6 licence", 4),
                            entry("2.6 all", 4)),
            // no annexe; body key-question tables only (004:352, 380-382, 406-408, 434-436, 461-463, 488)
            SOMERSET, Map.of("2.1 all", 1, "2.2 all", 3, "2.3 all", 3, "2.4 all", 3, "2.5 all", 3, "2.6 all", 1));

    @Test
    void results_from_tables_per_standard_and_subsample_match_the_rows_printed() {
        TABLE_ROWS.forEach((inspection, expected) -> {
            Map<String, Integer> actual = new TreeMap<>();
            db.dsl
                    .selectFrom(RESULT)
                    .where(RESULT.INSPECTION_ID.eq(inspection))
                    .and(RESULT.SOURCE_SECTION.likeIgnoreCase("%annex%").or(RESULT.SOURCE_SECTION.like("%table%")))
                    .forEach(r -> actual.merge(
                            r.getItemCode().replaceAll("^(\\d+\\.\\d+).*", "$1") + " " + r.getSubsample(),
                            1,
                            Integer::sum));
            soft.assertThat(actual).as(inspection).isEqualTo(new TreeMap<>(expected));
        });
        soft.assertAll();
    }

    /** Key questions of the case-based standards printed with a figure (all cases) in each report. */
    static final Map<String, Set<String>> KEY_QUESTIONS = Map.of(
            MIDLANDS,
                    Set.of(
                            "2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.2.3", "2.3.1", "2.3.2", "2.3.3", "2.4.1",
                            "2.4.2", "2.4.3", "3.1.1", "3.1.2", "3.2.1", "3.2.2", "3.2.3", "3.2.4"), // 001:708-749
            // 3.2 prints three key questions (000:1298-1300): no counterpart of Midlands' 3.2.2
            SOUTH_WEST,
                    Set.of(
                            "2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.2.3", "2.3.1", "2.3.2", "2.3.3", "2.4.1",
                            "2.4.2", "2.4.3", "3.1.1", "3.1.2", "3.2.1", "3.2.3", "3.2.4"),
            SWANSEA, pduKeyQuestions(), // 002:579, 613-615, 659-661, 700-702, 744-746, 775
            SOMERSET, pduKeyQuestions()); // 004:352, 380-382, 406-408, 434-436, 461-463, 488

    static Set<String> pduKeyQuestions() {
        return Set.of(
                "2.1.1", "2.2.1", "2.2.2", "2.2.3", "2.3.1", "2.3.2", "2.3.3", "2.4.1", "2.4.2", "2.4.3", "2.5.1",
                "2.5.2", "2.5.3", "2.6.1");
    }

    @Test
    void every_key_question_printed_has_an_all_cases_result_and_no_other_has() {
        KEY_QUESTIONS.forEach((inspection, expected) -> {
            Set<String> actual = new TreeSet<>();
            db
                    .dsl
                    .selectDistinct(RESULT.ITEM_CODE)
                    .from(RESULT)
                    .where(RESULT.INSPECTION_ID.eq(inspection), RESULT.SUBSAMPLE.eq("all"))
                    .fetch(RESULT.ITEM_CODE)
                    .stream()
                    .filter(c -> c.matches("\\d+\\.\\d+\\.\\d+"))
                    .forEach(actual::add);
            soft.assertThat(actual).as(inspection).isEqualTo(new TreeSet<>(expected));
            String framework = db.dsl.fetchValue(INSPECTION.FRAMEWORK, INSPECTION.ID.eq(inspection));
            soft.assertThat(db.dsl
                            .fetch(
                                    FRAMEWORK_ITEM,
                                    FRAMEWORK_ITEM.FRAMEWORK.eq(framework),
                                    FRAMEWORK_ITEM.LEVEL.eq("key_question"))
                            .getValues(FRAMEWORK_ITEM.CODE))
                    .as(inspection + " key questions of " + framework)
                    .containsAll(expected);
        });
        soft.assertAll();
    }

    /** The one result for this item and sub-sample printed at {@code line} of the inspection's report. */
    void result(String inspection, String item, String subsample, int line, String printed) {
        soft.assertThat(db.dsl
                        .fetch(
                                RESULT,
                                RESULT.INSPECTION_ID.eq(inspection),
                                RESULT.ITEM_CODE.eq(item),
                                RESULT.SUBSAMPLE.eq(subsample),
                                RESULT.SOURCE_LINE.eq(line))
                        .getValues(RESULT.PERCENT_PRINTED))
                .as(inspection + " " + item + " " + subsample + " line " + line)
                .containsExactly(printed);
    }

    void counts(String inspection, String item, String subsample, int line, Integer yes, int denominator) {
        soft.assertThat(db.dsl
                        .fetch(
                                RESULT,
                                RESULT.INSPECTION_ID.eq(inspection),
                                RESULT.ITEM_CODE.eq(item),
                                RESULT.SUBSAMPLE.eq(subsample),
                                RESULT.SOURCE_LINE.eq(line))
                        .map(r -> r.getYesCount() + " of " + r.getDenominator()))
                .as(inspection + " " + item + " " + subsample + " line " + line)
                .containsExactly(yes + " of " + denominator);
    }

    void rating(String inspection, String standard, String rating) {
        soft.assertThat(db.dsl.fetchValue(
                        STANDARD_RATING.RATING,
                        STANDARD_RATING.INSPECTION_ID.eq(inspection).and(STANDARD_RATING.STANDARD_CODE.eq(standard))))
                .as(inspection + " rating " + standard)
                .isEqualTo(rating);
    }

    void inspection(String inspection, Integer score, int maxScore, String overall) {
        var i = db.dsl.fetchSingle(INSPECTION, INSPECTION.ID.eq(inspection));
        soft.assertThat(i.getScore()).as(inspection + " score").isEqualTo(score);
        soft.assertThat(i.getMaxScore()).as(inspection + " max score").isEqualTo(maxScore);
        soft.assertThat(i.getOverallRating()).as(inspection + " overall rating").isEqualTo(overall);
    }

    void sample(String inspection, String sample, String subsample, int cases) {
        soft.assertThat(db.dsl.fetchValue(
                        CASE_SAMPLE.CASES,
                        CASE_SAMPLE
                                .INSPECTION_ID
                                .eq(inspection)
                                .and(CASE_SAMPLE.SAMPLE.eq(sample))
                                .and(CASE_SAMPLE.SUBSAMPLE.eq(subsample))))
                .as(inspection + " " + sample + " " + subsample)
                .isEqualTo(cases);
    }

    void comparator(String inspection, String series, String item, String printed) {
        soft.assertThat(db.dsl.fetchValue(
                        COMPARATOR.PERCENT_PRINTED,
                        COMPARATOR
                                .INSPECTION_ID
                                .eq(inspection)
                                .and(COMPARATOR.SERIES.eq(series))
                                .and(COMPARATOR.ITEM_CODE.eq(item))
                                .and(COMPARATOR.SUBSAMPLE.eq("all"))))
                .as(inspection + " " + series + " " + item)
                .isEqualTo(printed);
    }
}
