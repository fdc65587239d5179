package org.probation.analytics.base;

import org.springframework.stereotype.Service;

/** Tells the app shell whether it shows synthetic data, so that it can say so on every view. */
@Service
public class SyntheticDataService {

    private final SyntheticDataRepository repository;
    /** Asked by the app shell on every page: kept per load. */
    private final PerLoad.Single<Boolean> synthetic;

    SyntheticDataService(SyntheticDataRepository repository, DataVersion version) {
        this.repository = repository;
        this.synthetic = PerLoad.single(version);
    }

    /** True when any loaded inspection is synthetic (generated, not a real inspection). */
    public boolean isSyntheticDataLoaded() {
        return synthetic.get(repository::anySyntheticInspection);
    }
}
