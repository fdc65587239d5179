package org.probation.analytics.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import org.probation.analytics.synthetic.SyntheticNational;

/**
 * The all-providers comparisons at national scale (the synthetic national dataset: 366
 * inspections, NPS regions followed into their PDUs across frameworks) give what the
 * one-at-a-time comparisons give, for every tenth inspection and every seventh successive pair.
 */
class NationalBulkComparisonTest {

    static TestDatabase db;
    static ComparisonService service;
    static ChangesService changes;
    static ComparisonRepository repository;

    @BeforeAll
    static void load() {
        db = new TestDatabase();
        DatasetTestSupport.load(
                db,
                SyntheticNational.write(Path.of("target/test-synthetic/bulk-seed-7"), 7)
                        .out());
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
    void national_benchmarks_equal_the_benchmark_of_each_inspection() {
        Map<String, List<ComparisonRow>> all = service.nationalBenchmarks(0.1);
        List<String> ids =
                service.inspectionChoices().stream().map(InspectionChoice::id).toList();

        assertThat(ids).hasSizeGreaterThan(300);
        assertThat(all.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        for (int i = 0; i < ids.size(); i += 10) {
            String id = ids.get(i);
            assertThat(all.get(id))
                    .as(id)
                    .isNotEmpty()
                    .containsExactlyElementsOf(service.benchmark(id, "national", 0.1));
        }
    }

    @Test
    void every_tenth_change_pair_equals_its_own_comparison() {
        ChangeReport report = changes.changeReport(0.1);
        List<String[]> pairs = repository.changePairs();

        assertThat(report.pairs()).hasSize(pairs.size()).hasSizeGreaterThan(300);
        Map<String, String> framework = new java.util.HashMap<>();
        service.inspectionChoices().forEach(c -> framework.put(c.id(), c.framework()));
        // both kinds of pair: within a framework, and a region followed into a PDU across frameworks
        assertThat(pairs)
                .anySatisfy(p -> assertThat(framework.get(p[0])).isEqualTo(framework.get(p[1])))
                .anySatisfy(p -> assertThat(framework.get(p[0])).isNotEqualTo(framework.get(p[1])));
        for (int i = 0; i < pairs.size(); i += 7) {
            String[] pair = pairs.get(i);
            List<ComparisonRow> significant = service.inspections(pair[0], pair[1], 0.1).stream()
                    .filter(ComparisonRow::significant)
                    .toList();
            assertThat(report.changes().stream()
                            .filter(c -> c.before().equals(pair[0]) && c.after().equals(pair[1]))
                            .map(Change::row)
                            .toList())
                    .as(pair[0] + " → " + pair[1])
                    .containsExactlyElementsOf(significant);
        }
    }
}
