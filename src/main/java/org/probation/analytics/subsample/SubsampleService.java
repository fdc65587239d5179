package org.probation.analytics.subsample;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.probation.analytics.base.DataVersion;
import org.probation.analytics.base.Format;
import org.probation.analytics.base.PerLoad;
import org.probation.analytics.base.QuestionLevel;
import org.probation.analytics.calculator.CalculatorService;
import org.probation.analytics.comparison.Adjustment;
import org.probation.analytics.comparison.ComparisonException;
import org.probation.analytics.comparison.ComparisonRow;
import org.probation.analytics.comparison.ComparisonService;
import org.probation.analytics.comparison.ComparisonSummary;
import org.probation.analytics.comparison.NotTestedKind;
import org.probation.analytics.comparison.RowWorking;
import org.probation.analytics.framework.FrameworkItems;
import org.probation.analytics.stats.Interval;
import org.probation.analytics.stats.Proportions;
import org.probation.analytics.stats.TestUsed;
import org.probation.analytics.subsample.SubsampleProfile.Choice;
import org.probation.analytics.subsample.SubsampleRepository.FigureRow;
import org.springframework.stereotype.Service;

/** An inspection's sub-samples side by side, two of them contrasted, and the working of any contrast. */
@Service
public class SubsampleService {

    /** The inspectorate's significance level. */
    public static final double ALPHA = 0.1;

    private static final double LEVEL = 0.9;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    /** The plain-English working of one contrast row and the R that reproduces it. */
    public record Working(String text, String rSnippet) {}

    /** The inspections to choose from and the sub-samples each publishes: read once per load. */
    private record Published(List<Choice> inspections, Map<String, List<Choice>> subsamples) {}

    private final SubsampleRepository repository;
    private final ComparisonService comparisons;
    private final CalculatorService calculator;
    private final FrameworkItems items;
    private final PerLoad.Single<Published> choices;
    /** An inspection's figures at a level, kept per load: each view of it reads them. */
    private final PerLoad<List<String>, List<FigureRow>> figures;

    SubsampleService(
            SubsampleRepository repository,
            ComparisonService comparisons,
            CalculatorService calculator,
            FrameworkItems items,
            DataVersion version) {
        this.repository = repository;
        this.comparisons = comparisons;
        this.calculator = calculator;
        this.items = items;
        this.choices = PerLoad.single(version);
        this.figures = new PerLoad<>(version, 1000);
    }

    /** @throws ComparisonException.NotFound for an unknown inspection */
    public SubsampleProfile profile(SubsampleFilter requested) {
        String id = requested.inspection() == null ? SubsampleFilter.DEFAULT_INSPECTION : requested.inspection();
        Published loaded = choices();
        Map<String, List<Choice>> published = loaded.subsamples();
        List<Choice> inspections = loaded.inspections();
        if (inspections.stream().noneMatch(i -> i.code().equals(id))) {
            throw new ComparisonException.NotFound("no inspection '" + id + "'");
        }
        List<Choice> subsamples = published.getOrDefault(id, List.of());
        List<String> notes = new ArrayList<>();
        String[] pair = pair(
                requested.a(),
                requested.b(),
                subsamples.stream().map(Choice::code).toList(),
                notes);
        SubsampleFilter filter = requested.withInspection(id).withPair(pair[0], pair[1]);

        List<FigureRow> atLevel =
                figures.get(List.of(id, filter.level()), k -> repository.figures(id, filter.level(), items.lookup()));
        Map<String, Choice> standards = new LinkedHashMap<>();
        atLevel.stream()
                .filter(f -> f.standardCode() != null)
                .forEach(f -> standards.putIfAbsent(
                        f.standardCode(),
                        new Choice(
                                f.standardCode(),
                                f.standardCode() + " " + (f.standardName() == null ? "" : f.standardName()))));
        SubsampleFilter resolved = filter;
        if (filter.standard() != null && !standards.containsKey(filter.standard())) {
            notes.add("There is no standard " + filter.standard() + " at this level: every standard is shown.");
            resolved = filter.withStandard(null);
        }
        String standard = resolved.standard();
        List<SubsampleFigure> figures = atLevel.stream()
                .filter(f -> standard == null || standard.equals(f.standardCode()))
                .map(SubsampleService::figure)
                .toList();
        Set<String> questions =
                figures.stream().map(SubsampleFigure::questionCode).collect(Collectors.toSet());
        List<ComparisonRow> contrast = pair[0] == null
                ? List.of()
                : comparisons.subsamples(id, pair[0], pair[1], ALPHA).stream()
                        .filter(r -> questions.contains(r.questionCode()))
                        .toList();
        if (pair[0] != null && contrast.isEmpty()) {
            notes.add(pair[1] + " and " + pair[0] + " share no "
                    + QuestionLevel.parse(resolved.level()).words()
                    + (standard == null ? "" : " of standard " + standard) + ": nothing to contrast.");
        }
        return new SubsampleProfile(
                resolved,
                inspections,
                subsamples,
                List.copyOf(standards.values()),
                figures,
                contrast,
                ALPHA,
                notes.isEmpty() ? null : String.join(" ", notes));
    }

