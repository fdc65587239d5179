package org.probation.analytics.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The load figures' percentiles are nearest-rank over every request. */
class LoadResultTest {

    @Test
    void percentiles_are_the_nearest_rank_of_the_sorted_latencies() {
        long[] oneToTwentyMs =
                LongStream.rangeClosed(1, 20).map(ms -> ms * 1_000_000).toArray();

        assertThat(LoadResult.percentile(oneToTwentyMs, 0.50)).isEqualTo(10.0);
        assertThat(LoadResult.percentile(oneToTwentyMs, 0.95)).isEqualTo(19.0);
        assertThat(LoadResult.percentile(new long[] {7_000_000}, 0.95)).isEqualTo(7.0);
        assertThat(LoadResult.percentile(new long[0], 0.5)).isZero();
    }

    @Test
    void the_mix_of_actions_adds_up_to_one_and_names_only_known_actions() {
        LoadSettings.Mix mix = LoadSettings.Mix.parse(LoadSettings.DEFAULT_MIX);
        assertThat(mix.navigate() + mix.open() + mix.api() + mix.csv())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LoadSettings.Mix.parse("navigate:50,api:20"))
                .hasMessageContaining("adding up to 1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LoadSettings.Mix.parse("navigate:80,click:20"))
                .hasMessageContaining("'click:20'");
    }

    @Test
    void a_view_is_named_by_its_route_without_ids_and_with_compares_mode() {
        assertThat(VaadinUi.view(new Targets.Page("inspections/somerset-2023", "", "Inspection")))
                .isEqualTo("inspections/{id}");
        assertThat(VaadinUi.view(
                        new Targets.Page("compare", "mode=benchmark&inspection=x&against=national", "Compare")))
                .isEqualTo("compare?mode=benchmark");
        assertThat(VaadinUi.view(new Targets.Page("", "", "Inspections"))).isEqualTo("inspections");
    }
}
