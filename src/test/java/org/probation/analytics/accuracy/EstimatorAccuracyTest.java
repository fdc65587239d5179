package org.probation.analytics.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probation.analytics.accuracy.Tally.Measure;

/** The accuracy command's code path on a small fixed-seed run: the estimator still recovers counts when the stated split is swapped. */
class EstimatorAccuracyTest {

    @TempDir
    Path work;

    @Test
    void a_swapped_split_is_read_back_and_its_counts_recovered() {
        ScenarioResult r = AccuracyRun.run(
                Path.of("datasets"), work, Scenario.SPLIT_SWAPPED, 60, EstimatorAccuracy.QUESTIONS, 20240601L);
        EstimatorAccuracy.say(
                "test run, %s: recovered %.3f, unique_but_wrong %.3f, reading right %.3f, gave up %.3f",
                r.scenario().code,
                r.all().share(Measure.RECOVERED),
                r.all().share(Measure.UNIQUE_BUT_WRONG),
                r.readingRightShare(),
                r.all().share(Measure.GAVE_UP));
        assertThat(r.all().questions()).isEqualTo(60 * EstimatorAccuracy.QUESTIONS);
        assertThat(r.all().share(Measure.RECOVERED)).isGreaterThanOrEqualTo(0.75);
        assertThat(r.all().share(Measure.UNIQUE_BUT_WRONG)).isLessThanOrEqualTo(0.03);
        assertThat(r.byKind().get(QuestionKind.T1).share(Measure.RECOVERED)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void a_right_split_is_read_as_stated() {
        ScenarioResult r = AccuracyRun.run(
                Path.of("datasets"), work, Scenario.SPLIT_RIGHT, 60, EstimatorAccuracy.QUESTIONS, 20240601L);
        assertThat(r.readingRightShare()).isEqualTo(1.0);
        assertThat(r.all().share(Measure.RECOVERED)).isGreaterThanOrEqualTo(0.75);
        assertThat(r.all().share(Measure.UNIQUE_BUT_WRONG)).isLessThanOrEqualTo(0.03);
    }
}
