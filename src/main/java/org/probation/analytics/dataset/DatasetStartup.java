package org.probation.analytics.dataset;

import java.nio.file.Path;
import org.probation.analytics.base.Settings;
import org.springframework.beans.factory.SmartInitializingSingleton;
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

    DatasetStartup(DatasetLoader loader, Settings settings) {
        this.loader = loader;
        this.datasets = settings.datasetsDir();
        this.imports = settings.importsDir();
        this.enabled = settings.loadDatasetsOnStart();
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (enabled) {
            loader.load(datasets, imports);
        }
    }
}
