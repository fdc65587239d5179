package org.probation.analytics.comparison;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probation.analytics.comparison.ComparisonRepository.InspectionKey;
import org.probation.analytics.stats.Interval;
import org.probation.analytics.stats.MultipleComparisons;
import org.probation.analytics.stats.OneSampleResult;
import org.probation.analytics.stats.OneSampleTest;
import org.probation.analytics.stats.Proportions;
import org.probation.analytics.stats.TwoProportionResult;
import org.probation.analytics.stats.TwoProportionTest;
import org.springframework.stereotype.Service;

/** The comparisons analysts ask for, each row carrying the statistics of the {@code stats} package. */
@Service
public class ComparisonService {

    private final ComparisonRepository repository;

    ComparisonService(ComparisonRepository repository) {
        this.repository = repository;
    }

    public List<ComparisonRow> subsamples(String inspectionId, String a, String b, double alpha) {
        InspectionKey key = inspection(inspectionId);
        requireSubsample(a);
        requireSubsample(b);
        return withStatistics(repository.subsamples(key.id(), a, b), alpha,
                "two-sample pooled z: sub-sample " + b + " against " + a + " of the same inspection");
    }

    public List<ComparisonRow> benchmark(String inspectionId, String against, double alpha) {
        InspectionKey key = inspection(inspectionId);
        return switch (against) {
            case "region" -> {
                if (key.regionId() == null) {
                    throw new ComparisonException.BadRequest("inspection '" + inspectionId + "' has no region to compare with");
                }
                yield withStatistics(repository.againstRegion(key), alpha, "two-sample pooled z against the region's other inspected providers of the framework, pooled, this provider excluded");
            }
            case "national" -> withStatistics(repository.againstNational(key), alpha, "two-sample pooled z against all other inspected providers of the framework, pooled, this provider excluded");
            case "comparator" -> againstComparator(key, alpha);
            default -> throw new ComparisonException.BadRequest("against must be region, national or comparator, not '" + against + "'");
        };
    }

    public List<ComparisonRow> regions(String framework, String regionA, String regionB, double alpha) {
        if (!repository.frameworkExists(framework)) {
            throw new ComparisonException.NotFound("no inspections of framework '" + framework + "'");
        }
        for (String region : List.of(regionA, regionB)) {
            if (!repository.regionHasFramework(region, framework)) {
                throw new ComparisonException.NotFound("no inspected provider of region '" + region + "' under framework '" + framework + "'");
            }
        }
        return withStatistics(repository.regions(framework, regionA, regionB), alpha,
                "two-sample pooled z between the regions' inspected providers, pooled question by question");
    }

    public List<ComparisonRow> inspections(String before, String after, double alpha) {
        InspectionKey a = inspection(before);
        InspectionKey b = inspection(after);
        String how = a.framework().equals(b.framework()) ? "same questions" : "questions linked by the framework mapping";
        return withStatistics(repository.inspections(a, b), alpha, "two-sample pooled z between two inspections (" + how + ")");
    }

    /** Every significant change between successive inspections of a provider or of its predecessor. */
    public List<ComparisonRow> changes(double alpha) {
        List<ComparisonRow> significant = new ArrayList<>();
        for (String[] pair : repository.changePairs()) {
            inspections(pair[0], pair[1], alpha).stream().filter(ComparisonRow::significant).forEach(significant::add);
        }
        return significant;
    }

    /**
     * Every significant change between successive inspections (as {@link #changes}), each with its
     * inspection pair, and what was compared to find them.
     */
    public ChangeReport changeReport(double alpha) {
        Map<String, String> providers = new HashMap<>();
        repository.inspectionChoices().forEach(i -> providers.put(i.id(), i.provider()));
        List<String> pairs = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        int compared = 0;
        int tested = 0;
        int approximate = 0;
        Integer smallest = null;
        Integer largest = null;
        for (String[] pair : repository.changePairs()) {
            pairs.add(pair[0] + " → " + pair[1]);
            for (ComparisonRow r : inspections(pair[0], pair[1], alpha)) {
                compared++;
                if (r.p() != null) {
                    tested++;
                    approximate += r.approximate() ? 1 : 0;
                    int low = Math.min(r.nA(), r.nB());
                    int high = Math.max(r.nA(), r.nB());
                    smallest = smallest == null ? low : Math.min(smallest, low);
                    largest = largest == null ? high : Math.max(largest, high);
                }
                if (r.significant()) {
                    changes.add(new Change(pair[0], providers.get(pair[0]), pair[1], providers.get(pair[1]), r));
                }
            }
        }
        return new ChangeReport(alpha, pairs, compared, tested, approximate, smallest, largest, changes);
    }

    /** The inspections that can be compared, in fieldwork order. */
    public List<InspectionChoice> inspectionChoices() {
        return repository.inspectionChoices();
    }

    /** The regions with an inspected provider, per framework. */
    public List<RegionChoice> regionChoices() {
        return repository.regionChoices();
    }

