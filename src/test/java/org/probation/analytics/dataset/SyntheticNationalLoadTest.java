package org.probation.analytics.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probation.analytics.db.Tables.DATA_QUALITY_FLAG;
import static org.probation.analytics.db.Tables.FRAMEWORK_ITEM;
import static org.probation.analytics.db.Tables.INSPECTION;
import static org.probation.analytics.db.Tables.PROVIDER;
import static org.probation.analytics.db.Tables.PROVIDER_SUCCESSION;
import static org.probation.analytics.db.Tables.RESULT;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probation.analytics.TestDatabase;
import org.probation.analytics.stats.TwoProportionResult;
import org.probation.analytics.stats.TwoProportionTest;
import org.probation.analytics.synthetic.GenerationReport;
import org.probation.analytics.synthetic.SyntheticNational;

/** The generated national dataset through the real loader into a real DuckDB, and what the model puts in it. */
class SyntheticNationalLoadTest {

    @TempDir
    static Path dir;

    static GenerationReport generated;
    static LoadReport loaded;
    static TestDatabase db;

    @BeforeAll
    static void generateAndLoad() {
        generated = SyntheticNational.write(dir.resolve("national"), 7);
        db = new TestDatabase();
        loaded = new DatasetLoader(db.dataSource).load(generated.out());
        System.out.println(generated);
        System.out.println("Loaded the synthetic national dataset through DatasetLoader: " + loaded.rows()
                + " rows from " + loaded.files() + " files in " + loaded.millis() + " ms");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void every_region_pdu_inspection_and_result_is_loaded_and_marked_synthetic() {
        assertThat(loaded.skipped()).isFalse();
        assertThat(db.dsl.fetchCount(PROVIDER, PROVIDER.TYPE.eq("pdu"))).isEqualTo(110);
        assertThat(db.dsl.fetchCount(PROVIDER, PROVIDER.TYPE.eq("probation_region")))
                .isEqualTo(12);
        assertThat(db.dsl.fetchCount(PROVIDER)).isEqualTo(122);
        assertThat(db.dsl.fetchCount(INSPECTION)).isEqualTo(366);
        assertThat(db.dsl.fetchCount(INSPECTION, INSPECTION.SYNTHETIC.isTrue())).isEqualTo(366);
        assertThat(db.dsl.fetchCount(RESULT))
                .isEqualTo(generated.rows().get("results.csv").intValue())
                .isGreaterThan(150_000);
        assertThat(db.dsl.fetchCount(RESULT, RESULT.DENOMINATOR_KIND.ne("stated")))
                .isZero();
        assertThat(db.dsl.fetchCount(PROVIDER_SUCCESSION)).isEqualTo(110);
    }

    @Test
    void the_generated_dataset_raises_no_data_quality_flag() {
        assertThat(db.dsl
                        .select(DATA_QUALITY_FLAG.RULE, DATA_QUALITY_FLAG.REASON)
                        .from(DATA_QUALITY_FLAG)
                        .limit(5)
                        .fetch())
                .isEmpty();
    }

    @Test
    void pdus_change_between_rounds_beyond_chance_and_improve_nationally() {
        // all-cases key-question results of each PDU at 2022, 2024 and 2026
        Map<String, List<int[]>> series = db
                .dsl
                .select(INSPECTION.PROVIDER_ID, RESULT.ITEM_CODE, RESULT.YES_COUNT, RESULT.DENOMINATOR)
                .from(RESULT)
                .join(INSPECTION)
                .on(INSPECTION.ID.eq(RESULT.INSPECTION_ID))
                .join(FRAMEWORK_ITEM)
                .on(FRAMEWORK_ITEM.FRAMEWORK.eq(RESULT.FRAMEWORK), FRAMEWORK_ITEM.CODE.eq(RESULT.ITEM_CODE))
                .where(
                        RESULT.SUBSAMPLE.eq("all"),
                        FRAMEWORK_ITEM.LEVEL.eq("key_question"),
                        INSPECTION.FRAMEWORK.eq("pdu-2021"))
                .orderBy(INSPECTION.FIELDWORK_START)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> r.value1() + "/" + r.value2(),
                        Collectors.mapping(r -> new int[] {r.value3(), r.value4()}, Collectors.toList())));
        List<TwoProportionResult> changes = new ArrayList<>();
        for (List<int[]> rounds : series.values()) {
            assertThat(rounds).hasSize(3);
            for (int r = 1; r < 3; r++) {
                changes.add(TwoProportionTest.withDefaults()
                        .test(rounds.get(r)[0], rounds.get(r)[1], rounds.get(r - 1)[0], rounds.get(r - 1)[1]));
            }
        }
        long significant =
                changes.stream().filter(TwoProportionResult::significant).count();
        double meanChange = changes.stream()
                .mapToDouble(TwoProportionResult::diff)
                .average()
                .orElseThrow();

        System.out.printf(
                "PDU key questions between successive rounds: %d of %d changes significant at alpha 0.1, mean %+.1f points%n",
                significant, changes.size(), 100 * meanChange);

        assertThat(changes).hasSize(110 * 14 * 2);
        // with no real change about 10% would be flagged at alpha 0.1; the model's changes go well beyond that
        assertThat((double) significant / changes.size()).isGreaterThan(0.2);
        assertThat(changes.stream().filter(c -> c.significant() && c.diff() < 0))
                .isNotEmpty();
        assertThat(meanChange).isPositive();
    }
}
