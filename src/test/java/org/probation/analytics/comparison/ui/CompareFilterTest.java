package org.probation.analytics.comparison.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.probation.analytics.base.CountKind;
import org.probation.analytics.comparison.Adjustment;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.Figures;
import org.probation.analytics.comparison.InspectionChoice;
import org.probation.analytics.comparison.RegionChoice;
import org.probation.analytics.comparison.ui.CompareFilter.Level;
import org.probation.analytics.comparison.ui.CompareFilter.Mode;
import org.probation.analytics.stats.TestUsed;

class CompareFilterTest {

    @Test
    void a_permalink_reads_back_to_the_same_query() {
        String query =
                "mode=inspections&before=nps-south-west-2021&after=somerset-2023&level=key_question&standard=2.2&adjust=bh&alpha=0.05";

        CompareFilter filter = CompareFilter.from(QueryParameters.fromString(query));

        assertThat(filter.mode()).isEqualTo(Mode.INSPECTIONS);
        assertThat(filter.level()).isEqualTo(Level.KEY_QUESTION);
        assertThat(filter.adjustment()).isEqualTo(Adjustment.BENJAMINI_HOCHBERG);
        assertThat(String.join(
                        "&",
                        filter.toQuery().entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .toList()))
                .isEqualTo(query);
    }

    @Test
    void an_older_permalink_s_bh_true_reads_as_benjamini_hochberg_and_an_unknown_adjustment_as_none() {
        assertThat(CompareFilter.from(QueryParameters.fromString("bh=true")).adjustment())
                .isEqualTo(Adjustment.BENJAMINI_HOCHBERG);
        assertThat(CompareFilter.from(QueryParameters.fromString("bh=true")).toQuery())
                .containsEntry("adjust", "bh");
        assertThat(CompareFilter.from(QueryParameters.fromString("adjust=holm")).adjustment())
                .isEqualTo(Adjustment.HOLM);
        assertThat(CompareFilter.from(QueryParameters.fromString("adjust=sideways"))
                        .adjustment())
                .isEqualTo(Adjustment.NONE);
    }

    @Test
    void the_query_names_only_the_parameters_of_its_mode() {
        CompareFilter filter = CompareFilter.from(QueryParameters.fromString(
                "mode=benchmark&inspection=somerset-2023&against=comparator&before=x&framework=y"));

        assertThat(filter.toQuery())
                .containsExactly(
                        entry("mode", "benchmark"),
                        entry("inspection", "somerset-2023"),
                        entry("against", "comparator"),
                        entry("alpha", "0.1"));
    }

    @Test
    void bad_values_fall_back_to_the_inspectorate_defaults() {
        CompareFilter filter =
                CompareFilter.from(QueryParameters.fromString("mode=sideways&level=odd&alpha=2&against=moon"));

        assertThat(filter.mode()).isEqualTo(Mode.INSPECTIONS);
        assertThat(filter.level()).isEqualTo(Level.ALL);
        assertThat(filter.alpha()).isEqualTo(0.1);
        assertThat(filter.against()).isNull();
    }

    @Test
    void what_the_url_leaves_out_is_the_latest_inspections_and_the_first_two_regions() {
        List<InspectionChoice> inspections = List.of(
                new InspectionChoice("old", "Old", "f", "r1", LocalDate.of(2019, 1, 1), null),
                new InspectionChoice("mid", "Mid", "f", "r1", LocalDate.of(2021, 1, 1), null),
                new InspectionChoice("new", "New", "f", "r2", LocalDate.of(2023, 1, 1), null));
        List<RegionChoice> regions =
                List.of(new RegionChoice("f", "F", "r1", "One"), new RegionChoice("f", "F", "r2", "Two"));

        CompareFilter filter = CompareFilter.from(QueryParameters.empty()).withDefaults(inspections, regions);

        assertThat(List.of(filter.before(), filter.after(), filter.inspection(), filter.against()))
                .containsExactly("mid", "new", "new", "national");
        assertThat(List.of(filter.framework(), filter.regionA(), filter.regionB()))
                .containsExactly("f", "r1", "r2");
        assertThat(filter.missing()).isNull();
    }

    @Test
    void a_percent_beside_a_difference_of_counts_says_what_the_test_used_when_it_is_not_the_printed_one() {
        // issue 14, item 6: 79% printed, 33/42 = 78.6% tested
        assertThat(Figures.tested(79.0, 33, 42)).isEqualTo("printed 79%; the test used 33/42 = 78.6%");
        assertThat(Figures.differs(79.0, 33, 42)).isTrue();
        // 55/86 = 63.95%: the printed 64% to a tenth, nothing to say
        assertThat(Figures.tested(64.0, 55, 86)).isEmpty();
        assertThat(Figures.tested(64.0, null, null)).isEmpty();
    }

    @Test
    void a_linked_question_belongs_to_the_standard_of_its_later_code() {
        assertThat(CompareFilter.standardOf(row("2.1.3 → 2.2.3"))).isEqualTo("2.2");
        assertThat(CompareFilter.standardOf(row("2.3.1.c"))).isEqualTo("2.3");
    }

    private static ComparisonRow row(String code) {
        ComparisonRow.Side side = new ComparisonRow.Side("A", 1, 2, 50.0, CountKind.STATED, 1, null, null, null);
        return new ComparisonRow(
                new ComparisonRow.Item(code, "q", "key_question"),
                side,
                side,
                new ComparisonRow.Outcome(
                        0.0, null, null, null, null, TestUsed.NONE, false, null, null, false, "m", null, null),
                new ComparisonRow.Verdicts(null, null, "not_tested", 0, null, "not_tested", null, "not_tested"),
                "after − before");
    }
}
