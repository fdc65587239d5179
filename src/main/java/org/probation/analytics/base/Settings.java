package org.probation.analytics.base;

import java.nio.file.Path;
import java.time.Duration;
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
 * @param nodeRoute           this node's name when several nodes serve the app behind a load balancer
 *                            (empty: one node): it ends every session id ({@code .node1}), which is how
 *                            the balancer keeps a session on its node, and names the node's staging folder
 * @param importsPoll         how often the imports folder is checked for inspections another node
 *                            committed or deleted (0: never); a change reloads the database
 */
@ConfigurationProperties(prefix = "inspections")
public record Settings(
        @DefaultValue("datasets") Path datasetsDir,
        @DefaultValue("data/imports") Path importsDir,
        @DefaultValue("true") boolean loadDatasetsOnStart,
        @DefaultValue("false") boolean aotTraining,
        @DefaultValue CrashTest crashTest,
        @DefaultValue("") String nodeRoute,
        @DefaultValue("5s") Duration importsPoll) {

    /** @param pauseAt the step a commit pauses at, or empty (the default): no pause */
    public record CrashTest(@DefaultValue("") String pauseAt) {

        public CrashTest {
            pauseAt = pauseAt == null ? "" : pauseAt;
        }
    }

    public Settings {
        crashTest = crashTest == null ? new CrashTest("") : crashTest;
        nodeRoute = nodeRoute == null ? "" : nodeRoute;
        if (!nodeRoute.matches("[A-Za-z0-9_-]{0,32}")) {
            throw new IllegalArgumentException(
                    "inspections.node-route must be letters, digits, '-' or '_' (at most 32), not '" + nodeRoute + "'");
        }
        importsPoll = importsPoll == null ? Duration.ZERO : importsPoll;
    }
}
