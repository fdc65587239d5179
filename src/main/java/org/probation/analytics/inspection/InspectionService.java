package org.probation.analytics.inspection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.probation.analytics.base.DataVersion;
import org.probation.analytics.base.PerLoad;
import org.probation.analytics.dataset.DatasetSandbox;
import org.probation.analytics.framework.FrameworkItems;
import org.springframework.stereotype.Service;

/** Inspections and providers for the views and the API. */
@Service
public class InspectionService {

    /** The inspections as listed, and by id. */
    private record Listed(List<Inspection> all, Map<String, Inspection> byId) {}

    /** Every data-quality flag, and by inspection (flags are exceptions: a small table). */
    private record Flags(List<QualityFlag> all, Map<String, List<QualityFlag>> byInspection) {}

    private final InspectionRepository repository;
    private final FrameworkItems items;
    private final PerLoad.Single<Listed> listed;
    private final PerLoad.Single<Flags> flags;

    InspectionService(InspectionRepository repository, FrameworkItems items, DataVersion version) {
        this.repository = repository;
        this.items = items;
        this.listed = PerLoad.single(version);
        this.flags = PerLoad.single(version);
    }

    /** Every inspection, newest publication first: read once per load. */
    public List<Inspection> inspections() {
        return listed().all();
    }

    public List<Provider> providers() {
        return repository.findProviders();
    }

    /** Every result of an inspection, or empty if there is no such inspection. */
    public Optional<List<ResultRow>> results(String inspectionId) {
        return inspection(inspectionId).map(i -> repository.findResults(i.id(), items.lookup()));
    }

    /** Data-quality flags of one inspection, or of all when {@code inspectionId} is null (read once per load). */
    public List<QualityFlag> flags(String inspectionId) {
        Flags all = flags.get(() -> {
            List<QualityFlag> every = List.copyOf(repository.findFlags(null));
            return new Flags(
                    every,
                    every.stream()
                            .collect(
                                    Collectors.groupingBy(QualityFlag::inspectionId, Collectors.toUnmodifiableList())));
        });
        return inspectionId == null ? all.all() : all.byInspection().getOrDefault(inspectionId, List.of());
    }

    public Optional<Inspection> inspection(String inspectionId) {
        return Optional.ofNullable(listed().byId().get(inspectionId));
    }

    /*
     * An inspection as loaded into a database that is not the app's (an import's sandbox, for its
     * preview), read with the same queries as the app's own and nothing kept: another feature
     * reads this feature's data through this service, never through its repository (see
     * ArchitectureTest.a_repository_is_used_only_in_its_own_package).
     */

    /** The inspection as the sandbox holds it, or empty if it holds none of that id. */
    public Optional<Inspection> inspection(DatasetSandbox sandbox, String inspectionId) {
        return repository.on(sandbox).findAll().stream()
                .filter(i -> i.id().equals(inspectionId))
                .findFirst();
    }

    /** Every result of the inspection in the sandbox, its texts from the sandbox's own framework items. */
    public List<ResultRow> results(DatasetSandbox sandbox, String inspectionId) {
        return repository.on(sandbox).findResults(inspectionId, items.lookup(sandbox));
    }

    /** The inspection's data-quality flags in the sandbox. */
    public List<QualityFlag> flags(DatasetSandbox sandbox, String inspectionId) {
        return repository.on(sandbox).findFlags(inspectionId);
    }

    private Listed listed() {
        return listed.get(() -> {
            List<Inspection> all = List.copyOf(repository.findAll());
            Map<String, Inspection> byId = new LinkedHashMap<>();
            all.forEach(i -> byId.putIfAbsent(i.id(), i));
            return new Listed(all, Map.copyOf(byId));
        });
    }
}
