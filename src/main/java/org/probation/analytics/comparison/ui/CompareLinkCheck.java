package org.probation.analytics.comparison.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probation.analytics.base.ui.UrlState;
import org.probation.analytics.comparison.Figures;
import org.probation.analytics.comparison.InspectionChoice;
import org.probation.analytics.comparison.RegionChoice;

/**
 * What is wrong with a Compare permalink: each parameter that names nothing the app has, or a value
 * out of range, with what is shown instead, so that a bad link says so rather than quietly showing
 * another comparison.
 */
final class CompareLinkCheck {

    private CompareLinkCheck() {}

    /** One sentence per bad parameter; {@code shown} is the filter the view falls back to. */
    static List<String> problems(
            QueryParameters q, CompareFilter shown, List<InspectionChoice> inspections, List<RegionChoice> regions) {
        List<String> problems = new ArrayList<>();
        get(q, "mode")
                .filter(m -> CompareFilter.mode(m).isEmpty())
                .ifPresent(m -> problems.add("mode=" + m + " is not a comparison (inspections, benchmark or regions): "
                        + shown.mode().code() + " is shown"));
        get(q, "level")
                .filter(l -> CompareFilter.level(l).isEmpty())
                .ifPresent(l -> problems.add(
                        "level=" + l + " is not a question level (key_question or prompt): every question is shown"));
        get(q, "against")
                .filter(a -> !CompareFilter.BENCHMARKS.contains(a))
                .ifPresent(a -> problems.add("against=" + a + " is not a benchmark (national, region or comparator): "
                        + shown.against() + " is shown"));
        get(q, "alpha")
                .filter(a -> !CompareFilter.validAlpha(a))
                .ifPresent(a -> problems.add(
                        "alpha=" + a + " is not a significance level (a number strictly between 0 and 1): α = "
                                + Figures.alpha(shown.alpha()) + " is used"));
        for (String name : List.of("before", "after", "inspection")) {
            get(q, name)
                    .filter(id -> inspections.stream().noneMatch(i -> i.id().equals(id)))
                    .ifPresent(id -> problems.add(name + "=" + id + " is no inspection here"));
        }
        get(q, "framework")
                .filter(f -> regions.stream().noneMatch(r -> r.framework().equals(f)))
                .ifPresent(f -> problems.add(
                        "framework=" + f + " has no inspected region: " + shown.framework() + " is shown"));
        boolean peers = shown.mode() == CompareFilter.Mode.PEERS;
        for (String name : List.of("a", "b")) {
            get(q, name)
                    .filter(id -> peers
                            ? inspections.stream().noneMatch(i -> i.id().equals(id))
                            : regions.stream().noneMatch(r -> r.regionId().equals(id)))
                    .ifPresent(id -> problems.add(name + "=" + id
                            + (peers ? " is no inspection here" : " is no region with an inspected provider")));
        }
        return problems;
    }

    private static Optional<String> get(QueryParameters q, String name) {
        return UrlState.get(q, name);
    }
}
