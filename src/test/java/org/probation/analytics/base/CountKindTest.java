package org.probation.analytics.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How a count is known, by its stored code (issue 16, item 2). */
class CountKindTest {

    @Test
    void every_stored_code_parses_to_its_kind() {
        assertThat(CountKind.parse("stated")).isEqualTo(CountKind.STATED);
        assertThat(CountKind.parse("estimated")).isEqualTo(CountKind.ESTIMATED);
        assertThat(CountKind.parse("unknown")).isEqualTo(CountKind.UNKNOWN);
        assertThat(CountKind.parse("printed")).isEqualTo(CountKind.PRINTED);
        for (CountKind k : CountKind.values()) {
            assertThat(CountKind.parse(k.code())).isEqualTo(k);
            assertThat(k.toString()).isEqualTo(k.code());
        }
    }

    @Test
    void an_unknown_code_fails_naming_it_and_the_codes_expected() {
        assertThatThrownBy(() -> CountKind.parse("Stated"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no count kind 'Stated': expected stated, estimated, unknown or printed");
        assertThatThrownBy(() -> CountKind.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'null'");
    }
}
