package org.probation.analytics.synthetic;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many cases an inspection samples, like the seed reports: a PDU 40–100 case-supervision
 * cases (most near 40–60, larger PDUs more) and court reports from about a third to a half of
 * them; an NPS region 70–140 cases, 70–130 court reports and 12–35 victim cases. A provider keeps
 * its size across rounds, give or take a few cases; its share of licence cases is its own too.
 */
final class SampleSizes {

    private SampleSizes() {}

    /** Cases per sample of the framework, in the order of {@code standard-samples.csv}. */
    static Map<String, Integer> of(long seed, Round round, String providerId, Iterable<String> samples) {
        Rng provider = Rng.of(seed, "size", providerId);
        double scale = provider.uniform();
        double courtShare = provider.uniform();
        double victimScale = provider.uniform();
        Rng inspection = Rng.of(seed, "size", providerId, round.number());
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (String sample : samples) {
            sizes.put(sample, 0);
        }
        int cases = round.kind() == Round.Kind.PDU
                ? clamp(40 + 60 * scale * scale + inspection.normal(4), 40, 100)
                : clamp(80 + 50 * scale + inspection.normal(5), 70, 140);
        sizes.computeIfPresent("case_supervision", (k, v) -> cases);
        int court = round.kind() == Round.Kind.PDU
                ? clamp(cases * (0.3 + 0.2 * courtShare) + inspection.normal(2), 8, 60)
                : clamp(80 + 45 * courtShare + inspection.normal(5), 70, 130);
        sizes.computeIfPresent("court_reports", (k, v) -> court);
        sizes.computeIfPresent("victim_work", (k, v) -> clamp(20 + 12 * victimScale + inspection.normal(2), 12, 35));
        return sizes;
    }

    /** The provider's share of licence (post-release) cases, 35%–65%. */
    static double licenceShare(long seed, String providerId) {
        return 0.35 + 0.30 * Rng.of(seed, "licence-share", providerId).uniform();
    }

    private static int clamp(double value, int low, int high) {
        return (int) Math.max(low, Math.min(high, Math.round(value)));
    }
}
