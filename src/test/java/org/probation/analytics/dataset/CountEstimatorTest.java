package org.probation.analytics.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.probation.analytics.dataset.CountEstimator.Figure;
import org.probation.analytics.dataset.CountEstimator.Result;

/** Count estimation on cases worked by hand. */
class CountEstimatorTest {

    @Test
    void a_percent_of_a_stated_sample_size_has_one_count() {
        // 42 cases, 31%: 13/42 = 30.95 rounds to 31; 12/42 = 28.6 and 14/42 = 33.3 do not.
        Result r = CountEstimator.single(new Figure(31, 0, null, 42));

        assertThat(r.unique()).isTrue();
        assertThat(r.relevantOnly()).isFalse();
        assertThat(r.best().counts().getFirst()).containsExactly(13, 42);
    }

    @Test
    void the_split_that_fits_every_printed_figure_at_once_is_found() {
        // 24 community, 16 licence: 38% = 9/24 (37.5), 81% = 13/16 (81.25), 55% = 22/40.
        Result r = CountEstimator.split(new Figure(38, 0, null, 24), new Figure(81, 0, null, 16),
                new Figure(55, 0, null, 40));

        assertThat(r.unique()).isTrue();
        assertThat(r.best().counts()).satisfiesExactly(
                c -> assertThat(c).containsExactly(9, 24),
                l -> assertThat(l).containsExactly(13, 16),
                a -> assertThat(a).containsExactly(22, 40));
    }

    @Test
    void no_whole_counts_fit_when_the_stated_split_is_wrong() {
        // 81% of at most 24 cases needs n=16 (13/16) or n=21 (17/21); the 38% / 55% of the
        // others then cannot combine: worked through in the Swansea seed's notes.
        Result r = CountEstimator.split(new Figure(38, 0, null, 16), new Figure(81, 0, null, 24),
                new Figure(55, 0, null, 40));

        assertThat(r.found()).isFalse();
    }

    @Test
    void a_relevant_only_question_has_several_solutions_below_the_sample_size() {
        // 50% of up to 10 cases: 1/2, 2/4, 3/6, 4/8, 5/10 - five solutions, 5/10 preferred.
        Result r = CountEstimator.single(new Figure(50, 0, null, 10));

        assertThat(r.unique()).isTrue();  // exact size first: 5/10 fits, so no need to go lower
        Result relevant = CountEstimator.single(new Figure(33, 0, null, 10));
        // 33% of 10 fits no count (3/10 = 30, 4/10 = 40); below 10: 1/3, 2/6, 3/9
        assertThat(relevant.relevantOnly()).isTrue();
        assertThat(relevant.solutions()).hasSize(3);
        assertThat(relevant.unique()).isFalse();
        assertThat(relevant.best().counts().getFirst()).containsExactly(3, 9);
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
        Result r = CountEstimator.single(new Figure(36, 0, 61, 86));

        assertThat(r.best().counts().getFirst()).containsExactly(22, 61);
    }

    @Test
    void a_question_marked_as_relevant_cases_only_is_not_pinned_to_the_sample_size() {
        // 50% of up to 10 relevant cases: 1/2, 2/4, 3/6, 4/8, 5/10 all fit - ambiguous, 5/10 shown
        Result r = CountEstimator.single(new Figure(50, 0, null, 10), true);

        assertThat(r.relevantOnly()).isTrue();
        assertThat(r.solutions()).hasSize(5);
        assertThat(r.unique()).isFalse();
        assertThat(r.best().counts().getFirst()).containsExactly(5, 10);
    }
}
