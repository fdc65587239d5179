package org.probation.analytics.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.probation.analytics.calculator.CalculatorService;
import org.probation.analytics.changes.ChangesService;
import org.probation.analytics.comparison.ComparisonService;
import org.probation.analytics.comparison.InspectionChoice;
import org.probation.analytics.funnel.FunnelQuestion;
import org.probation.analytics.funnel.FunnelService;
import org.probation.analytics.inspection.InspectionPages;
import org.probation.analytics.inspection.InspectionService;
import org.probation.analytics.overview.OverviewFilter;
import org.probation.analytics.overview.OverviewService;
import org.probation.analytics.subsample.SubsampleFilter;
import org.probation.analytics.subsample.SubsampleService;
import org.springframework.context.ApplicationContext;

/**
 * What each view asks of its services when it opens from a permalink, with arguments drawn (from a
 * fixed seed) from the loaded data: a different inspection, pair or question on every call.
 */
final class ViewCalls {

    private ViewCalls() {}

    static Map<String, Supplier<?>> of(ApplicationContext context, long seed) {
        InspectionService inspections = context.getBean(InspectionService.class);
        InspectionPages pages = context.getBean(InspectionPages.class);
        OverviewService overview = context.getBean(OverviewService.class);
        ComparisonService comparisons = context.getBean(ComparisonService.class);
        SubsampleService subsamples = context.getBean(SubsampleService.class);
        FunnelService funnel = context.getBean(FunnelService.class);
        CalculatorService calculator = context.getBean(CalculatorService.class);
        SplittableRandom random = new SplittableRandom(seed);
        List<InspectionChoice> all = comparisons.inspectionChoices();
        List<String> frameworks =
                all.stream().map(InspectionChoice::framework).distinct().toList();
        Map<String, List<FunnelQuestion>> questions = new LinkedHashMap<>();
        frameworks.forEach(f -> questions.put(f, funnel.questions(f)));

        Map<String, Supplier<?>> calls = new LinkedHashMap<>();
        calls.put("inspections", inspections::inspections);
        // as InspectionView.beforeEnter: one page, the national benchmark charted on opening
        calls.put("inspection", () -> pages.page(pick(all, random).id(), "national"));
        calls.put(
                "overview",
                () -> List.of(
                        overview.choices(),
                        overview.overview(new OverviewFilter(pick(frameworks, random), null, null))));
        calls.put("compare", () -> {
            InspectionChoice a = pick(all, random);
            InspectionChoice b = pick(
                    all.stream()
                            .filter(c -> c.framework().equals(a.framework()))
                            .toList(),
                    random);
            return List.of(
                    comparisons.inspectionChoices(),
                    comparisons.regionChoices(),
                    comparisons.inspections(a.id(), b.id(), 0.1),
                    comparisons.benchmark(a.id(), "national", 0.1));
        });
        calls.put(
                "subsamples",
                () -> subsamples.profile(SubsampleFilter.withDefaults()
                        .withInspection(pick(all, random).id())
                        .withPair("community", "licence")));
        calls.put("changes", () -> context.getBean(ChangesService.class).changeReport(0.1));
        calls.put("funnel", () -> {
            String framework = pick(frameworks, random);
            // as FunnelView: its frameworks, the chosen framework's questions, then the funnel
            return List.of(
                    funnel.frameworks(),
                    funnel.questions(framework),
                    funnel.funnel(
                            framework, pick(questions.get(framework), random).code()));
        });
        calls.put(
                "calculator",
                () -> calculator.twoProportions(random.nextInt(0, 41), 40, random.nextInt(0, 61), 60, 0.1, 0.9));
        return calls;
    }

    private static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
