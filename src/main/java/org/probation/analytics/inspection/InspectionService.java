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
}
