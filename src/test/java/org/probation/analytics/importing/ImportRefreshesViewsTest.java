package org.probation.analytics.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.probation.analytics.comparison.ComparisonException;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.ComparisonService;
import org.probation.analytics.comparison.InspectionChoice;
import org.probation.analytics.dataset.DatasetLoader;
import org.probation.analytics.funnel.FunnelPoint;
import org.probation.analytics.funnel.FunnelQuestion;
import org.probation.analytics.funnel.FunnelService;
import org.probation.analytics.inspection.Inspection;
import org.probation.analytics.inspection.InspectionService;
import org.probation.analytics.inspection.ResultRow;
import org.probation.analytics.overview.OverviewFilter;
import org.probation.analytics.overview.OverviewRow;
import org.probation.analytics.overview.OverviewService;
import org.probation.analytics.rating.RatingService;
import org.probation.analytics.subsample.SubsampleFilter;
import org.probation.analytics.subsample.SubsampleProfile;
import org.probation.analytics.subsample.SubsampleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The views keep answers per load: an import's commit, its replacement, its deletion and a reload
 * of the datasets must each show at once in every view's service, never a kept answer.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:duckdb:memory:import-refreshes-views")
class ImportRefreshesViewsTest {

    static final String DEVON = "devon-and-torbay-2024";
    static Path importsDir;

    @DynamicPropertySource
    static void importsFolder(DynamicPropertyRegistry registry) throws IOException {
        importsDir = Files.createTempDirectory("import-refresh");
        registry.add("inspections.imports-dir", importsDir::toString);
    }

    @Autowired
    ImportService imports;

    @Autowired
    DatasetLoader loader;

    @Autowired
    InspectionService inspections;

    @Autowired
    RatingService ratings;

    @Autowired
    OverviewService overview;

    @Autowired
    FunnelService funnel;

    @Autowired
    ComparisonService comparisons;

    @Autowired
    SubsampleService subsamples;

    @Test
    void every_view_shows_an_import_once_committed_replaced_and_deleted() {
        // each answer read, and so kept, before the import
        assertShown(false);
        int withResult = question("2.2.3").inspections();
        int pooled = national("somerset-2023", "2.2.3").providersB();

        imports.commit(imports.preview(ImportServiceTest.devon("55")).token(), false);

        assertShown(true);
        assertThat(inspections.results(DEVON).orElseThrow())
                .extracting(ResultRow::percentPrinted)
                .containsExactly("55%", "40%");
        assertThat(question("2.2.3").inspections()).isEqualTo(withResult + 1);
        assertThat(national("somerset-2023", "2.2.3").providersB()).isEqualTo(pooled + 1);
        assertThat(national(DEVON, "2.2.3").nA()).isEqualTo(20);

        imports.commit(imports.preview(ImportServiceTest.devon("60")).token(), true);

        assertThat(inspections.results(DEVON).orElseThrow())
                .extracting(ResultRow::percentPrinted)
                .containsExactly("60%", "40%");

        imports.delete(DEVON);

        assertShown(false);
        assertThat(question("2.2.3").inspections()).isEqualTo(withResult);
        assertThat(national("somerset-2023", "2.2.3").providersB()).isEqualTo(pooled);
    }

    @Test
    void a_reload_of_other_datasets_shows_at_once_and_so_does_loading_the_first_ones_again() {
        List<String> seeds =
                inspections.inspections().stream().map(Inspection::id).toList();
        assertThat(seeds).contains("somerset-2023", "nps-midlands-2018");
        assertThat(overview.choices().frameworks()).hasSizeGreaterThan(1);

        try {
            loader.load(ImportServiceTest.MINIMAL, importsDir);

            assertThat(inspections.inspections()).extracting(Inspection::id).containsExactly("somerset-2023");
            assertThat(comparisons.inspectionChoices())
                    .extracting(InspectionChoice::id)
                    .containsExactly("somerset-2023");
            assertThat(overview.choices().frameworks())
                    .extracting(c -> c.code())
                    .containsExactly("pdu-2021");
            assertThat(funnel.frameworks()).hasSize(1);
            assertThat(inspections.inspection("nps-midlands-2018")).isEmpty();
            assertThat(ratings.overall("nps-midlands-2018")).isEmpty();
            // the only inspection left has nobody to be pooled against: an empty pool, said as such (issue 14, item 3)
            assertThat(comparisons.benchmarkPool("somerset-2023", "national"))
                    .hasValueSatisfying(p -> assertThat(p.providers()).isEmpty());
            assertThatThrownBy(() -> comparisons.benchmark("somerset-2023", "national", 0.1))
                    .isInstanceOf(ComparisonException.NotFound.class)
                    .hasMessageContaining("nothing to compare with");
        } finally {
            loader.load(Path.of("datasets"), importsDir);
        }

        assertThat(inspections.inspections()).extracting(Inspection::id).containsExactlyElementsOf(seeds);
        assertThat(ratings.overall("nps-midlands-2018")).isPresent();
    }

    private void assertShown(boolean shown) {
        assertThat(inspections.inspections().stream().map(Inspection::id).anyMatch(DEVON::equals))
                .isEqualTo(shown);
        assertThat(inspections.inspection(DEVON).isPresent()).isEqualTo(shown);
        assertThat(inspections.results(DEVON).isPresent()).isEqualTo(shown);
        assertThat(inspections.flags(DEVON).isEmpty()).isEqualTo(!shown); // its missing key questions are flagged
        assertThat(inspections.flags(null).stream()
                        .anyMatch(f -> f.inspectionId().equals(DEVON)))
                .isEqualTo(shown);
        assertThat(ratings.overall(DEVON).isPresent()).isEqualTo(shown);
        assertThat(ratings.standards(DEVON).isPresent()).isEqualTo(shown);
        assertThat(overview.overview(new OverviewFilter("pdu-2021", null, null)).rows().stream()
                        .map(OverviewRow::inspectionId)
                        .anyMatch(DEVON::equals))
                .isEqualTo(shown);
        assertThat(funnel.funnel("pdu-2021", "2.2.3").points().stream()
                        .map(FunnelPoint::inspectionId)
                        .anyMatch(DEVON::equals))
                .isEqualTo(shown);
        assertThat(comparisons.inspectionChoices().stream()
                        .map(InspectionChoice::id)
                        .anyMatch(DEVON::equals))
                .isEqualTo(shown);
        SubsampleProfile profile =
                subsamples.profile(SubsampleFilter.withDefaults().withInspection("somerset-2023"));
        assertThat(profile.inspections().stream().anyMatch(c -> c.code().equals(DEVON)))
                .isEqualTo(shown);
        if (shown) {
            assertThat(comparisons.benchmark(DEVON, "national", 0.1)).isNotEmpty();
        } else {
            assertThatThrownBy(() -> comparisons.benchmark(DEVON, "national", 0.1))
                    .isInstanceOf(ComparisonException.NotFound.class);
        }
    }

    private FunnelQuestion question(String code) {
        return funnel.questions("pdu-2021").stream()
                .filter(q -> q.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private ComparisonRow national(String inspection, String question) {
        return comparisons.benchmark(inspection, "national", 0.1).stream()
                .filter(r -> r.questionCode().equals(question))
                .findFirst()
                .orElseThrow();
    }
}
