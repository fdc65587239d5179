package org.probation.analytics.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The general limits of reading a report: one source in code, listed word for word in the README. */
class ImportLimitsTest {

    @Test
    void the_readme_lists_every_general_limit_as_the_code_words_it() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String limit : ImportLimits.GENERAL) {
            assertThat(readme).contains("- " + limit + "\n");
        }
    }

    @Test
    void a_reports_limits_are_its_own_then_the_general_ones_and_its_own_are_told_apart() {
        List<String> limits =
                ImportLimits.forReport(List.of("page 4 is an image (scanned?): its tables cannot be read"));

        assertThat(limits).hasSize(1 + ImportLimits.GENERAL.size());
        assertThat(limits.getFirst()).startsWith("page 4");
        assertThat(ImportLimits.own(limits))
                .containsExactly("page 4 is an image (scanned?): its tables cannot be read");
        assertThat(ImportLimits.own(ImportLimits.forReport(List.of()))).isEmpty();
    }
}
