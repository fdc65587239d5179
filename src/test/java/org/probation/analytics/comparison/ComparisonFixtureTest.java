package org.probation.analytics.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probation.analytics.TestDatabase;
import org.probation.analytics.TestLookups;
import org.probation.analytics.base.CountKind;
import org.probation.analytics.base.DataVersion;
import org.probation.analytics.changes.ChangesService;
import org.probation.analytics.dataset.DatasetTestSupport;
import org.probation.analytics.stats.TestUsed;
import org.probation.analytics.stats.TwoProportionTest;

/**
 * Pooling and pairing on a small fixture with stated counts: three PDU inspections, two in the
 * South West (Somerset, Devon and Torbay) and one in Wales (Swansea).
 */
class ComparisonFixtureTest {

    @TempDir
    Path dir;

    TestDatabase db;
    ComparisonService service;
    ChangesService changeService;
    final DataVersion version = new DataVersion();

    @BeforeEach
    void setUp() throws IOException {
        db = new TestDatabase();
        TestDatabase.copyTree(Path.of("src/test/resources/datasets/minimal"), dir);
        inspection(
                "devon-and-torbay-2023",
                "devon-and-torbay",
                "2023-03-01",
                "2.2.1,all,70%,70,28,40",
                "2.2.3,all,50%,50,20,40");
        inspection(
                "swansea-neath-port-talbot-2022",
                "swansea-neath-port-talbot",
                "2021-10-25",
                "2.2.1,all,45%,45,9,20",
                "2.2.3,all,25%,25,5,20",
                "2.2.3,community,20%,20,2,10",
                "2.2.3,licence,30%,30,3,10");
        DatasetTestSupport.load(db, dir);
        service = new ComparisonService(
                new ComparisonRepository(db.dsl), new BulkComparisonRepository(db.dsl), TestLookups.items(db), version);
        changeService = new ChangesService(service, version);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void the_national_benchmark_pools_every_other_provider_and_excludes_the_provider_itself() {
        ComparisonRow row = only(service.benchmark("devon-and-torbay-2023", "national", 0.1), "2.2.1");

        // others: Somerset 2.2.1 (79% of 42, estimated 33/42) and Swansea 9/20
        assertThat(row.xA()).isEqualTo(28);
        assertThat(row.nA()).isEqualTo(40);
        assertThat(row.xB()).isEqualTo(33 + 9);
        assertThat(row.nB()).isEqualTo(42 + 20);
        assertThat(row.providersB()).isEqualTo(2);
        assertThat(row.countB()).isEqualTo(CountKind.ESTIMATED);
        assertThat(row.approximate()).isTrue();
        // provider − benchmark: Devon and Torbay's count is the test's first sample
        assertThat(row.z())
                .isEqualTo(TwoProportionTest.withDefaults().test(28, 40, 42, 62).z());
        assertThat(row.diff()).isCloseTo(100.0 * 28 / 40 - 100.0 * 42 / 62, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void the_region_benchmark_pools_only_the_region() {
        ComparisonRow row = only(service.benchmark("devon-and-torbay-2023", "region", 0.1), "2.2.3");

        assertThat(row.labelB()).isEqualTo("region South West (other providers, pooled)");
        assertThat(row.xB()).isEqualTo(13); // Somerset 31% of 42, estimated
        assertThat(row.nB()).isEqualTo(42);
        assertThat(row.providersB()).isEqualTo(1);
    }

    @Test
    void regions_are_pooled_with_their_counts_and_number_of_providers() {
        ComparisonRow row = only(service.regions("pdu-2021", "south-west", "wales", 0.1), "2.2.3");

        assertThat(row.xA()).isEqualTo(13 + 20);
        assertThat(row.nA()).isEqualTo(42 + 40);
        assertThat(row.providersA()).isEqualTo(2);
        assertThat(row.xB()).isEqualTo(5);
        assertThat(row.nB()).isEqualTo(20);
        // two peers: A − B
        assertThat(row.diff()).isCloseTo(100.0 * 33 / 82 - 25.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void sub_samples_are_contrasted_where_both_are_published() {
        List<ComparisonRow> rows = service.subsamples("swansea-neath-port-talbot-2022", "community", "licence", 0.1);

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.questionCode()).isEqualTo("2.2.3");
            assertThat(r.diff()).isCloseTo(-10.0, org.assertj.core.data.Offset.offset(1e-9)); // A − B
            assertThat(r.test()).isEqualTo(TestUsed.POOLED_Z);
            assertThat(r.q()).isEqualTo(r.p());
        });
    }

    @Test
    void a_change_between_two_inspections_of_one_provider_is_listed_only_when_significant() throws IOException {
        // asked before the new inspection is loaded: the answer kept for that load must not be reused after it
        assertThat(changeService.changes(0.1)).isEmpty();
        // Somerset again a year later: 2.2.3 from ~13/42 to 38/42
        inspection("somerset-2024", "somerset", "2024-06-01", "2.2.3,all,90%,90,38,42", "2.2.1,all,80%,80,34,42");
        DatasetTestSupport.load(db, dir, version);

        List<ComparisonRow> changes = changeService.changes(0.1);

        assertThat(changes).extracting(ComparisonRow::questionCode).containsExactly("2.2.3");
        assertThat(changes.getFirst().significant()).isTrue();
    }

    @Test
    void unknown_ids_and_bad_parameters_are_refused_with_a_message() {
        assertThatThrownBy(() -> service.benchmark("atlantis", "national", 0.1))
                .isInstanceOf(ComparisonException.NotFound.class)
                .hasMessage("no inspection 'atlantis'");
        assertThatThrownBy(() -> service.benchmark("somerset-2023", "galaxy", 0.1))
                .isInstanceOf(ComparisonException.BadRequest.class)
                .hasMessage("against must be region, national or comparator, not 'galaxy'");
        assertThatThrownBy(() -> service.subsamples("somerset-2023", "community", "martians", 0.1))
                .isInstanceOf(ComparisonException.NotFound.class)
                .hasMessage("no results for sub-sample 'martians'");
        assertThatThrownBy(() -> service.regions("pdu-2021", "south-west", "london", 0.1))
                .isInstanceOf(ComparisonException.NotFound.class)
                .hasMessage("no inspected provider of region 'london' under framework 'pdu-2021'");
    }

    private static ComparisonRow only(List<ComparisonRow> rows, String code) {
        return rows.stream()
                .filter(r -> r.questionCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private void inspection(String id, String provider, String fieldwork, String... results) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("inspections").resolve(id));
        Files.writeString(
                folder.resolve("inspection.csv"),
                "id,provider_id,framework,title,fieldwork_start,"
                        + "fieldwork_start_precision,published,score,max_score,overall_rating,source_file,source_line,notes\n"
                        + id + "," + provider + ",pdu-2021,Fixture " + id + "," + fieldwork + ",day,"
                        + fieldwork.substring(0, 7)
                        + ",,,,fixture.txt,1,\n");
        StringBuilder csv = new StringBuilder("inspection_id,item_code,subsample,percent_printed,percent,yes_count,"
                + "denominator,marker,marker_meaning,question_as_printed,source_section,source_file,source_line\n");
        for (String r : results) {
            csv.append(id).append(',').append(r).append(",,,q,table,fixture.txt,2\n");
        }
        Files.writeString(folder.resolve("results.csv"), csv.toString());
    }
}
