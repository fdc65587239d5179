package org.probation.analytics.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.probation.analytics.KaribuTest;
import org.probation.analytics.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The app shell's banner is on every view while synthetic inspections are loaded. */
class SyntheticBannerTest extends KaribuTest {

    static final List<String> VIEWS =
            List.of("", "inspections/somerset-2023", "calculator", "overview", "changes", "methodology");

    /** The small test dataset with its one inspection marked synthetic, in a database of its own. */
    @DynamicPropertySource
    static void syntheticDataset(DynamicPropertyRegistry registry) throws IOException {
        Path datasets = Files.createTempDirectory("synthetic-banner");
        TestDatabase.copyTree(Path.of("src/test/resources/datasets/minimal"), datasets);
        Path file = datasets.resolve("inspections/somerset-2023/inspection.csv");
        String[] lines = Files.readString(file).split("\n");
        Files.writeString(
                file,
                lines[0] + ",synthetic\n" + lines[1].replace(",An inspection", ",SYNTHETIC — An inspection")
                        + ",true\n");
        registry.add("inspections.datasets-dir", datasets::toString);
        registry.add(
                "inspections.imports-dir", () -> datasets.resolve("no-imports").toString());
        registry.add("spring.datasource.url", () -> "jdbc:duckdb:memory:karibu-synthetic");
    }

    @Test
    void every_view_shows_the_synthetic_banner() {
        for (String view : VIEWS) {
            UI.getCurrent().navigate(view);
            assertThat(_get(Div.class, spec -> spec.withId("synthetic-banner")).getText())
                    .as(view)
                    .isEqualTo("Synthetic data: not real inspection results");
        }
    }
}