    private Published choices() {
        return choices.get(() -> {
            Map<String, List<Choice>> subsamples = repository.subsamples().stream()
                    .collect(Collectors.groupingBy(
                            SubsampleRepository.PublishedSubsample::inspectionId,
                            LinkedHashMap::new,
                            Collectors.mapping(s -> new Choice(s.code(), s.label()), Collectors.toUnmodifiableList())));
            List<Choice> inspections = repository.inspections().stream()
                    .map(i -> new Choice(
                            i.id(),
                            i.provider() + ", " + MONTH.format(i.published()) + " ("
                                    + codes(subsamples.getOrDefault(i.id(), List.of())) + ")"))
                    .toList();
            return new Published(inspections, Collections.unmodifiableMap(subsamples));
        });
    }

    /**
     * The pair to contrast: the one asked for when the inspection publishes both and they differ,
     * else community against licence, else the first two sub-samples it publishes besides all cases,
     * else all cases against its only other sub-sample; {@code notes} says why.
     */
    private static String[] pair(String a, String b, List<String> codes, List<String> notes) {
        if (a != null && b != null && !a.equals(b) && codes.contains(a) && codes.contains(b)) {
            overlap(a, b, notes);
            return new String[] {a, b};
        }
        List<String> parts = codes.stream().filter(c -> !c.equals("all")).toList();
        String[] fallback = codes.contains("community") && codes.contains("licence")
                ? new String[] {"community", "licence"}
                : parts.size() >= 2
                        ? new String[] {parts.get(0), parts.get(1)}
                        : parts.size() == 1 && codes.contains("all")
                                ? new String[] {"all", parts.getFirst()}
                                : new String[] {null, null};
        if (fallback[0] == null) {
            notes.add("This inspection publishes results for "
                    + (codes.isEmpty() ? "no sub-sample" : codes.getFirst() + " only")
                    + ": there are no two sub-samples to contrast.");
            return fallback;
        }
        if (a != null && a.equals(b)) {
            notes.add("A and B were both '" + a + "'.");
        } else if (a != null || b != null) {
            notes.add("This inspection publishes no results for '" + (codes.contains(a) ? b : a) + "'.");
        }
        if (a != null || b != null) {
            notes.add("Showing " + fallback[1] + " against " + fallback[0] + " instead.");
        }
        overlap(fallback[0], fallback[1], notes);
        return fallback;
    }

    private static void overlap(String a, String b, List<String> notes) {
        if (a.equals("all") || b.equals("all")) {
            String part = a.equals("all") ? b : a;
            notes.add("All cases include the " + part + " cases, so the two sides overlap and are not the independent "
                    + "samples the test assumes: read its p-value with care.");
        }
    }

    private static SubsampleFigure figure(FigureRow f) {
        Interval ci = f.x() != null && f.n() != null && f.n() > 0 ? Proportions.wilson(f.x(), f.n(), LEVEL) : null;
        return new SubsampleFigure(
                f.questionCode(),
                f.question(),
                f.level(),
                f.standardCode(),
                f.subsample(),
                f.subsampleLabel(),
                f.percent(),
                f.x(),
                f.n(),
                f.countKind(),
                ci == null ? null : 100 * ci.low(),
                ci == null ? null : 100 * ci.high());
    }

    private static String codes(List<Choice> subsamples) {
        return subsamples.size() <= 1
                ? "all cases only"
                : subsamples.stream().map(Choice::code).collect(Collectors.joining(", "));
    }

    /** The headline counts of a contrast: significant at α under every reading, and how many survive Benjamini–Hochberg. */
    public ComparisonSummary summary(List<ComparisonRow> contrast) {
        return ComparisonSummary.of(contrast, contrast, Adjustment.NONE, ALPHA);
    }

    /** The row's test in words, with the small-sample guards said plainly. */
    public static String verdict(ComparisonRow r) {
        if (r.test() != TestUsed.NONE) {
            return "pooled z"
                    + (r.uncertain() && r.fisherP() != null
                            ? Format.f("; uncertain, expected count below 5 (Fisher p = %.3f)", r.fisherP())
                            : "");
        }
        String reason = r.notTestedReason() == null ? "" : r.notTestedReason();
        return r.notTested() == NotTestedKind.NOT_COMPARABLE
                ? reason
                : r.notTested() == NotTestedKind.TOO_FEW_CASES
                        ? "not tested: too few cases to test (" + reason + ")"
                        : "not tested: " + reason;
    }

    /** How the row's figures were reached, in words, with an R snippet when both counts are known. */
    public Working working(ComparisonRow r) {
        String shown = (r.significant() ? "significant" : "not significant") + " (p < " + Format.plain(ALPHA) + ")";
        RowWorking.Text text = RowWorking.of(r, ALPHA, shown, RowWorking.calculate(calculator, r, ALPHA));
        return new Working(text.working(), text.rCode());
    }
}
