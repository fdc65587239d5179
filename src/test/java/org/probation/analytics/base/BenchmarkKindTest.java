package org.probation.analytics.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What an inspection is measured against, by its URL and API value (issue 16, item 2). */
class BenchmarkKindTest {

    @Test
    void every_code_parses_to_its_benchmark() {
        assertThat(BenchmarkKind.parse("national")).isEqualTo(BenchmarkKind.NATIONAL);
        assertThat(BenchmarkKind.parse("region")).isEqualTo(BenchmarkKind.REGION);
        assertThat(BenchmarkKind.parse("comparator")).isEqualTo(BenchmarkKind.COMPARATOR);
        for (BenchmarkKind b : BenchmarkKind.values()) {
            assertThat(BenchmarkKind.parse(b.code())).isEqualTo(b);
            assertThat(BenchmarkKind.find(b.code())).contains(b);
            assertThat(b.toString()).isEqualTo(b.code());
        }
    }

    @Test
    void an_unknown_code_fails_naming_it_and_the_codes_expected() {
        assertThatThrownBy(() -> BenchmarkKind.parse("NATIONAL"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no benchmark 'NATIONAL': expected national, region or comparator");
        assertThatThrownBy(() -> BenchmarkKind.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'null'");
    }

    @Test
    void a_value_from_a_url_that_names_no_benchmark_is_found_empty() {
        assertThat(BenchmarkKind.find("pool")).isEmpty();
        assertThat(BenchmarkKind.find(null)).isEmpty();
    }
}
