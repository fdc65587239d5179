package org.probation.analytics.accuracy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.probation.analytics.accuracy.Tally.Measure;

/** The figures of one scenario: every question, each kind of question, the sample readings, the targets and the time taken. */
record ScenarioResult(
        Scenario scenario,
        int inspections,
        Tally all,
        Map<QuestionKind, Tally> byKind,
        int readingRight,
        long rowsLoaded,
        long generateMs,
        long loadMs,
        long compareMs) {

    /** A target on one measure: a minimum or a maximum share, met or not. */
    record Target(String measure, double value, String comparison, double limit, boolean pass) {}

    List<Target> targets() {
        return List.of(
                atLeast(Measure.RECOVERED, scenario.minRecovered),
                atMost(Measure.UNIQUE_BUT_WRONG, scenario.maxUniqueButWrong),
                atMost(Measure.CONTRADICTED, scenario.maxContradicted));
    }

    boolean allTargetsMet() {
        return targets().stream().allMatch(Target::pass);
    }

    double readingRightShare() {
        return inspections == 0 ? 0 : (double) readingRight / inspections;
    }

    Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("inspections", inspections);
        out.put("rowsLoaded", rowsLoaded);
        out.put("readingRight", Math.round(readingRightShare() * 10_000) / 10_000.0);
        out.putAll(all.json());
        Map<String, Object> kinds = new LinkedHashMap<>();
        byKind.forEach((k, t) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", k.words);
            row.putAll(t.json());
            kinds.put(k.name(), row);
        });
        out.put("byKind", kinds);
        out.put("targets", targets());
        out.put("allTargetsMet", allTargetsMet());
        out.put("generateMs", generateMs);
        out.put("loadMs", loadMs);
        out.put("compareMs", compareMs);
        return out;
    }

    private Target atLeast(Measure m, double limit) {
        double v = all.share(m);
        return new Target(m.code, Math.round(v * 10_000) / 10_000.0, ">=", limit, v >= limit);
    }

    private Target atMost(Measure m, double limit) {
        double v = all.share(m);
        return new Target(m.code, Math.round(v * 10_000) / 10_000.0, "<=", limit, v <= limit);
    }
}
