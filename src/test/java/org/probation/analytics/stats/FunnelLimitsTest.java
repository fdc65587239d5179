package org.probation.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.probation.analytics.stats.FunnelLimits.Position;

/**
 * The funnel limits p0 ± z √(p0(1 − p0)/n) against values worked by hand (each comment shows the
 * arithmetic; the same numbers come from R with {@code p0 + c(-1, 1) * z * sqrt(p0 * (1 - p0) / n)}).
 */
class FunnelLimitsTest {

    @Test
    void limits_at_p0_one_half_and_n_100_match_the_hand_computed_values() {
        FunnelLimits limits = new FunnelLimits(50, 100);

        // √(0.5 · 0.5 / 100) = 0.05; 1.645 · 0.05 = 0.08225; 3.09 · 0.05 = 0.1545
        assertThat(limits.target()).isEqualTo(0.5);
        assertThat(limits.at(100, FunnelLimits.Z_90).low()).isCloseTo(0.41775, within(1e-12));
        assertThat(limits.at(100, FunnelLimits.Z_90).high()).isCloseTo(0.58225, within(1e-12));
        assertThat(limits.at(100, FunnelLimits.Z_99_8).low()).isCloseTo(0.3455, within(1e-12));
        assertThat(limits.at(100, FunnelLimits.Z_99_8).high()).isCloseTo(0.6545, within(1e-12));
    }

    @Test
    void limits_are_clipped_to_0_and_1() {
        // p0 = 9/10 = 0.9; √(0.9 · 0.1 / 4) = 0.15; 3.09 · 0.15 = 0.4635: 0.4365 to 1.3635, clipped to 1
        FunnelLimits limits = new FunnelLimits(9, 10);

        assertThat(limits.at(4, FunnelLimits.Z_99_8).low()).isCloseTo(0.4365, within(1e-12));
        assertThat(limits.at(4, FunnelLimits.Z_99_8).high()).isEqualTo(1);
        assertThat(new FunnelLimits(0, 30).at(5, FunnelLimits.Z_99_8)).isEqualTo(new Interval(0, 0));
        assertThat(new FunnelLimits(30, 30).at(5, FunnelLimits.Z_99_8)).isEqualTo(new Interval(1, 1));
    }

    @Test
    void the_seed_nps_key_question_2_1_1_puts_both_providers_outside_the_90_percent_limits_only() {
        // NPS round 2.1.1, all cases: Midlands ≈115/128, South West ≈63/86 (both estimated at load).
        // p0 = 178/214 = 0.831776; p0(1 − p0) = 0.139924.
        FunnelLimits limits = new FunnelLimits(115 + 63, 128 + 86);

        // n = 86: √(0.139924/86) = 0.040336; · 1.645 = 0.066354 → 0.765422 to 0.898129;
        //         · 3.09 = 0.124640 → 0.707136 to 0.956415. 63/86 = 0.732558: below the 90% limit only.
        assertThat(limits.at(86, FunnelLimits.Z_90).low()).isCloseTo(0.765422, within(1e-6));
        assertThat(limits.at(86, FunnelLimits.Z_90).high()).isCloseTo(0.898129, within(1e-6));
        assertThat(limits.at(86, FunnelLimits.Z_99_8).low()).isCloseTo(0.707136, within(1e-6));
        assertThat(limits.position(63, 86)).isEqualTo(Position.BELOW_90);
        // n = 128: √(0.139924/128) = 0.033063; · 1.645 = 0.054389 → upper 0.886164;
        //          · 3.09 = 0.102164 → upper 0.933940. 115/128 = 0.898438: above the 90% limit only.
        assertThat(limits.at(128, FunnelLimits.Z_90).high()).isCloseTo(0.886164, within(1e-6));
        assertThat(limits.at(128, FunnelLimits.Z_99_8).high()).isCloseTo(0.933940, within(1e-6));
        assertThat(limits.position(115, 128)).isEqualTo(Position.ABOVE_90);
        assertThat(Position.ABOVE_90.outside90()).isTrue();
        assertThat(Position.ABOVE_90.outside99_8()).isFalse();
    }

    @Test
    void positions_beyond_the_99_8_percent_limits_and_on_a_limit() {
        FunnelLimits limits = new FunnelLimits(50, 100);

        // at n = 100 the 99.8% limits are 0.3455 and 0.6545
        assertThat(limits.position(34, 100)).isEqualTo(Position.BELOW_99_8);
        assertThat(limits.position(66, 100)).isEqualTo(Position.ABOVE_99_8);
        assertThat(limits.position(40, 100)).isEqualTo(Position.BELOW_90);
        assertThat(limits.position(50, 100)).isEqualTo(Position.WITHIN);
        // p0 = 1/2, n = 4: √(0.25/4) = 0.25; 0.5 + 1.645 · 0.25 = 0.91125, so 4/4 is above it, 3/4 within
        assertThat(limits.position(4, 4)).isEqualTo(Position.ABOVE_90);
        assertThat(limits.position(3, 4)).isEqualTo(Position.WITHIN);
        assertThat(Position.BELOW_99_8.outside90()).isTrue();
        assertThat(Position.BELOW_99_8.outside99_8()).isTrue();
    }

    @Test
    void invalid_counts_and_sizes_are_refused_with_a_message() {
        assertThatThrownBy(() -> new FunnelLimits(1, 0)).hasMessage("n must be positive, was 0");
        assertThatThrownBy(() -> new FunnelLimits(5, 4)).hasMessage("x must be within [0, n = 4], was 5");
        assertThatThrownBy(() -> new FunnelLimits(1, 2).at(0, 1.645))
                .hasMessage("size and z must be positive, were 0 and 1.645");
        assertThatThrownBy(() -> new FunnelLimits(1, 2).position(3, 2)).hasMessage("x = 3 exceeds n = 2");
    }
}
