package org.probation.analytics.rating;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Distances to a band edge worked by hand: the points and the cases are always those of the same
 * edge, the nearer one by points, and the cases are those that move the printed (whole) percent
 * across it. Bands: under 50 Inadequate, 50–64 Requires improvement, 65–79 Good, 80+ Outstanding.
 */
class EdgeDistanceTest {

    /** The bands of both bundled frameworks (frameworks.csv). */
    static final KeyQuestionBands BANDS = KeyQuestionBands.parse("Requires improvement:50;Good:65;Outstanding:80");

    @Test
    void swansea_court_work_at_55_percent_is_5_points_above_inadequate_and_2_cases() {
        // 11 of 20 (seed 002 line 448): 10/20 = 50% still Requires improvement, 9/20 = 45% Inadequate;
        // Good is 10 points up (13/20 = 65%), so the nearer edge is the one below
        EdgeDistance d = EdgeDistance.of(BANDS, 55, 11, 20);

        assertThat(d.direction()).isEqualTo("down");
        assertThat(d.points()).isEqualTo(5.0);
        assertThat(d.cases()).isEqualTo(2);
        assertThat(d.across()).isEqualTo("Inadequate");
    }

    @Test
    void south_west_3_1_2_at_57_percent_is_7_points_down_not_up() {
        // 48 of 84: Inadequate 7 points down (41/84 = 48.8% prints 49), Good 8 points up
        EdgeDistance d = EdgeDistance.of(BANDS, 57, 48, 84);

        assertThat(d.direction()).isEqualTo("down");
        assertThat(d.points()).isEqualTo(7.0);
        assertThat(d.cases()).isEqualTo(7);
    }

    @Test
    void a_figure_printed_exactly_on_an_edge_is_one_case_from_the_band_below() {
        // Midlands 3.1.2 prints 80% (≈98/123 = 79.7%, rounded up): one case fewer prints 79% (97/123 = 78.9%)
        EdgeDistance d = EdgeDistance.of(BANDS, 80, 98, 123);

        assertThat(d.points()).isZero();
        assertThat(d.direction()).isEqualTo("down");
        assertThat(d.cases()).isEqualTo(1);
        assertThat(d.across()).isEqualTo("Good");
    }

    @Test
    void an_inadequate_result_can_only_go_up() {
        // Somerset 2.2.3: 31% of 42 = 13; 21 of 42 (50%) reaches Requires improvement: 8 more cases
        EdgeDistance d = EdgeDistance.of(BANDS, 31, 13, 42);

        assertThat(d.direction()).isEqualTo("up");
        assertThat(d.points()).isEqualTo(19.0);
        assertThat(d.cases()).isEqualTo(8);
        assertThat(d.across()).isEqualTo("Requires improvement");
    }

    @Test
    void without_a_count_the_points_still_name_their_edge() {
        EdgeDistance d = EdgeDistance.of(BANDS, 63, null, null);

        assertThat(d.direction()).isEqualTo("up");
        assertThat(d.points()).isEqualTo(2.0);
        assertThat(d.cases()).isNull();
        assertThat(d.across()).isEqualTo("Good");
    }

    @Test
    void another_framework_s_bands_move_the_edges() {
        // a framework whose Good starts at 70: 67% is Requires improvement, 3 points below Good
        EdgeDistance d = EdgeDistance.of(
                KeyQuestionBands.parse("Requires improvement:55;Good:70;Outstanding:85"), 67, null, null);

        assertThat(d.direction()).isEqualTo("up");
        assertThat(d.points()).isEqualTo(3.0);
        assertThat(d.across()).isEqualTo("Good");
    }
}
