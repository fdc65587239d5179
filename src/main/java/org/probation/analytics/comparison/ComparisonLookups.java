package org.probation.analytics.comparison;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.probation.analytics.base.DataVersion;
import org.probation.analytics.base.PerLoad;
import org.probation.analytics.comparison.ComparisonRepository.InspectionKey;

/**
 * What every comparison looks up, read once per load: the inspections, the choices offered, the
 * sub-samples with results, the successive pairs.
 */
final class ComparisonLookups {

    private record Loaded(
            Map<String, InspectionKey> keys,
            Map<String, String> regionOfProvider,
            List<InspectionChoice> inspections,
            List<RegionChoice> regions,
            Set<String> subsamples,
            List<String[]> changePairs) {}

    private final ComparisonRepository repository;
    private final PerLoad.Single<Loaded> loaded;

    ComparisonLookups(ComparisonRepository repository, DataVersion version) {
        this.repository = repository;
        this.loaded = PerLoad.single(version);
    }

    Optional<InspectionKey> inspection(String id) {
        return Optional.ofNullable(loaded().keys().get(id));
    }

    /** The region of an inspected provider (empty for a provider without one). */
    Optional<String> provider(String providerId) {
        return Optional.ofNullable(loaded().regionOfProvider().get(providerId));
    }

    /** Every inspection's key (framework, provider, region), in no order. */
    java.util.Collection<InspectionKey> inspections() {
        return loaded().keys().values();
    }

    List<InspectionChoice> inspectionChoices() {
        return loaded().inspections();
    }

    List<RegionChoice> regionChoices() {
        return loaded().regions();
    }

    /** The successive pairs (before, after) of {@link ComparisonRepository#changePairs}; not to be changed. */
    List<String[]> changePairs() {
        return loaded().changePairs();
    }

    boolean subsampleExists(String code) {
        return loaded().subsamples().contains(code);
    }

    private Loaded loaded() {
        return loaded.get(() -> {
            Map<String, InspectionKey> keys = new HashMap<>();
            Map<String, String> regions = new HashMap<>();
            repository.inspections().forEach(k -> {
                keys.put(k.id(), k);
                if (k.regionId() != null) {
                    regions.put(k.providerId(), k.regionId());
                }
            });
            return new Loaded(
                    Map.copyOf(keys),
                    Map.copyOf(regions),
                    List.copyOf(repository.inspectionChoices()),
                    List.copyOf(repository.regionChoices()),
                    Set.copyOf(repository.subsampleCodes()),
                    List.copyOf(repository.changePairs()));
        });
    }
}
