package org.probation.analytics.dataset;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates or updates the database from {@code datasets/} when the app starts; a bad dataset stops the start. */
@Component
class DatasetStartup implements ApplicationRunner {

    private final DatasetLoader loader;
    private final Path datasets;
    private final boolean enabled;

    DatasetStartup(DatasetLoader loader, @Value("${inspections.datasets-dir:datasets}") Path datasets,
            @Value("${inspections.load-datasets-on-start:true}") boolean enabled) {
        this.loader = loader;
        this.datasets = datasets;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            loader.load(datasets);
        }
    }
}
