package org.probation.analytics.importing.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the parser says it recognised and how (line and quoted words), and that it never guesses a provider:
 * a tie or no match is "not recognised" with the candidates listed, and the analyst's choice is used instead.
 */
class RecognisedFactsTest {

    static ReportParser parser(List<String[]> providers) {
        return new ReportParser(ReportParserTest.QUESTIONS, providers);
    }

    static Recognised fact(ParsedReport report, String field) {
        return report.recognised().stream()
                .filter(r -> r.field().equals(field))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no recognised " + field + " in " + report.recognised()));
    }

    @Test
    void each_fact_is_listed_with_its_line_and_the_words_it_was_read_from() {
        ParsedReport report = parser(ReportParserTest.PROVIDERS).parse(ReportParserTest.REPORT, "example.txt");

        assertThat(report.recognised())
                .extracting(
                        Recognised::field, Recognised::value, Recognised::line, Recognised::where, Recognised::quote)
                .contains(
                        tuple(
                                "title",
                                "An inspection of probation services in: Exampleton PDU",
                                1,
                                "example.txt line 1",
                                "An inspection of probation services in: Exampleton PDU"),
                        tuple(
                                "provider",
                                "exampleton",
                                1,
                                "example.txt line 1",
                                "An inspection of probation services in: Exampleton PDU"),
                        tuple(
                                "published",
                                "2024-03",
                                5,
                                "example.txt line 5",
                                "HM Inspectorate of Probation, March 2024"),
                        tuple(
                                "fieldwork_start",
                                "2023-12-04",
                                24,
                                "example.txt line 24",
                                "The fieldwork for this inspection started on 4 December 2023."),
                        tuple("score", "3/27", 9, "example.txt line 9", "Score 3/27"),
                        tuple(
                                "overall_rating",
                                "Requires improvement",
                                13,
                                "example.txt line 13",
                                "Requires improvement"));
        Recognised provider = fact(report, "provider");
        assertThat(provider.shown()).isEqualTo("Exampleton (pdu, exampleton)");
        assertThat(provider.how()).contains("(exampleton) is in the title");
        assertThat(fact(report, "framework").value()).isEqualTo("round-b");
        assertThat(fact(report, "framework").quote()).isEqualTo("2.1 Court work Inadequate");
        assertThat(report.problems()).noneMatch(p -> p.reason().contains("provider"));
    }

    @Test
    void two_providers_that_fit_the_title_equally_are_a_tie_not_a_guess() {
        List<String[]> providers = new ArrayList<>(ReportParserTest.PROVIDERS);
        providers.add(new String[] {"exampleton-east", "Exampleton", "pdu", "East"});

        ParsedReport report = parser(providers).parse(ReportParserTest.REPORT, "example.txt");

        Recognised provider = fact(report, "provider");
        assertThat(provider.found()).isFalse();
        assertThat(provider.shown()).isEqualTo("not recognised");
        assertThat(provider.candidates())
                .extracting(KnownProvider::id)
                .containsExactly("exampleton", "exampleton-east");
        assertThat(provider.how())
                .isEqualTo("2 providers fit the title equally well: Exampleton (pdu, exampleton), "
                        + "Exampleton (pdu, exampleton-east); choose the provider");
        assertThat(report.inspection().get("provider_id")).isEmpty();
        assertThat(report.inspection().get("id")).isEmpty();
        assertThat(report.problems())
                .extracting(ParseProblem::reason)
                .contains("the provider is not recognised in the title 'An inspection of probation services in: "
                        + "Exampleton PDU': " + provider.how());
    }

    @Test
    void a_title_naming_no_known_provider_lists_the_nearest_as_candidates() {
        String text = ReportParserTest.REPORT.replace("Exampleton PDU", "Exampleton North Shore PDU");
        List<String[]> providers = List.of(
                new String[] {"shore-west", "West Shore", "pdu", "West"},
                new String[] {"elsewhere", "Elsewhere", "pdu", "East"});

        Recognised provider = fact(parser(providers).parse(text, "x.txt"), "provider");

        assertThat(provider.found()).isFalse();
        assertThat(provider.candidates()).extracting(KnownProvider::id).containsExactly("shore-west");
        assertThat(provider.how())
                .isEqualTo(
                        "no known provider's name is in the title; the nearest share a word of it; choose the provider");
    }

    @Test
    void the_analysts_choice_settles_a_tie_and_the_notes_say_it_was_chosen() {
        List<String[]> providers = new ArrayList<>(ReportParserTest.PROVIDERS);
        providers.add(new String[] {"exampleton-east", "Exampleton", "pdu", "East"});
        ReportParser parser = parser(providers);

        ParsedReport report = parser.parse(ReportParserTest.REPORT, "example.txt", "exampleton-east");

        assertThat(report.inspection().get("id")).isEqualTo("exampleton-east-2024");
        assertThat(report.inspection().get("notes")).contains("provider exampleton-east chosen by the analyst");
        assertThat(fact(report, "provider"))
                .extracting(Recognised::value, Recognised::how, Recognised::line)
                .containsExactly("exampleton-east", "chosen by the analyst", 0);
        assertThat(report.problems()).noneMatch(p -> p.reason().contains("provider"));
        assertThat(parser.providers()).extracting(KnownProvider::id).contains("exampleton-east", "north");
        assertThatThrownBy(() -> parser.parse(ReportParserTest.REPORT, "example.txt", "atlantis"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no provider 'atlantis'");
    }

    @Test
    void each_seed_report_recognises_its_provider_framework_dates_and_title_with_lines() {
        ReportParser parser = SeedFixtures.parser();
        for (String[] seed : List.of(
                new String[] {"000_c5dd9fdec4e932ed.txt", "nps-south-west"},
                new String[] {"001_b158d966729c0dd6.txt", "nps-midlands"},
                new String[] {"002_468d300fb8876cf8.txt", "swansea-neath-port-talbot"},
                new String[] {"004_721eefaac5d4215c.txt", "somerset"})) {
            String text = SeedFixtures.seed(seed[0]);
            String[] lines = ReportParser.lines(text);
            ParsedReport report = parser.parse(text, seed[0]);
            assertThat(fact(report, "provider").value()).as(seed[0]).isEqualTo(seed[1]);
            for (String field : List.of("title", "provider", "framework", "fieldwork_start", "published")) {
                Recognised r = fact(report, field);
                assertThat(r.line()).as(seed[0] + " " + field).isPositive();
                // the quote is the line's words (markup and spacing aside): its first word is on that line
                String firstWord = r.quote().split("[^A-Za-z0-9]+", 3)[r.quote().matches("^[A-Za-z0-9].*") ? 0 : 1];
                assertThat(String.join(" ", List.of(lines).subList(r.line() - 1, Math.min(lines.length, r.line() + 3))))
                        .as(seed[0] + " " + field + " quote " + r.quote())
                        .contains(firstWord);
            }
        }
    }
}
