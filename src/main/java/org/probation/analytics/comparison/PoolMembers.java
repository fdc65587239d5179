package org.probation.analytics.comparison;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.probation.analytics.base.BenchmarkKind;
import org.probation.analytics.comparison.ComparisonRepository.InspectionKey;

/** Who is in a pool, by name, from the inspections loaded: what a view says beside a pooled figure. */
final class PoolMembers {

    private final ComparisonLookups lookups;

    PoolMembers(ComparisonLookups lookups) {
        this.lookups = lookups;
    }

    /**
     * The pool of a benchmark of {@code key}: national or region; empty for the comparator, a
     * region-less provider or a value that names no benchmark ({@link BenchmarkKind#code()}).
     */
    Optional<Pool> benchmark(InspectionKey key, String against) {
        return BenchmarkKind.find(against).flatMap(kind -> switch (kind) {
            case NATIONAL ->
                Optional.of(pool(
                        "all other providers of the framework",
                        key.framework(),
                        k -> !k.providerId().equals(key.providerId())));
            case REGION ->
                key.regionId() == null
                        ? Optional.empty()
                        : Optional.of(pool(
                                "the other providers of region " + regionName(key.regionId()),
                                key.framework(),
                                k -> !k.providerId().equals(key.providerId())
                                        && key.regionId().equals(k.regionId())));
            case COMPARATOR -> Optional.<Pool>empty();
        });
    }

    List<Pool> regions(String framework, String regionA, String regionB) {
        return List.of(regionA, regionB).stream()
                .map(r -> pool("region " + regionName(r), framework, k -> r.equals(k.regionId())))
                .toList();
    }

    /** "Somerset PDU (2023)", or the id when it names nothing loaded. */
    String inspectionName(String inspectionId) {
        return lookups.inspectionChoices().stream()
                .filter(c -> c.id().equals(inspectionId))
                .map(InspectionChoice::label)
                .findFirst()
                .orElse(inspectionId);
    }

    private Pool pool(String side, String framework, Predicate<InspectionKey> member) {
        Map<String, String> names = new HashMap<>();
        lookups.inspectionChoices().forEach(c -> names.put(c.id(), c.provider()));
        return new Pool(
                side,
                lookups.inspections().stream()
                        .filter(k -> k.framework().equals(framework) && member.test(k))
                        .map(k -> names.getOrDefault(k.id(), k.providerId()))
                        .distinct()
                        .sorted()
                        .toList());
    }

    String regionName(String regionId) {
        return lookups.regionChoices().stream()
                .filter(r -> r.regionId().equals(regionId))
                .map(RegionChoice::regionName)
                .findFirst()
                .orElse(regionId);
    }
}
