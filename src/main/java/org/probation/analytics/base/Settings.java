package org.probation.analytics.base;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The app's own settings, {@code inspections.*}, bound once (relaxed names: {@code
 * inspections.datasets-dir}, {@code --inspections.datasets-dir=...}, {@code INSPECTIONS_DATASETS_DIR}).
 * The database is Spring's {@code spring.datasource.*}; the admin password stays the environment
 * variable {@code INSPECTIONS_ADMIN_PASSWORD} (see SecurityConfig).
 *
 * @param datasetsDir         the datasets folder loaded at start and under every import
 * @param importsDir          the imported inspections (files in the datasets format), loaded beside the datasets
 * @param loadDatasetsOnStart whether the start loads the datasets (before the web server accepts requests)
 * @param aotTraining         the fast start's training run: ask for the first page, then stop (see AotTraining)
 * @param crashTest           test only: where an import's commit pauses for good (see CrashTestPause)
 */
@ConfigurationProperties(prefix = "inspections")
public record Settings(
        @DefaultValue("datasets") Path datasetsDir,
        @DefaultValue("data/imports") Path importsDir,
        @DefaultValue("true") boolean loadDatasetsOnStart,
        @DefaultValue("false") boolean aotTraining,
        @DefaultValue CrashTest crashTest) {

    /** @param pauseAt the step a commit pauses at, or empty (the default): no pause */
    public record CrashTest(@DefaultValue("") String pauseAt) {

        public CrashTest {
            pauseAt = pauseAt == null ? "" : pauseAt;
        }
    }

    public Settings {
        crashTest = crashTest == null ? new CrashTest("") : crashTest;
    }
}
