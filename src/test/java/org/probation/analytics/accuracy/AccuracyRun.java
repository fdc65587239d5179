package org.probation.analytics.accuracy;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.probation.analytics.TestDatabase;
import org.probation.analytics.dataset.DatasetTestSupport;
import org.probation.analytics.dataset.LoadReport;

/** One scenario end to end: synthetic inspections written, loaded by the real DatasetLoader into a fresh DuckDB, compared with the truth. */
final class AccuracyRun {

    private AccuracyRun() {}

    /**
     * Generates {@code inspections} inspections into {@code work/<scenario>} from the reference
     * files of {@code datasets}, loads them and compares every question's estimate with its truth.
     */
    static ScenarioResult run(Path datasets, Path work, Scenario scenario, int inspections, int questions, long seed) {
        long start = System.nanoTime();
        Path dir = work.resolve(scenario.code);
        List<Truth> truths = AccuracyDataset.write(datasets, dir, scenario, inspections, questions, seed);
        long generated = System.nanoTime();
        try (TestDatabase db = new TestDatabase()) {
            LoadReport load = DatasetTestSupport.load(db, dir);
            long loaded = System.nanoTime();
            LoadedEstimates estimates = LoadedEstimates.read(db.dsl);
            Tally all = new Tally();
            Map<QuestionKind, Tally> byKind = new EnumMap<>(QuestionKind.class);
            int readingRight = 0;
            for (Truth t : truths) {
                readingRight += t.swapped() == estimates.readSwapped().contains(t.inspectionId()) ? 1 : 0;
                for (Truth.Question q : t.questions()) {
                    QuestionOutcome o = QuestionOutcome.of(
                            q,
                            estimates.of(t.inspectionId(), q.itemCode(), "community"),
                            estimates.of(t.inspectionId(), q.itemCode(), "licence"),
                            estimates.of(t.inspectionId(), q.itemCode(), "all"));
                    all.add(o);
                    byKind.computeIfAbsent(q.kind(), k -> new Tally()).add(o);
                }
            }
            return new ScenarioResult(
                    scenario,
                    inspections,
                    all,
                    byKind,
                    readingRight,
                    load.rows(),
                    (generated - start) / 1_000_000,
                    (loaded - generated) / 1_000_000,
                    (System.nanoTime() - loaded) / 1_000_000);
        }
    }
}
