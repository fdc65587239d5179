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
}
