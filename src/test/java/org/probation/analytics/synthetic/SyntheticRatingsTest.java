package org.probation.analytics.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated ratings and scores against the rules of DOMAIN.md, and the coverage of every question. */
class SyntheticRatingsTest {

    final GeneratedDataset data = GeneratedDataset.seed42();

    /** DOMAIN.md's bands for a key question: under 50 Inadequate; 50-64 RI; 65-79 Good; 80+ Outstanding. */
    static String band(int percent) {
        return percent < 50
                ? "Inadequate"
                : percent < 65 ? "Requires improvement" : percent < 80 ? "Good" : "Outstanding";
    }

    static int points(String rating) {
        return List.of("Inadequate", "Requires improvement", "Good", "Outstanding")
                .indexOf(rating);
    }

    /** The overall bands of frameworks.csv: the lowest score of Requires improvement, Good and Outstanding. */
    static String overallBand(String framework, int score) {
        int[] edges = framework.equals("nps-2018") ? new int[] {6, 16, 26} : new int[] {7, 19, 25};
        return score < edges[0]
                ? "Inadequate"
                : score < edges[1] ? "Requires improvement" : score < edges[2] ? "Good" : "Outstanding";
    }

    @Test
    void a_case_based_standard_is_rated_by_the_band_of_its_lowest_key_question() {
        Map<String, String> frameworkOf = data.frameworkOf();
        Map<String, String> sampleOf = data.sampleOfStandard();
        Map<String, Integer> lowest = new HashMap<>();
        data.all("results.csv").stream()
                .filter(r ->
                        r.get("subsample").equals("all") && r.get("item_code").split("\\.").length == 3)
                .forEach(r -> lowest.merge(
                        r.get("inspection_id") + "/" + GeneratedDataset.standardOf(r.get("item_code")),
                        Integer.parseInt(r.get("percent")),
                        Math::min));
        List<Map<String, String>> caseBased = data.all("ratings.csv").stream()
                .filter(r ->
                        sampleOf.containsKey(frameworkOf.get(r.get("inspection_id")) + "|" + r.get("standard_code")))
                .toList();

        assertThat(caseBased).hasSize(330 * 5 + 36 * 6).allSatisfy(r -> {
            int percent = lowest.get(r.get("inspection_id") + "/" + r.get("standard_code"));
            assertThat(r.get("rating")).as(r.toString()).isEqualTo(band(percent));
            assertThat(r.get("rating_printed")).isEqualTo(r.get("rating"));
        });
        // the model spreads providers over every band
        assertThat(caseBased.stream().map(r -> r.get("rating")).distinct()).hasSize(4);
    }

    @Test
    void the_score_sums_the_rated_standards_and_its_band_is_the_overall_rating() {
        Map<String, List<Map<String, String>>> ratings =
                data.all("ratings.csv").stream().collect(Collectors.groupingBy(r -> r.get("inspection_id")));
        List<Map<String, String>> inspections = data.all("inspection.csv");

        assertThat(inspections).hasSize(366).allSatisfy(i -> {
            List<Map<String, String>> rated = ratings.get(i.get("id"));
            boolean nps = i.get("framework").equals("nps-2018");
            assertThat(rated).hasSize(nps ? 10 : 9);
            int score = rated.stream().mapToInt(r -> points(r.get("rating"))).sum();
            assertThat(i.get("score")).isEqualTo(String.valueOf(score));
            assertThat(i.get("max_score")).isEqualTo(nps ? "30" : "27");
            assertThat(i.get("overall_rating")).isEqualTo(overallBand(i.get("framework"), score));
        });
        assertThat(inspections.stream()
                        .map(i -> i.get("overall_rating"))
                        .distinct()
                        .count())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void every_key_question_and_prompt_of_a_case_based_standard_has_an_all_cases_result() {
        Map<String, String> sampleOf = data.sampleOfStandard();
        Map<String, List<String>> questions = new HashMap<>();
        for (String framework : List.of("nps-2018", "pdu-2021")) {
            questions.put(
                    framework,
                    Csv.read(data.dir().resolve("framework-items/" + framework + ".csv")).stream()
                            .filter(i -> i.get("level").equals("key_question")
                                    || i.get("level").equals("prompt"))
                            .map(i -> i.get("code"))
                            .filter(code -> sampleOf.containsKey(framework + "|" + GeneratedDataset.standardOf(code)))
                            .toList());
        }
        Set<String> allCases = new HashSet<>();
        data.all("results.csv").stream()
                .filter(r -> r.get("subsample").equals("all"))
                .forEach(r -> allCases.add(r.get("inspection_id") + "/" + r.get("item_code")));

        // 14 key questions and 70 prompts in the PDU framework's case-based standards
        assertThat(questions.get("pdu-2021")).hasSize(84);
        List<String> missing = data.all("inspection.csv").stream()
                .flatMap(i -> questions.get(i.get("framework")).stream().map(code -> i.get("id") + "/" + code))
                .filter(key -> !allCases.contains(key))
                .toList();
        assertThat(missing).isEmpty();
        assertThat(allCases).hasSize(330 * 84 + 36 * questions.get("nps-2018").size());
    }
}
