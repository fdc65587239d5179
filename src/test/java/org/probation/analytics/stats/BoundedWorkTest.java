package org.probation.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The statistics on the largest inputs (issue 15, defects 1 and 9): Fisher's exact p walks its
 * support in constant memory, and sums of counts past 2^31 do not overflow into NaN. (Its values
 * are checked against R's fisher.test by TwoProportionReferenceTest.)
 */
class BoundedWorkTest {

    @Test
    void fishers_exact_p_on_a_support_of_fifty_million_needs_no_array_of_it() {
        // n1 = n2 = 5×10^7: the array of the support took 400 MB; the two walks take none
        Runtime rt = Runtime.getRuntime();
        rt.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        double p = FisherExact.twoSided(25_000_000, 50_000_000, 25_010_000, 50_000_000);
        long grown = rt.totalMemory() - rt.freeMemory() - before;

        assertThat(p).isBetween(0.0, 1.0);
        assertThat(grown).as("bytes allocated by the call").isLessThan(64L * 1024 * 1024);
    }

    @Test
    void the_pooled_z_of_samples_summing_past_two_to_the_31_is_a_number() {
        // n1 + n2 = 4×10^9 overflowed int and gave NaN, read as "not significant"
        double z = TwoProportionTest.pooledZ(1_500_000_000, 2_000_000_000, 1_000_000_000, 2_000_000_000);

        assertThat(z).isFinite().isGreaterThan(100);
    }
}
