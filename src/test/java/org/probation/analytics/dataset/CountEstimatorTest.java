package org.probation.analytics.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.probation.analytics.dataset.CountEstimator.Base;
import org.probation.analytics.dataset.CountEstimator.Figure;
import org.probation.analytics.dataset.CountEstimator.Result;
import org.probation.analytics.dataset.CountEstimator.Tier;

/** Count estimation on cases worked by hand. */
class CountEstimatorTest {

    @Test
    void a_percent_of_a_stated_sample_size_has_one_count() {
        // 42 cases, 31%: 13/42 = 30.95 rounds to 31; 12/42 = 28.6 and 14/42 = 33.3 do not.
        Result r = CountEstimator.single(new Figure(31, 0, null, 42));

        assertThat(r.unique()).isTrue();
        assertThat(r.tier()).isEqualTo(Tier.EXACT);
        assertThat(r.best().counts().getFirst()).containsExactly(13, 42);
    }

    @Test
    void the_split_that_fits_every_printed_figure_at_once_is_found() {
        // 24 community, 16 licence: 38% = 9/24 (37.5), 81% = 13/16 (81.25), 55% = 22/40.
        Result r = CountEstimator.split(
                new Figure(38, 0, null, 24), new Figure(81, 0, null, 16), new Figure(55, 0, null, 40));

        assertThat(r.unique()).isTrue();
        assertThat(r.best().counts())
                .satisfiesExactly(
                        c -> assertThat(c).containsExactly(9, 24),
                        l -> assertThat(l).containsExactly(13, 16),
                        a -> assertThat(a).containsExactly(22, 40));
    }

    @Test
    void swansea_2_2_2_fits_the_swapped_split_exactly_and_not_the_stated_one() {
        // 42% / 88% / 60%: at 24/16, 10/24 = 41.7, 14/16 = 87.5, 24/40 = 60.0, and nothing else;
        // at the stated 16/24 no count fits 88% of 24 with 42% of 16 and 60% of 40.
        Figure c24 = new Figure(42, 0, null, 24);
        Figure l16 = new Figure(88, 0, null, 16);
        Figure a40 = new Figure(60, 0, null, 40);
        assertThat(CountEstimator.fitsAt(c24, l16, a40, 24, 16)).isTrue();
        assertThat(CountEstimator.fitsAt(c24, l16, a40, 16, 24)).isFalse();

        Result r = CountEstimator.split(c24, l16, a40);
        assertThat(r.unique()).isTrue();
        assertThat(r.best().counts())
                .satisfiesExactly(
                        c -> assertThat(c).containsExactly(10, 24),
                        l -> assertThat(l).containsExactly(14, 16),
                        a -> assertThat(a).containsExactly(24, 40));
    }

    @Test
    void an_unmarked_question_that_fits_nowhere_at_the_sizes_falls_back_to_every_smaller_n() {
        // 2.2.2 read at the stated 16 community / 24 licence: 88% of 24 fits nothing, so the search
        // falls back to n below the sizes, where 5/12 and 7/8 (41.7, 87.5, 12/20 = 60) fit.
        Result r = CountEstimator.split(
                new Figure(42, 0, null, 16), new Figure(88, 0, null, 24), new Figure(60, 0, null, 40));

        assertThat(r.tier()).isEqualTo(Tier.FALLBACK);
        assertThat(r.pointAtSizes()).isFalse();
        assertThat(r.solutions()).anySatisfy(s -> {
            assertThat(s.counts().get(0)).containsExactly(5, 12);
            assertThat(s.counts().get(1)).containsExactly(7, 8);
        });
        assertThat(r.solutions()).allSatisfy(s -> {
            assertThat(s.counts().get(0)[1]).isLessThanOrEqualTo(16);
            assertThat(s.counts().get(1)[1]).isLessThan(24);
        });
    }

