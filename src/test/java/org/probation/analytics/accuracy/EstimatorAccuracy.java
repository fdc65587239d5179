package org.probation.analytics.accuracy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.probation.analytics.accuracy.Tally.Measure;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The count estimator's accuracy against known truth, one run: for each {@link Scenario},
 * synthetic inspections with hidden counts go through the real loader and its estimates are
 * scored; writes {@code target/accuracy/results.json} and logs the tables. Run with
 * {@code ./mvnw -B -Paccuracy verify} (properties accuracy.inspections, accuracy.seed).
 */
public final class EstimatorAccuracy {

    static final Path OUT = Path.of("target", "accuracy");
    static final int QUESTIONS = 25;
    private static final List<Measure> SUMMARY = List.of(
            Measure.RECOVERED,
            Measure.ALL_RECOVERED,
            Measure.CLAIMS_UNIQUE,
            Measure.UNIQUE_BUT_WRONG,
            Measure.GAVE_UP,
            Measure.TRUTH_IN_SET,
            Measure.TRULY_SIGNIFICANT,
            Measure.SIGNIFICANT_EVERY,
            Measure.NOT_SIGNIFICANT_ANY,
            Measure.DEPENDS,
            Measure.NOT_TESTED,
            Measure.CONTRADICTED,
            Measure.POINT_FLAG_DIFFERS);
    private static final List<Measure> BY_KIND = List.of(
            Measure.RECOVERED,
            Measure.ALL_RECOVERED,
            Measure.UNIQUE_BUT_WRONG,
            Measure.GAVE_UP,
            Measure.TRUTH_IN_SET,
            Measure.CONTRADICTED,
            Measure.DEPENDS,
            Measure.POINT_FLAG_DIFFERS);

    public static void main(String[] args) throws Exception {
        int inspections = Integer.parseInt(System.getProperty("accuracy.inspections", "1000"));
        long seed = Long.parseLong(System.getProperty("accuracy.seed", "20240601"));
        long start = System.nanoTime();
        Files.createDirectories(OUT);
        List<ScenarioResult> results = run(Path.of("datasets"), OUT, inspections, seed);
        double seconds = (System.nanoTime() - start) / 1e9;
        log(results);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seed", seed);
        json.put("inspectionsPerScenario", inspections);
        json.put("questionsPerInspection", QUESTIONS);
        json.put("alpha", QuestionOutcome.ALPHA);
        Map<String, Object> scenarios = new LinkedHashMap<>();
        results.forEach(r -> scenarios.put(r.scenario().code, r.json()));
        json.put("scenarios", scenarios);
        json.put("allTargetsMet", results.stream().allMatch(ScenarioResult::allTargetsMet));
        json.put("runSeconds", Math.round(seconds * 10) / 10.0);
        Path file = OUT.resolve("results.json");
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), json);
        say("run time %.1f s; wrote %s", seconds, file);
    }

    /** Every scenario, generated under {@code work} from the reference files of {@code datasets}. */
    static List<ScenarioResult> run(Path datasets, Path work, int inspections, long seed) {
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario s : Scenario.values()) {
            ScenarioResult r = AccuracyRun.run(datasets, work, s, inspections, QUESTIONS, seed);
            say(
                    "%s: %d inspections, %d questions, %d rows loaded; generate %d ms, load %d ms, compare %d ms",
                    s.code,
                    r.inspections(),
                    r.all().questions(),
                    r.rowsLoaded(),
                    r.generateMs(),
                    r.loadMs(),
                    r.compareMs());
            results.add(r);
        }
        return results;
    }

    private static void log(List<ScenarioResult> results) {
        StringBuilder head = new StringBuilder(String.format("%-24s", "measure (share of all)"));
        results.forEach(r -> head.append(String.format(" %14s", r.scenario().code)));
        say("%s", head);
        line(
                "reading_right",
                results.stream().map(ScenarioResult::readingRightShare).toList());
        for (Measure m : SUMMARY) {
            line(m.code, results.stream().map(r -> r.all().share(m)).toList());
        }
        for (ScenarioResult r : results) {
            StringBuilder h = new StringBuilder(String.format("%-34s", r.scenario().code + " by kind"));
            BY_KIND.forEach(m -> h.append(String.format(" %9s", abbreviation(m))));
            say("%s", h);
            r.byKind().forEach((k, t) -> {
                StringBuilder row = new StringBuilder(
                        String.format("%-34s", k.name() + " " + k.words + " (" + t.questions() + ")"));
                BY_KIND.forEach(m -> row.append(String.format(" %8.1f%%", 100 * t.share(m))));
                say("%s", row);
            });
        }
        for (ScenarioResult r : results) {
            for (ScenarioResult.Target t : r.targets()) {
                say(
                        "target %-13s %-17s %6.2f%% %s %5.1f%%: %s",
                        r.scenario().code,
                        t.measure(),
                        100 * t.value(),
                        t.comparison(),
                        100 * t.limit(),
                        t.pass() ? "met" : "MISSED");
            }
        }
    }

    private static String abbreviation(Measure m) {
        return switch (m) {
            case RECOVERED -> "recov";
            case ALL_RECOVERED -> "all_rec";
            case UNIQUE_BUT_WRONG -> "uniq_wrg";
            case GAVE_UP -> "gave_up";
            case TRUTH_IN_SET -> "in_set";
            case CONTRADICTED -> "contra";
            case DEPENDS -> "depends";
            case POINT_FLAG_DIFFERS -> "pt_flag";
            default -> m.code;
        };
    }

    private static void line(String label, List<Double> shares) {
        StringBuilder row = new StringBuilder(String.format("%-24s", label));
        shares.forEach(v -> row.append(String.format(" %13.2f%%", 100 * v)));
        say("%s", row);
    }

    static void say(String format, Object... args) {
        System.out.println("[accuracy] " + String.format(Locale.UK, format, args));
    }

    private EstimatorAccuracy() {}
}
