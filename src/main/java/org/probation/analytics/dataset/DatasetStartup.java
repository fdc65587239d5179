package org.probation.analytics.dataset;

import java.nio.file.Path;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates or updates the database from {@code datasets/} while the app starts, before the web
 * server accepts requests; a bad dataset stops the start with the loader's message.
 */
@Component
class DatasetStartup implements SmartInitializingSingleton {

    private final DatasetLoader loader;
    private final Path datasets;
    private final Path imports;
    private final boolean enabled;

    DatasetStartup(DatasetLoader loader, @Value("${inspections.datasets-dir:datasets}") Path datasets,
            @Value("${inspections.imports-dir:data/imports}") Path imports,
            @Value("${inspections.load-datasets-on-start:true}") boolean enabled) {
        this.loader = loader;
        this.datasets = datasets;
        this.imports = imports;
        this.enabled = enabled;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (enabled) {
            loader.load(datasets, imports);
        }
    }
}
