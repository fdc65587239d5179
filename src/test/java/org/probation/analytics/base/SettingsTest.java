package org.probation.analytics.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The settings bind from the names property files, tests, README commands and scripts use, with the old defaults. */
class SettingsTest {

    @EnableConfigurationProperties(Settings.class)
    static class Config {}

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void without_properties_the_defaults_are_the_ones_the_app_always_had() {
        context.run(c -> {
            Settings settings = c.getBean(Settings.class);
            // a Path property is resolved as @Value resolved it, by the context's resource loader: here the
            // classpath, where the test resources hold a datasets folder
            assertThat(settings.datasetsDir()).endsWith(Path.of("datasets"));
            assertThat(settings.importsDir()).isEqualTo(Path.of("data/imports"));
            assertThat(settings.loadDatasetsOnStart()).isTrue();
            assertThat(settings.aotTraining()).isFalse();
            assertThat(settings.crashTest().pauseAt()).isEmpty();
        });
    }

    @Test
    void the_dashed_names_bind() {
        context.withPropertyValues(
                        "inspections.datasets-dir=target/some-datasets",
                        "inspections.imports-dir=target/some-imports",
                        "inspections.load-datasets-on-start=false",
                        "inspections.aot-training=true",
                        "inspections.crash-test.pause-at=after-move")
                .run(c -> {
                    Settings settings = c.getBean(Settings.class);
                    assertThat(settings.datasetsDir()).isEqualTo(Path.of("target/some-datasets"));
                    assertThat(settings.importsDir()).isEqualTo(Path.of("target/some-imports"));
                    assertThat(settings.loadDatasetsOnStart()).isFalse();
                    assertThat(settings.aotTraining()).isTrue();
                    assertThat(settings.crashTest().pauseAt()).isEqualTo("after-move");
                });
    }

    @Test
    void an_empty_pause_point_is_no_pause() {
        context.withPropertyValues("inspections.crash-test.pause-at=")
                .run(c -> assertThat(c.getBean(Settings.class).crashTest().pauseAt())
                        .isEmpty());
    }

    @Test
    void environment_variables_bind() {
        // the names @Value read, dots and dashes as underscores
        SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of(
                        "INSPECTIONS_DATASETS_DIR",
                        "target/env-datasets",
                        "INSPECTIONS_LOAD_DATASETS_ON_START",
                        "false",
                        "INSPECTIONS_CRASH_TEST_PAUSE_AT",
                        "during-load"));

        Settings settings =
                new Binder(ConfigurationPropertySources.from(environment)).bindOrCreate("inspections", Settings.class);

        assertThat(settings.datasetsDir()).isEqualTo(Path.of("target/env-datasets"));
        assertThat(settings.loadDatasetsOnStart()).isFalse();
        assertThat(settings.crashTest().pauseAt()).isEqualTo("during-load");
        assertThat(settings.importsDir()).isEqualTo(Path.of("data/imports"));
    }
}