    private List<ComparisonRow> againstComparator(InspectionKey key, double alpha) {
        OneSampleTest test = OneSampleTest.withDefaults().withAlpha(alpha);
        List<ComparisonRow> rows = new ArrayList<>();
        for (PairedCounts pc : repository.againstComparator(key.id())) {
            Counts a = pc.a();
            Counts b = pc.b();
            double p0 = b.percent() / 100.0;
            String method = "one-sample score test of the inspection's count against the printed '" + b.label() + "' figure";
            if (!a.known()) {
                rows.add(row(pc, null, null, null, null, "NONE", false, null, null, false, method,
                        "count unknown: the report states no denominator and none could be estimated"));
            } else if (p0 <= 0 || p0 >= 1) {
                rows.add(row(pc, a.percent() == null ? null : b.percent() - a.percent(), null, null, null, "NONE", false, null,
                        null, a.estimated(), method, "the comparator figure is " + b.percent() + "%: no variation to test against"));
            } else {
                OneSampleResult r = test.test(a.x(), a.n(), p0);
                // z is negated to read B − A like every other row; the printed figure is fixed, so the difference's interval is the Wilson interval of A, reflected
                rows.add(row(pc, b.percent() - 100.0 * a.x() / a.n(), r.ci() == null ? null : b.percent() - 100 * r.ci().high(),
                        r.ci() == null ? null : b.percent() - 100 * r.ci().low(), r.z() == null ? null : -r.z(), r.test().name(), r.significant(), r.p(),
                        null, a.estimated(), method + "; interval: the printed figure minus the 90% Wilson interval of the "
                                + "inspection's own percent", r.notTestedReason()));
            }
        }
        return withQValues(rows);
    }

    private List<ComparisonRow> withStatistics(List<PairedCounts> pairs, double alpha, String method) {
        TwoProportionTest test = TwoProportionTest.withDefaults().withAlpha(alpha);
        List<ComparisonRow> rows = new ArrayList<>();
        for (PairedCounts pc : pairs) {
            Counts a = pc.a();
            Counts b = pc.b();
            Double diff = a.percent() == null || b.percent() == null ? null : b.percent() - a.percent();
            if (!a.known() || !b.known()) {
                rows.add(row(pc, diff, null, null, null, "NONE", false, null, null, false, method,
                        "count unknown on side " + (!a.known() ? "A" : "B")
                                + ": the report states no denominator and none could be estimated"));
                continue;
            }
            boolean approximate = a.estimated() || b.estimated();
            // B is the test's first sample, so its difference, interval, z and h all read B − A
            TwoProportionResult r = test.test(b.x(), b.n(), a.x(), a.n(), approximate);
            rows.add(new ComparisonRow(pc.questionCode(), pc.question(), pc.level(), a.label(), a.x(), a.n(), a.percent(),
                    a.countKind(), a.providers(), b.label(), b.x(), b.n(), b.percent(), b.countKind(), b.providers(),
                    100 * r.diff(), r.diffCi() == null ? null : 100 * r.diffCi().low(),
                    r.diffCi() == null ? null : 100 * r.diffCi().high(), r.z(), r.p(), r.test().name(), r.significant(),
                    null, r.h(), r.fisherP(), approximate, method + (r.flagReason() == null ? "" : "; " + r.flagReason()),
                    r.notTestedReason(), 100 * r.ciB().low(), 100 * r.ciB().high(), 100 * r.ciA().low(),
                    100 * r.ciA().high()));
        }
        return withQValues(rows);
    }

    private static ComparisonRow row(PairedCounts pc, Double diff, Double ciLow, Double ciHigh, Double z, String test,
            boolean significant, Double p, Double h, boolean approximate, String method, String notTested) {
        Counts a = pc.a();
        Counts b = pc.b();
        Interval wa = wilson(a);
        Interval wb = wilson(b);
        return new ComparisonRow(pc.questionCode(), pc.question(), pc.level(), a.label(), a.x(), a.n(), a.percent(),
                a.countKind(), a.providers(), b.label(), b.x(), b.n(), b.percent(), b.countKind(), b.providers(), diff,
                ciLow, ciHigh, z, p, test, significant, null, h, null, approximate, method, notTested,
                wa == null ? null : 100 * wa.low(), wa == null ? null : 100 * wa.high(),
                wb == null ? null : 100 * wb.low(), wb == null ? null : 100 * wb.high());
    }

    /** The 90% Wilson interval of a side whose count is known. */
    private static Interval wilson(Counts c) {
        return c.known() ? Proportions.wilson(c.x(), c.n(), 0.9) : null;
    }

    /** Benjamini–Hochberg q-values over the rows that were tested, within this comparison. */
    private static List<ComparisonRow> withQValues(List<ComparisonRow> rows) {
        List<Integer> tested = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).p() != null) {
                tested.add(i);
            }
        }
        double[] q = MultipleComparisons.benjaminiHochberg(tested.stream().mapToDouble(i -> rows.get(i).p()).toArray());
        List<ComparisonRow> out = new ArrayList<>(rows);
        for (int k = 0; k < tested.size(); k++) {
            out.set(tested.get(k), out.get(tested.get(k)).withQ(q[k]));
        }
        return out;
    }

    private InspectionKey inspection(String id) {
        return repository.inspection(id).orElseThrow(() -> new ComparisonException.NotFound("no inspection '" + id + "'"));
    }

    private void requireSubsample(String code) {
        if (!repository.subsampleExists(code)) {
            throw new ComparisonException.NotFound("no results for sub-sample '" + code + "'");
        }
    }
}
