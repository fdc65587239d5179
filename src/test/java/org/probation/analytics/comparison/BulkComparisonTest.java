package org.probation.analytics.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.probation.analytics.TestDatabase;
import org.probation.analytics.TestLookups;
import org.probation.analytics.base.DataVersion;
import org.probation.analytics.changes.Change;
import org.probation.analytics.changes.ChangeReport;
import org.probation.analytics.changes.ChangesService;
import org.probation.analytics.dataset.DatasetTestSupport;

/**
 * The all-providers comparisons from one query each give exactly what the per-inspection
 * comparisons give: every national benchmark row, and every change of every successive pair.
 */
class BulkComparisonTest {

    static TestDatabase db;
    static ComparisonService service;
    static ChangesService changes;
    static ComparisonRepository repository;

    @BeforeAll
    static void load() {
        db = new TestDatabase();
        DatasetTestSupport.load(db, Path.of("datasets"));
        repository = new ComparisonRepository(db.dsl);
        service = new ComparisonService(
                repository, new BulkComparisonRepository(db.dsl), TestLookups.items(db), new DataVersion());
        changes = new ChangesService(service, new DataVersion());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void every_inspection_against_the_national_pool_equals_its_own_benchmark() {
        Map<String, List<ComparisonRow>> all = service.nationalBenchmarks(0.1);

        assertThat(all.keySet())
                .containsExactlyInAnyOrderElementsOf(service.inspectionChoices().stream()
                        .map(InspectionChoice::id)
                        .toList());
        int tested = 0;
        for (var entry : all.entrySet()) {
            List<ComparisonRow> one = service.benchmark(entry.getKey(), "national", 0.1);
            assertThat(entry.getValue()).as(entry.getKey()).containsExactlyElementsOf(one);
            tested += (int) one.stream().filter(r -> r.p() != null).count();
        }
        assertThat(tested).as("tested rows over the seeds").isGreaterThan(50);
    }

    @Test
    void the_change_report_equals_the_pairs_compared_one_by_one() {
        ChangeReport report = changes.changeReport(0.1);

        List<Change> expected = new ArrayList<>();
        int compared = 0;
        for (String[] pair : repository.changePairs()) {
            for (ComparisonRow r : service.inspections(pair[0], pair[1], 0.1)) {
                compared++;
                if (r.significant()) {
                    expected.add(new Change(pair[0], null, pair[1], null, r));
                }
            }
        }
        assertThat(report.compared()).isEqualTo(compared).isPositive();
        assertThat(report.changes())
                .extracting(c -> c.before() + "→" + c.after() + " " + c.row())
                .containsExactlyElementsOf(expected.stream()
                        .map(c -> c.before() + "→" + c.after() + " " + c.row())
                        .toList())
                .isNotEmpty();
        assertThat(changes.changes(0.1))
                .containsExactlyElementsOf(expected.stream().map(Change::row).toList());
    }
}
