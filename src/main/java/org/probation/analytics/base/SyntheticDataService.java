package org.probation.analytics.base;

import org.springframework.stereotype.Service;

/** Tells the app shell whether it shows synthetic data, so that it can say so on every view. */
@Service
public class SyntheticDataService {

    private final SyntheticDataRepository repository;

    SyntheticDataService(SyntheticDataRepository repository) {
        this.repository = repository;
    }

    /** True when any loaded inspection is synthetic (generated, not a real inspection). */
    public boolean isSyntheticDataLoaded() {
        return repository.anySyntheticInspection();
    }
}
