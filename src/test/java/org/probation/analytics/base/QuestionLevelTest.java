package org.probation.analytics.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A framework item's level, by its stored code (issue 16, item 2). */
class QuestionLevelTest {

    @Test
    void every_stored_code_parses_to_its_level() {
        assertThat(QuestionLevel.parse("domain")).isEqualTo(QuestionLevel.DOMAIN);
        assertThat(QuestionLevel.parse("standard")).isEqualTo(QuestionLevel.STANDARD);
        assertThat(QuestionLevel.parse("key_question")).isEqualTo(QuestionLevel.KEY_QUESTION);
        assertThat(QuestionLevel.parse("prompt")).isEqualTo(QuestionLevel.PROMPT);
        for (QuestionLevel l : QuestionLevel.values()) {
            assertThat(QuestionLevel.parse(l.code())).isEqualTo(l);
            assertThat(l.toString()).isEqualTo(l.code());
        }
    }

    @Test
    void results_are_published_for_key_questions_and_prompts_only() {
        assertThat(QuestionLevel.KEY_QUESTION.question()).isTrue();
        assertThat(QuestionLevel.PROMPT.question()).isTrue();
        assertThat(QuestionLevel.STANDARD.question()).isFalse();
        assertThat(QuestionLevel.DOMAIN.question()).isFalse();
        assertThat(QuestionLevel.KEY_QUESTION.words()).isEqualTo("key question");
    }

    @Test
    void an_unknown_code_fails_naming_it_and_the_codes_expected() {
        assertThatThrownBy(() -> QuestionLevel.parse("key question"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no question level 'key question': expected domain, standard, key_question or prompt");
        assertThatThrownBy(() -> QuestionLevel.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'null'");
    }
}
