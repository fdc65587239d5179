package org.probation.analytics.inspection;

import java.util.List;
import org.springframework.stereotype.Service;

/** Inspections and providers for the views and the API. */
@Service
public class InspectionService {

    private final InspectionRepository repository;

    InspectionService(InspectionRepository repository) {
        this.repository = repository;
    }

    public List<Inspection> inspections() {
        return repository.findAll();
    }

    public List<Provider> providers() {
        return repository.findProviders();
    }

    /** Every result of an inspection, or empty if there is no such inspection. */
    public java.util.Optional<List<ResultRow>> results(String inspectionId) {
        return repository.exists(inspectionId)
                ? java.util.Optional.of(repository.findResults(inspectionId))
                : java.util.Optional.empty();
    }

    /** Data-quality flags of one inspection, or of all when {@code inspectionId} is null. */
    public List<QualityFlag> flags(String inspectionId) {
        return repository.findFlags(inspectionId);
    }

    public java.util.Optional<Inspection> inspection(String inspectionId) {
        return repository.findAll().stream().filter(i -> i.id().equals(inspectionId)).findFirst();
    }
}
