package org.probation.analytics.importing.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.probation.analytics.base.QuestionLevel;

/** The parser on a small made-up report in the seeds' layout: every kind of row, problems and CSV output. */
class ReportParserTest {

    static final List<FrameworkQuestion> QUESTIONS = List.of(
            q("round-a", "3", "domain", "NPS-specific work"),
            q("round-a", "2.1.1", "key_question", "Does assessment focus sufficiently on engaging the service user?"),
            q("round-b", "1", "domain", "Organisational delivery"),
            q("round-b", "2", "domain", "Court work and case supervision"),
            q("round-b", "1.1", "standard", "The leadership of the PDU enables delivery."),
            q(
                    "round-b",
                    "2.1",
                    "standard",
                    "The pre-sentence information and advice provided to court supports its decision-making."),
            q("round-b", "2.2", "standard", "Assessment is well-informed, analytical and personalised."),
            q(
                    "round-b",
                    "2.2.1",
                    "key_question",
                    "Does assessment focus sufficiently on engaging the person on probation?"),
            q(
                    "round-b",
                    "2.2.1.a",
                    "prompt",
                    "Does assessment analyse the motivation and readiness of the person on "
                            + "probation to engage and comply with the sentence?"),
            q(
                    "round-b",
                    "2.2.1.b",
                    "prompt",
                    "Is the person on probation meaningfully involved in their assessment, "
                            + "and are their views taken into account?"),
            q("round-b", "2.2.2", "key_question", "Does assessment focus sufficiently on keeping other people safe?"),
            q(
                    "round-b",
                    "2.2.2.a",
                    "prompt",
                    "Post-custody cases only: Did the practitioner address key risk of harm "
                            + "needs before release?"));
    static final List<String[]> PROVIDERS = List.of(
            new String[] {"exampleton", "Exampleton", "pdu", "North"},
            new String[] {"north", "North", "probation_region", "North"});

    static final String REPORT = """
            An inspection of probation services in:
            Exampleton PDU
            The Probation Service – North region

            HM Inspectorate of Probation, March 2024

            Ratings

            Score **3/27**

            Overall rating

            Requires improvement

            1.1 Leadership

            Good

            2.1\tCourt work\tInadequate
            2.2\tAssessment\tInadequate

            Background

            The fieldwork for this inspection started on 4 December 2023.

            2. Court work and case supervision

            We inspected 12 community sentence cases and 9 post-release supervision cases.

            2.2. Assessment

            Key question\tScores\t\t
            \tCommunity sentences\tPost-release sentences\tAll cases
            Does assessment focus sufficiently on engaging the person on probation?\t46%\t81%\t60%
            Does assessment focus sufficiently on keeping other people safe?⁴\t21%\t56%\t35%*
            Does assessment focus sufficiently on the weather?\t10%\t20%\t15%

            ⁴ The rating for the standard is driven by the lowest score.

            Annexe two – Data

            2.2. Assessment\tCommunity sentences\tPost-release sentences\tAll cases
            Does assessment focus sufficiently on engaging the person on probation?\t\t\t
            Does assessment analyse the motivation and readiness of the person on probation to engage and comply with the sentence? **\t38%\t81%\t55%

            ¹² Data supplied by the provider.

            Is the person on probation meaningfully involved in their assessment, and are their views taken into account?\t39 per cent\t50%\t144%

            Questions marked ** do not apply in every case, and only positive answers are reported here.

            Outcomes\tPercentage 'Yes'
            Post-custody cases only: Did the practitioner address key risk of harm needs before release?\t50%
            """;

    final ParsedReport report = new ReportParser(QUESTIONS, PROVIDERS).parse(REPORT, "example.txt");

    @Test
    void the_inspection_comes_from_the_title_dates_score_and_overall_rating() {
        assertThat(report.inspection().values())
                .containsEntry("id", "exampleton-2024")
                .containsEntry("provider_id", "exampleton")
                .containsEntry("framework", "round-b")
                .containsEntry("title", "An inspection of probation services in: Exampleton PDU")
                .containsEntry("fieldwork_start", "2023-12-04")
                .containsEntry("fieldwork_start_precision", "day")
                .containsEntry("published", "2024-03")
                .containsEntry("score", "3")
                .containsEntry("max_score", "27")
                .containsEntry("overall_rating", "Requires improvement")
                .containsEntry("source_line", "1");
    }

    @Test
    void a_line_run_together_is_cut_to_the_limit_with_a_problem_naming_it_and_parsed_in_bounded_time() {
        // issue 15, defect 5: one 80,000-character line took 66 s in the published-date pattern
        String text = REPORT + "\n" + "(".repeat(80_000) + "\n";

        ParsedReport parsed = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> new ReportParser(QUESTIONS, PROVIDERS).parse(text, "long.txt"));

