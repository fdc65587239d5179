package org.probation.analytics.comparison;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.probation.analytics.base.CountKind;
import org.probation.analytics.base.DataVersion;
import org.probation.analytics.base.PerLoad;
import org.probation.analytics.comparison.ComparisonRepository.InspectionKey;
import org.probation.analytics.framework.FrameworkItem;
import org.probation.analytics.framework.FrameworkItems;

/**
 * The benchmarks of an inspection against a pool (all other providers of its framework, or its
 * region's other providers). Every all-cases count of a framework is read once per load; a
 * benchmark then takes the inspection's own counts from them and sums the pool per question,
 * instead of aggregating the framework's results with every call.
 */
final class ProviderPools {

    /** An inspection's all-cases count of a question, as result_count holds it, with its consistent readings. */
    record AllCases(
            String inspectionId,
            String itemCode,
            Integer x,
            Integer n,
            double percent,
            CountKind countKind,
            String readingList,
            Integer xLow,
            Integer nLow,
            Integer xHigh,
            Integer nHigh) {}

    /**
     * A provider's all-cases counts of a question over its inspections of the framework.
     *
     * @param x the sum of the known yes-counts, null if none is known
     * @param n the sum of the denominators where the yes-count is known, null if none
     * @param extremes the same sums with every inspection at its lowest-rate consistent count (0, 1) and its highest (2, 3)
     */
    record ProviderCount(String providerId, String regionId, Long x, Long n, boolean estimated, long[] extremes) {}

    /** A framework's counts: each inspection's, in question order, and each question's per provider. */
    private record Framework(Map<String, List<AllCases>> byInspection, Map<String, List<ProviderCount>> byQuestion) {}

    /** The frameworks kept: a few, each some ten thousand counts. */
    private static final int FRAMEWORKS_KEPT = 8;

    private final ComparisonRepository repository;
    private final ComparisonLookups lookups;
    private final FrameworkItems items;
    private final PerLoad<String, Framework> frameworks;

    ProviderPools(
            ComparisonRepository repository, ComparisonLookups lookups, FrameworkItems items, DataVersion version) {
        this.repository = repository;
        this.lookups = lookups;
        this.items = items;
        this.frameworks = new PerLoad<>(version, FRAMEWORKS_KEPT);
    }

    /**
     * The inspection's all-cases results, each against the pool of the providers {@code others}
     * selects, the inspection's own provider always left out so that it is not compared with itself.
     */
    List<PairedCounts> against(InspectionKey target, Predicate<ProviderCount> others, String label) {
        Framework framework = frameworks.get(target.framework(), this::read);
        FrameworkItems.Lookup lookup = items.lookup();
        Predicate<ProviderCount> pooled = c -> !c.providerId().equals(target.providerId()) && others.test(c);
        List<PairedCounts> rows = new ArrayList<>();
        for (AllCases own : framework.byInspection().getOrDefault(target.id(), List.of())) {
            FrameworkItem item = lookup.get(target.framework(), own.itemCode());
            if (item != null) { // every counted question is in its framework (the load checks it)
                rows.add(new PairedCounts(
                        own.itemCode(),
                        item.text(),
                        item.level(),
                        new Counts(
                                own.x(),
                                own.n(),
                                own.percent(),
                                own.countKind(),
                                1,
                                "all",
                                Readings.parse(own.readingList(), null)),
                        pool(framework.byQuestion().getOrDefault(own.itemCode(), List.of()), pooled, label)));
            }
        }
        return rows;
    }

    private Framework read(String framework) {
        Map<String, String> strings = new HashMap<>(); // the same codes over and over: kept once
        Function<String, String> once = s -> s == null ? null : strings.computeIfAbsent(s, k -> k);
        Map<String, List<AllCases>> byInspection = new LinkedHashMap<>();
        // question → provider → x, n, known x, known n, estimated, then x and n at the lowest and the highest rate
        Map<String, Map<String, long[]>> sums = new LinkedHashMap<>();
        for (AllCases c : repository.allCases(framework)) {
            AllCases kept = new AllCases(
                    once.apply(c.inspectionId()),
                    once.apply(c.itemCode()),
                    c.x(),
                    c.n(),
                    c.percent(),
                    c.countKind(),
                    c.readingList(),
                    c.xLow(),
                    c.nLow(),
                    c.xHigh(),
                    c.nHigh());
            byInspection
                    .computeIfAbsent(kept.inspectionId(), k -> new ArrayList<>())
                    .add(kept);
            InspectionKey key = lookups.inspection(c.inspectionId()).orElse(null);
            if (key == null || !key.framework().equals(framework)) {
                continue;
            }
            long[] sum = sums.computeIfAbsent(kept.itemCode(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(key.providerId(), k -> new long[9]);
            if (c.x() != null) {
                sum[0] += c.x();
                sum[2] = 1;
                if (c.n() != null) {
                    sum[1] += c.n();
                    sum[3] = 1;
                    sum[5] += c.xLow();
                    sum[6] += c.nLow();
                    sum[7] += c.xHigh();
                    sum[8] += c.nHigh();
                }
            }
            sum[4] |= c.countKind() == CountKind.ESTIMATED ? 1 : 0;
        }
        Map<String, List<ProviderCount>> byQuestion = new HashMap<>();
        sums.forEach((question, providers) -> byQuestion.put(
                question,
                providers.entrySet().stream()
                        .map(e -> {
                            long[] s = e.getValue();
                            String region = lookups.provider(e.getKey()).orElse(null);
                            return new ProviderCount(
                                    e.getKey(),
                                    region,
                                    s[2] == 1 ? s[0] : null,
                                    s[3] == 1 ? s[1] : null,
                                    s[4] == 1,
                                    new long[] {s[5], s[6], s[7], s[8]});
                        })
                        .toList()));
        byInspection.replaceAll((id, rows) -> List.copyOf(rows));
        return new Framework(byInspection, byQuestion);
    }

    /**
     * One question's pool: the known counts summed (unknown ones left out), the providers with a
     * known count, estimated if any count in it is; unknown when no count is known or n is 0. Its
     * readings are the point and the sums with every provider at its lowest-rate and at its
     * highest-rate consistent count (the pool's extremes; a verdict is tested against each).
     */
    static Counts pool(List<ProviderCount> counts, Predicate<ProviderCount> which, String label) {
        long x = 0;
        long n = 0;
        boolean anyX = false;
        boolean anyN = false;
        boolean estimated = false;
        int providers = 0;
        long[] extremes = new long[4];
        for (ProviderCount c : counts) {
            if (!which.test(c)) {
                continue;
            }
            estimated |= c.estimated();
            if (c.x() != null) {
                anyX = true;
                x += c.x();
                providers++;
                if (c.n() != null) {
                    anyN = true;
                    n += c.n();
                    for (int i = 0; i < 4; i++) {
                        extremes[i] += c.extremes()[i];
                    }
                }
            }
        }
        if (!anyX || !anyN || n == 0) {
            return new Counts(null, null, null, CountKind.UNKNOWN, providers, label);
        }
        return new Counts(
                (int) x,
                (int) n,
                100.0 * x / n,
                estimated ? CountKind.ESTIMATED : CountKind.STATED,
                providers,
                label,
                Readings.ofPool(new long[][] {{x, n}, {extremes[0], extremes[1]}, {extremes[2], extremes[3]}}));
    }
}