    @Test
    void no_whole_counts_at_or_below_the_sizes_is_no_solution() {
        // 38% / 81% / 55% at 16 community / 24 licence: nothing fits, at the sizes or below them
        Result r = CountEstimator.split(
                new Figure(38, 0, null, 16), new Figure(81, 0, null, 24), new Figure(55, 0, null, 40));

        assertThat(r.found()).isFalse();
        assertThat(r.tooMany()).isFalse();
    }

    @Test
    void a_relevant_only_question_keeps_the_exact_solution_and_every_smaller_one() {
        // 50% of up to 10 relevant cases: 1/2, 2/4, 3/6, 4/8, 5/10 all fit; 5/10 (at the size) shown
        Result r = CountEstimator.single(new Figure(50, 0, null, 10), Base.RELEVANT_ONLY);

        assertThat(r.tier()).isEqualTo(Tier.RELEVANT);
        assertThat(r.solutions()).hasSize(5);
        assertThat(r.unique()).isFalse();
        assertThat(r.pointAtSizes()).isTrue();
        assertThat(r.best().counts().getFirst()).containsExactly(5, 10);
    }

    @Test
    void an_unmarked_question_is_read_at_the_size_first_and_falls_back_only_when_nothing_fits() {
        // 50% of 10: 5/10 fits, so the question is not re-read as relevant cases only.
        Result exact = CountEstimator.single(new Figure(50, 0, null, 10));
        assertThat(exact.unique()).isTrue();
        assertThat(exact.tier()).isEqualTo(Tier.EXACT);
        // 33% of 10 fits no count (3/10 = 30, 4/10 = 40); below 10: 1/3, 2/6, 3/9
        Result fallback = CountEstimator.single(new Figure(33, 0, null, 10));
        assertThat(fallback.tier()).isEqualTo(Tier.FALLBACK);
        assertThat(fallback.solutions()).hasSize(3);
        assertThat(fallback.best().counts().getFirst()).containsExactly(3, 9);
    }

    @Test
    void a_question_whose_legend_keeps_every_case_is_read_at_the_size_like_an_unmarked_one() {
        Result r = CountEstimator.single(new Figure(50, 0, null, 10), Base.ALL_CASES_MARKED);

        assertThat(r.unique()).isTrue();
        assertThat(r.best().counts().getFirst()).containsExactly(5, 10);
    }

    @Test
    void a_percent_with_a_decimal_is_matched_to_its_printed_precision() {
        // 37.5% with one decimal: 3/8, 6/16 ... of exactly 16 only 6/16.
        Result r = CountEstimator.single(new Figure(37.5, 1, null, 16));

        assertThat(r.best().counts().getFirst()).containsExactly(6, 16);
        assertThat(CountEstimator.single(new Figure(37.4, 1, 16, 0)).found()).isFalse();
    }

    @Test
    void a_stated_denominator_is_never_replaced() {
        Result r = CountEstimator.single(new Figure(36, 0, 61, 86), Base.RELEVANT_ONLY);

        assertThat(r.unique()).isTrue();
        assertThat(r.best().counts().getFirst()).containsExactly(22, 61);
    }

    @Test
    void a_search_too_wide_to_pin_the_count_down_is_refused_not_truncated() {
        // 50% of up to 1000 relevant cases in each sub-sample: a million pairs of sizes to try
        Result split = CountEstimator.split(
                new Figure(50, 0, null, 1000),
                new Figure(50, 0, null, 1000),
                new Figure(50, 0, null, 2000),
                Base.RELEVANT_ONLY);
        assertThat(split.tooMany()).isTrue();
        assertThat(split.found()).isFalse();
        // a single figure: at most three counts per n, so never more than 3000 solutions below 1000 cases
        Result single = CountEstimator.single(new Figure(50, 0, null, 1000), Base.RELEVANT_ONLY);
        assertThat(single.found()).isTrue();
        assertThat(single.solutions().size()).isLessThanOrEqualTo(CountEstimator.MAX_SOLUTIONS);
    }
}