        long line = text.lines().count();
        assertThat(parsed.problems())
                .extracting(ParseProblem::toString)
                .contains("line " + line
                        + ": the line is 80000 characters long; only its first 10000 are read (a report's lines are shorter: "
                        + "was the text run together?)");
        assertThat(parsed.results()).hasSameSizeAs(report.results());
    }

    @Test
    void ratings_are_read_under_their_standard_or_beside_it() {
        assertThat(report.ratings())
                .extracting(r -> r.get("standard_code"), r -> r.get("rating"), ParsedRow::line)
                .containsExactly(
                        tuple("1.1", "Good", 17), tuple("2.1", "Inadequate", 19), tuple("2.2", "Inadequate", 20));
    }

    @Test
    void stated_samples_are_read_per_sub_sample() {
        assertThat(report.samples())
                .extracting(r -> r.get("sample"), r -> r.get("subsample"), r -> r.get("cases"))
                .containsExactly(
                        tuple("case_supervision", "community", "12"), tuple("case_supervision", "licence", "9"));
    }

    @Test
    void every_table_column_becomes_a_row_of_its_sub_sample_with_markers_and_their_meaning() {
        assertThat(report.results())
                .extracting(
                        r -> r.get("item_code"),
                        r -> r.get("subsample"),
                        r -> r.get("percent_printed"),
                        r -> r.get("percent"),
                        r -> r.get("marker"),
                        ParsedRow::line)
                .containsExactly(
                        tuple("2.2.1", "community", "46%", "46", "", 34),
                        tuple("2.2.1", "licence", "81%", "81", "", 34),
                        tuple("2.2.1", "all", "60%", "60", "", 34),
                        tuple("2.2.2", "community", "21%", "21", "", 35),
                        tuple("2.2.2", "licence", "56%", "56", "", 35),
                        tuple("2.2.2", "all", "35%*", "35", "*", 35),
                        tuple("2.2.1.a", "community", "38%", "38", "**", 44),
                        tuple("2.2.1.a", "licence", "81%", "81", "**", 44),
                        tuple("2.2.1.a", "all", "55%", "55", "**", 44),
                        tuple("2.2.1.b", "community", "39 per cent", "39", "", 48),
                        tuple("2.2.1.b", "licence", "50%", "50", "", 48),
                        tuple("2.2.2.a", "licence", "50%", "50", "", 53));
        ParsedRow prompt = report.results().get(6);
        assertThat(prompt.get("marker_meaning"))
                .isEqualTo(
                        "Questions marked ** do not apply in every case, and only positive answers are reported here.");
        assertThat(prompt.get("source_section")).isEqualTo("Annexe two – Data, 2.2. Assessment");
        assertThat(report.results().get(3).get("question_as_printed"))
                .isEqualTo("Does assessment focus sufficiently on keeping other people safe?");
    }

    @Test
    void an_unknown_question_and_a_percent_over_100_are_problems_at_their_lines() {
        assertThat(report.problems()).extracting(ParseProblem::line).containsExactly(36, 48);
        assertThat(report.problems().get(0).reason()).contains("not found in framework round-b", "the weather");
        assertThat(report.problems().get(1).reason()).contains("144%", "over 100");
    }

    @Test
    void each_list_renders_as_its_dataset_csv_file() {
        assertThat(report.inspectionCsv())
                .startsWith("id,provider_id,framework,title,fieldwork_start,"
                        + "fieldwork_start_precision,published,score,max_score,overall_rating,source_file,source_line,notes\n"
                        + "exampleton-2024,exampleton,round-b,An inspection of probation services in: Exampleton PDU,"
                        + "2023-12-04,day,2024-03,3,27,Requires improvement,example.txt,1,");
        assertThat(report.samplesCsv().lines()).hasSize(3);
        assertThat(report.ratingsCsv()).contains("\nexampleton-2024,2.2,Inadequate,Inadequate,example.txt,20,\n");
        assertThat(report.resultsCsv())
                .contains("\nexampleton-2024,2.2.1.b,community,39 per cent,39,,,,,"
                        + "\"Is the person on probation meaningfully involved in their assessment, and are their views taken"
                        + " into account?\",\"Annexe two – Data, 2.2. Assessment\",example.txt,48\n");
    }

    @Test
    void a_question_and_its_percents_on_one_line_without_tabs_is_a_table_row() {
        String text = "2.2. Assessment\n\nDoes assessment focus sufficiently on engaging the person on probation? 61%\n"
                + "Comparison with all PDUs\tThis PDU\tAll PDUs\n"
                + "Does assessment focus sufficiently on keeping other people safe?\t40 per cent\t52%\n";
        ParsedReport parsed = new ReportParser(QUESTIONS, PROVIDERS).parse(text, "inline.txt");
        assertThat(parsed.results())
                .extracting(r -> r.get("item_code"), r -> r.get("subsample"), r -> r.get("percent"))
                .containsExactly(tuple("2.2.1", "all", "61"), tuple("2.2.2", "all", "40"));
    }

    @Test
    void an_empty_text_gives_problems_and_no_rows() {
        ParsedReport empty = new ReportParser(QUESTIONS, PROVIDERS).parse("", "empty.txt");
        assertThat(empty.results()).isEmpty();
        assertThat(empty.ratings()).isEmpty();
        assertThat(empty.problems())
                .extracting(ParseProblem::reason)
                .anyMatch(r -> r.contains("no title"))
                .anyMatch(r -> r.contains("no key-question or prompt percent"));
    }

    static FrameworkQuestion q(String framework, String code, String level, String text) {
        return new FrameworkQuestion(framework, code, QuestionLevel.parse(level), text);
    }
}
