package org.probation.analytics.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.probation.analytics.TestDatabase;
import org.probation.analytics.TestLookups;
import org.probation.analytics.base.DataVersion;
import org.probation.analytics.dataset.DatasetTestSupport;

/** The rating rules on the four seed inspections. */
class RatingServiceTest {

    static TestDatabase db;
    static RatingService service;

    @BeforeAll
    static void loadSeeds() {
        db = new TestDatabase();
        DatasetTestSupport.load(db, Path.of("datasets"));
        service = new RatingService(new RatingRepository(db.dsl), TestLookups.items(db), new DataVersion());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"nps-midlands-2018", "nps-south-west-2021", "swansea-neath-port-talbot-2022", "somerset-2023"})
    void the_overall_score_and_rating_follow_from_the_published_standard_ratings(String inspection) {
        OverallCheck overall = service.overall(inspection).orElseThrow();

        assertThat(overall.ratingMatches()).as(overall.toString()).isTrue();
        assertThat(overall.scoreMatches()).as(overall.toString()).isTrue();
    }

    @Test
    void the_published_scores_are_the_sums_of_the_standard_points() {
        assertThat(service.overall("somerset-2023").orElseThrow().computedScore())
                .isEqualTo(8);
        assertThat(service.overall("swansea-neath-port-talbot-2022")
                        .orElseThrow()
                        .computedScore())
                .isEqualTo(4);
        assertThat(service.overall("nps-south-west-2021").orElseThrow().computedScore())
                .isEqualTo(16);
    }

    @Test
    void somerset_implementation_is_rated_above_its_lowest_key_question_by_discretion() {
        StandardRatingCheck delivery = byCode("somerset-2023").get("2.4");

        // 2.4.3 is 48%* (seed 004 line 429): Inadequate by the rule, published Requires improvement
        assertThat(delivery.drivingQuestion()).isEqualTo("2.4.3");
        assertThat(delivery.drivingPercent()).isEqualTo(48.0);
        assertThat(delivery.ruleRating()).isEqualTo("Inadequate");
        assertThat(delivery.publishedRating()).isEqualTo("Requires improvement");
        assertThat(delivery.discretion()).isTrue();
        assertThat(delivery.edgeDistancePoints()).isEqualTo(2.0);
    }

    @Test
    void a_standard_rated_by_the_rule_is_not_flagged_as_discretion() {
        StandardRatingCheck assessment = byCode("somerset-2023").get("2.2");

        assertThat(assessment.drivingQuestion()).isEqualTo("2.2.3");
        assertThat(assessment.ruleRating()).isEqualTo("Inadequate").isEqualTo(assessment.publishedRating());
        assertThat(assessment.discretion()).isFalse();
        // 31% of 42 cases = 13 (estimated): 21 of 42 (50%) needed for the next band, 8 more cases
        assertThat(assessment.edgeDistanceCases()).isEqualTo(8);
        assertThat(assessment.edgeDirection()).isEqualTo("up");
    }

    @Test
    void domain_one_standards_keep_their_published_rating_without_a_rule() {
        StandardRatingCheck leadership = byCode("somerset-2023").get("1.1");

        assertThat(leadership.publishedRating()).isEqualTo("Requires improvement");
        assertThat(leadership.ruleRating()).isNull();
        assertThat(leadership.discretion()).isNull();
    }

    @Test
    void midlands_planning_is_published_outstanding_though_its_lowest_key_question_is_good() {
        StandardRatingCheck planning = byCode("nps-midlands-2018").get("2.2");

        assertThat(planning.drivingPercent()).isEqualTo(78.0);
        assertThat(planning.ruleRating()).isEqualTo("Good");
        assertThat(planning.publishedRating()).isEqualTo("Outstanding");
        assertThat(planning.discretion()).isTrue();
    }

    @Test
    void band_edges_are_those_of_the_framework() {
        KeyQuestionBands bands = KeyQuestionBands.parse("Requires improvement:50;Good:65;Outstanding:80");
        assertThat(bands.ratingOf(49)).isEqualTo(Rating.INADEQUATE);
        assertThat(bands.ratingOf(50)).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
        assertThat(bands.ratingOf(64.5)).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
        assertThat(bands.ratingOf(65)).isEqualTo(Rating.GOOD);
        assertThat(bands.ratingOf(80)).isEqualTo(Rating.OUTSTANDING);
        assertThat(bands.describe()).isEqualTo("<50 / 50-64 / 65-79 / 80+");
        assertThat(ScoreBands.parse("Inadequate:0-5;Requires improvement:6-15;Good:16-25;Outstanding:26-30")
                        .ratingOf(16))
                .isEqualTo(Rating.GOOD);
    }

    private static Map<String, StandardRatingCheck> byCode(String inspection) {
        List<StandardRatingCheck> checks = service.standards(inspection).orElseThrow();
        return checks.stream().collect(Collectors.toMap(StandardRatingCheck::standardCode, Function.identity()));
    }
}
