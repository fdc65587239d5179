package org.probation.analytics.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.probation.analytics.dataset.CountEstimator.Base;

/** Markers read as the seed reports' own legends say (quoted from datasets/inspections/&#42;/results.csv). */
class QuestionBaseTest {

    static final String SWANSEA_STAR = "Prompts marked * do not apply in unpaid work only cases.";
    static final String SWANSEA_TWO =
            "Questions marked ** do not apply in every case, and only positive answers are reported here.";

    @Test
    void an_unmarked_question_is_asked_of_every_case() {
        assertThat(QuestionBase.of(null, null)).isEqualTo(Base.WHOLE_SAMPLE);
    }

    @Test
    void a_legend_reporting_only_positive_answers_keeps_every_case_as_the_base() {
        assertThat(QuestionBase.of("**", SWANSEA_TWO)).isEqualTo(Base.ALL_CASES_MARKED);
    }

    @Test
    void a_question_not_applying_to_some_cases_is_relevant_only() {
        assertThat(QuestionBase.of("*", SWANSEA_STAR)).isEqualTo(Base.RELEVANT_ONLY);
        assertThat(QuestionBase.of("* **", SWANSEA_STAR + " " + SWANSEA_TWO)).isEqualTo(Base.RELEVANT_ONLY);
        assertThat(QuestionBase.of(
                        "10",
                        "Footnote 10: Please note: percentages relating to questions 2.2.3, 2.3.3 and "
                                + "2.4.3 are calculated for the relevant sub-sample – that is, those cases where risk of serious harm issues apply, "
                                + "rather than for the total inspected sample."))
                .isEqualTo(Base.RELEVANT_ONLY);
    }

    @Test
    void a_marker_without_a_legend_may_have_fewer_cases() {
        assertThat(QuestionBase.of("*", null)).isEqualTo(Base.RELEVANT_ONLY);
    }
}
