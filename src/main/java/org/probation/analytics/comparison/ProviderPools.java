package org.probation.analytics.comparison;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.probation.analytics.base.DataVersion;
import org.probation.analytics.base.PerLoad;
import org.probation.analytics.comparison.ComparisonRepository.InspectionKey;
import org.probation.analytics.framework.FrameworkItems;

/**
 * The pools a benchmark compares an inspection with (all other providers of its framework, or its
 * region's other providers), summed from each provider's counts per question: those are read
 * once per load and framework, so a benchmark reads only the inspection's own results.
 */
final class ProviderPools {

    /**
     * A provider's all-cases counts of a question over its inspections of a framework.
     *
     * @param x the sum of the known yes-counts, null if none is known
     * @param n the sum of the denominators where the yes-count is known, null if none
     */
    record ProviderCount(String itemCode, String providerId, String regionId, Long x, Long n, boolean estimated) {}

    /** The frameworks kept: a few, each a few thousand rows. */
    private static final int FRAMEWORKS_KEPT = 16;

    private final ComparisonRepository repository;
    private final FrameworkItems items;
    private final PerLoad<String, Map<String, List<ProviderCount>>> byFramework;

    ProviderPools(ComparisonRepository repository, FrameworkItems items, DataVersion version) {
        this.repository = repository;
        this.items = items;
        this.byFramework = new PerLoad<>(version, FRAMEWORKS_KEPT);
    }

    /**
     * The inspection's all-cases results, each against the pool of the providers {@code others}
     * selects, the inspection's own provider always left out so that it is not compared with itself.
     */
    List<PairedCounts> against(InspectionKey target, Predicate<ProviderCount> others, String label) {
        Map<String, List<ProviderCount>> counts = byFramework.get(target.framework(), this::byQuestion);
        Predicate<ProviderCount> pooled = c -> !c.providerId().equals(target.providerId()) && others.test(c);
        return repository.allCases(target.id(), items.lookup()).stream()
                .map(q -> new PairedCounts(q.questionCode(), q.question(), q.level(), q.a(),
                        pool(counts.getOrDefault(q.questionCode(), List.of()), pooled, label)))
                .toList();
    }

    private Map<String, List<ProviderCount>> byQuestion(String framework) {
        return repository.providerCounts(framework).stream()
                .collect(Collectors.groupingBy(ProviderCount::itemCode, Collectors.toUnmodifiableList()));
    }

    /**
     * One question's pool: the known counts summed (unknown ones left out), the providers with a
     * known count, estimated if any count in it is; unknown when no count is known or n is 0.
     */
    static Counts pool(List<ProviderCount> counts, Predicate<ProviderCount> which, String label) {
        long x = 0;
        long n = 0;
        boolean anyX = false;
        boolean anyN = false;
        boolean estimated = false;
        int providers = 0;
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
                }
            }
        }
        if (!anyX || !anyN || n == 0) {
            return new Counts(null, null, null, "unknown", providers, label);
        }
        return new Counts((int) x, (int) n, 100.0 * x / n, estimated ? "estimated" : "stated", providers, label);
    }
}
