package org.probation.analytics.importing.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Matching printed questions to the NPS round's items: exact after normalising, else by rare words, else nothing. */
class QuestionMatcherTest {

    static final QuestionMatcher MATCHER = new QuestionMatcher(SeedFixtures.questions().stream()
            .filter(q -> q.framework().equals("nps-2018"))
            .toList());

    @Test
    void case_quotes_dashes_markers_and_glued_footnotes_do_not_matter() {
        for (String printed : List.of(
                "Is the pre‑sentence information and advice provided to court sufficiently analytical and personalised"
                        + " to the service user, supporting the court’s decision‑making?¹¹",
                "IS THE PRE-SENTENCE INFORMATION AND ADVICE PROVIDED TO COURT SUFFICIENTLY ANALYTICAL AND PERSONALISED"
                        + " TO THE SERVICE USER SUPPORTING THE COURT'S DECISION-MAKING? <sup>17</sup> **",
                "Is the pre-sentence information and advice provided to court sufficiently analytical and personalised"
                        + " to the service user, supporting the court's decision-making?35",
                "3.1.1. Is the pre-sentence information provided?")) {
            assertThat(MATCHER.match(QuestionLabel.parse(printed), ""))
                    .as(printed)
                    .hasValueSatisfying(m -> assertThat(m.code()).isEqualTo("3.1.1"));
        }
    }

    @Test
    void a_reworded_question_matches_by_its_rare_words() {
        assertThat(MATCHER.match(
                        QuestionLabel.parse("Does initial contact with the victim/s encourage engagement with"
                                + " the victim contact scheme and provide information about sources of support? ³⁷"),
                        ""))
                .hasValueSatisfying(m -> assertThat(m.code()).isEqualTo("3.2.1"));
    }

    @Test
    void a_question_reworded_further_matches_among_the_items_its_table_leaves_open() {
        QuestionLabel reworded = QuestionLabel.parse("Is there effective information and communication exchange to"
                + " support the safety of victims?Error! Bookmark not defined.");
        assertThat(MATCHER.match(reworded, "")).isEmpty();
        assertThat(MATCHER.matchAmong(reworded, List.of("3.2.2", "3.2.4"), Set.of("contact", "victim")))
                .hasValueSatisfying(m -> assertThat(m.code()).isEqualTo("3.2.4"));
    }

    @Test
    void a_new_question_in_the_framework_s_words_matches_nothing() {
        QuestionLabel weather = QuestionLabel.parse("Does assessment focus sufficiently on the weather?");
        assertThat(MATCHER.match(weather, "2.1")).isEmpty();
        assertThat(MATCHER.matchAmong(weather, List.of("2.1.3"), Set.of("assessment", "focus", "sufficiently")))
                .isEmpty();
        assertThat(MATCHER.match(QuestionLabel.parse("Vacancy rate (total number of unfilled posts)"), ""))
                .isEmpty();
    }

    @Test
    void markers_footnotes_and_printed_codes_are_taken_off_the_label() {
        QuestionLabel label =
                QuestionLabel.parse("2.4.1. Is the case allocated promptly to the correct agency?⁴⁴ * **");
        assertThat(label.code()).isEqualTo("2.4.1");
        assertThat(label.marker()).isEqualTo("* **");
        assertThat(label.printed()).isEqualTo("Is the case allocated promptly to the correct agency?");
        assertThat(QuestionLabel.parse("Post‑custody cases only: Was there contact?")
                        .postCustodyOnly())
                .isTrue();
    }
}
