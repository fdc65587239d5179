package org.probation.analytics.comparison;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probation.analytics.base.DataVersion;
import org.probation.analytics.base.PerLoad;
import org.probation.analytics.base.QuestionLevel;
import org.probation.analytics.comparison.ComparisonRepository.InspectionKey;
import org.probation.analytics.framework.FrameworkItem;
import org.probation.analytics.framework.FrameworkItems;
import org.springframework.stereotype.Service;

/** The comparisons analysts ask for, each row carrying the statistics of the {@code stats} package. */
@Service
public class ComparisonService {

    private static final String NATIONAL =
            "two-sample pooled z against all other inspected providers of the framework, pooled, this provider excluded";

    private static final String NATIONAL_POOL = "all other providers (pooled)";

    private final ComparisonRepository repository;
    private final BulkComparisonRepository bulk;
    private final ComparisonLookups lookups;
    private final ProviderPools pools;
    private final PoolMembers members;
    private final FrameworkItems items;
    /**
     * The all-providers answers (every inspection against its national pool): tens of MB each at
     * national scale, so only two α at a time are kept (the changes feature keeps its own reports).
     */
    private final PerLoad<String, Object> allProviders;
    /**
     * The paired counts of one comparison (sub-samples of an inspection, two inspections) and an
     * inspection's flags, kept per load: every view of an inspection reads them, and under load
     * the database's connections were what views waited for (docs/performance.md, load).
     */
    private final PerLoad<List<String>, List<PairedCounts>> pairedCounts;

    private final PerLoad<String, List<DataFlag>> flags;

    ComparisonService(
            ComparisonRepository repository, BulkComparisonRepository bulk, FrameworkItems items, DataVersion version) {
        this.repository = repository;
        this.bulk = bulk;
        this.lookups = new ComparisonLookups(repository, version);
        this.pools = new ProviderPools(repository, lookups, items, version);
        this.members = new PoolMembers(lookups);
        this.items = items;
        this.allProviders = new PerLoad<>(version, 2);
        this.pairedCounts = new PerLoad<>(version, 2000);
        this.flags = new PerLoad<>(version, 1000);
    }

    public List<ComparisonRow> subsamples(String inspectionId, String a, String b, double alpha) {
        InspectionKey key = inspection(inspectionId);
        requireSubsample(a);
        requireSubsample(b);
        FrameworkItems.Lookup lookup = items.lookup();
        List<PairedCounts> pairs =
                pairedCounts
                        .get(List.of("subsamples", key.id(), a, b), k -> repository.subsamples(key.id(), a, b))
                        .stream()
                        .map(pc -> comparable(pc, lookup.get(key.framework(), pc.questionCode()), a, b))
                        .toList();
        return ComparisonStatistics.withStatistics(
                pairs,
                alpha,
                "two-sample pooled z: sub-sample " + a + " against " + b + " of the same inspection",
                Direction.A_MINUS_B);
    }

    /**
     * A question the report asks of one sub-sample only ("Post-custody cases only") is not
     * contrasted with another sub-sample: the other's figure answers a question not put to it.
     */
    private static PairedCounts comparable(PairedCounts pc, FrameworkItem item, String a, String b) {
        String only = item == null ? null : item.appliesTo();
        if (only == null || (only.equals(a) && only.equals(b))) {
            return pc;
        }
        String other = only.equals(a) ? b : only.equals(b) ? a : a + " and " + b;
        return pc.notComparable("not comparable: the report asks this question of " + only + " cases only, so the "
                + other + " figure is not contrasted with it");
    }

    public List<ComparisonRow> benchmark(String inspectionId, String against, double alpha) {
        InspectionKey key = inspection(inspectionId);
        benchmarkPool(inspectionId, against)
                .filter(p -> p.providers().isEmpty())
                .ifPresent(p -> {
                    throw new ComparisonException.NotFound("nothing to compare with: "
                            + members.inspectionName(inspectionId)
                            + " is the only inspected provider " + ("region".equals(against) ? "of its region " : "")
                            + "under its framework, so the pool of " + p.side() + " is empty");
                });
        return switch (against) {
            case "region" -> {
                if (key.regionId() == null) {
                    throw new ComparisonException.BadRequest(
                            "inspection '" + inspectionId + "' has no region to compare with");
                }
                yield ComparisonStatistics.withStatistics(
                        pools.against(
                                key,
                                c -> key.regionId().equals(c.regionId()),
                                "region " + members.regionName(key.regionId()) + " (other providers, pooled)"),
                        alpha,
                        "two-sample pooled z against the region's other inspected providers of the framework, pooled, this provider excluded",
                        Direction.PROVIDER_MINUS_BENCHMARK);
            }
            case "national" ->
                ComparisonStatistics.withStatistics(
                        pools.against(key, c -> true, NATIONAL_POOL),
                        alpha,
                        NATIONAL,
                        Direction.PROVIDER_MINUS_BENCHMARK);
            case "comparator" -> {
                List<ComparisonRow> rows = ComparatorTests.of(repository.againstComparator(key.id()), alpha);
                if (rows.isEmpty()) {
                    throw new ComparisonException.NotFound(
                            "nothing to compare with: the report of " + members.inspectionName(inspectionId)
                                    + " prints no comparator figure (such as 'All NPS regions') beside its results");
                }
                yield rows;
            }
            default ->
                throw new ComparisonException.BadRequest(
                        "against must be region, national or comparator, not '" + against + "'");
        };
    }

    /**
     * An inspection's own all-cases figures with their 90% Wilson intervals and no benchmark
     * (side B empty): what its page charts when the benchmark chosen has nothing to offer.
     */
    public List<ComparisonRow> ownFigures(String inspectionId) {
        return ComparisonStatistics.withStatistics(
                pools.against(inspection(inspectionId), c -> false, "no benchmark"),
                0.1,
                "no benchmark",
                Direction.PROVIDER_MINUS_BENCHMARK);
    }

    /**
     * Who a benchmark pools: every other provider with an inspection of the framework, or the
     * region's other providers; empty for the printed comparator (not a pool).
     */
    public Optional<Pool> benchmarkPool(String inspectionId, String against) {
        return members.benchmark(inspection(inspectionId), against);
    }

    /** "4 inspections, published to Jul 2023": what the data is, for a chart's title. */
    public String dataDate() {
        java.time.LocalDate latest = repository.latestPublished();
        int count = lookups.inspectionChoices().size();
        return count
                + (count == 1 ? " inspection" : " inspections")
                + (latest == null
                        ? ""
                        : ", published to "
                                + latest.format(
                                        java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.UK)));
    }

    private List<PairedCounts> paired(InspectionKey a, InspectionKey b) {
        return pairedCounts.get(List.of("inspections", a.id(), b.id()), k -> repository.inspections(a, b));
    }

    /** An inspection's data-quality flags, to show beside the figures compared (empty for an unknown id). */
    public List<DataFlag> flags(String inspectionId) {
        return flags.get(inspectionId, repository::flags);
    }

    /** "Somerset (2023)": an inspection's display name, or its id when it names nothing loaded. */
    public String inspectionName(String inspectionId) {
        return members.inspectionName(inspectionId);
    }

    /** Who each region of a comparison of two regions pools: A's providers, then B's. */
    public List<Pool> regionPools(String framework, String regionA, String regionB) {
        return members.regions(framework, regionA, regionB);
    }

    public List<ComparisonRow> regions(String framework, String regionA, String regionB, double alpha) {
        if (!repository.frameworkExists(framework)) {
            throw new ComparisonException.NotFound("no inspections of framework '" + framework + "'");
        }
        for (String region : List.of(regionA, regionB)) {
            if (!repository.regionHasFramework(region, framework)) {
                throw new ComparisonException.NotFound(
                        "no inspected provider of region '" + region + "' under framework '" + framework + "'");
            }
        }
        return ComparisonStatistics.withStatistics(
                repository.regions(framework, regionA, regionB),
                alpha,
                "two-sample pooled z between the regions' inspected providers, pooled question by question",
                Direction.A_MINUS_B);
    }

    /**
     * Two inspections as peers (two PDUs, say), question by question: the same pairs as
     * {@link #inspections}, the difference read A − B rather than after − before.
     */
    public List<ComparisonRow> peers(String a, String b, double alpha) {
        InspectionKey first = inspection(a);
        InspectionKey second = inspection(b);
        return ComparisonStatistics.withStatistics(
                paired(first, second),
                alpha,
                "two-sample pooled z between two inspections as peers ("
                        + (first.framework().equals(second.framework())
                                ? "same questions"
                                : "questions linked by the framework mapping")
                        + ")",
                Direction.A_MINUS_B);
    }

    public List<ComparisonRow> inspections(String before, String after, double alpha) {
        InspectionKey a = inspection(before);
        InspectionKey b = inspection(after);
        return ComparisonStatistics.withStatistics(
                paired(a, b), alpha, betweenInspections(a.framework(), b.framework()), Direction.AFTER_MINUS_BEFORE);
    }

    /**
     * Every pair of successive inspections of a provider or of its predecessor, each compared as
     * {@link #inspections} compares two inspections (with its own adjusted p-values), in the order
     * of the pairs; the counts of all pairs come from one query. Not kept: tens of thousands of rows at
     * national scale, which the features built on it (changes) reduce and keep.
     */
    public List<PairComparison> successivePairs(double alpha) {
        Map<String, InspectionChoice> choices = new HashMap<>();
        lookups.inspectionChoices().forEach(i -> choices.put(i.id(), i));
        Map<String, List<PairedCounts>> counts = new HashMap<>();
        bulk.allChanges().forEach(p -> counts.put(p.before() + "\n" + p.after(), p.rows()));
        // the pairs' statistics are independent: computed on every core, then kept in order
        return lookups.changePairs().parallelStream()
                .map(pair -> new PairComparison(
                        choices.get(pair[0]),
                        choices.get(pair[1]),
                        ComparisonStatistics.withStatistics(
                                counts.getOrDefault(pair[0] + "\n" + pair[1], List.of()),
                                alpha,
                                betweenInspections(
                                        choices.get(pair[0]).framework(),
                                        choices.get(pair[1]).framework()),
                                Direction.AFTER_MINUS_BEFORE)))
                .toList();
    }

    /**
     * Every inspection against the national pool of its framework, exactly as {@link #benchmark}
     * with {@code national} gives it for one inspection (the same pools, kept per load; the
     * statistics computed afresh): by inspection id, in id order, inspections with results only.
     */
    public Map<String, List<ComparisonRow>> nationalBenchmarks(double alpha) {
        return cached("national " + alpha, () -> {
            List<String> ids = lookups.inspectionChoices().stream()
                    .map(InspectionChoice::id)
                    .sorted()
                    .toList();
            // the inspections' statistics are independent: computed on every core, then kept in order
            List<List<ComparisonRow>> tested = ids.parallelStream()
                    .map(id -> List.copyOf(ComparisonStatistics.withStatistics(
                            pools.against(inspection(id), c -> true, NATIONAL_POOL),
                            alpha,
                            NATIONAL,
                            Direction.PROVIDER_MINUS_BENCHMARK)))
                    .toList();
            Map<String, List<ComparisonRow>> rows = new LinkedHashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                if (!tested.get(i).isEmpty()) {
                    rows.put(ids.get(i), tested.get(i));
                }
            }
            return java.util.Collections.unmodifiableMap(rows);
        });
    }

    /** The all-providers results change only when data is loaded: kept per load, so an import or reload is seen at once. */
    @SuppressWarnings("unchecked")
    private <T> T cached(String what, java.util.function.Supplier<T> compute) {
        return (T) allProviders.get(what, k -> compute.get());
    }

    /** The inspection compared with {@code inspectionId} to show its changes: the provider's (or predecessor's) previous one. */
    public Optional<String> previousInspection(String inspectionId) {
        return lookups.changePairs().stream()
                .filter(p -> p[1].equals(inspectionId))
                .map(p -> p[0])
                .findFirst();
    }

    /** The inspections that can be compared, in fieldwork order (read once per load). */
    public List<InspectionChoice> inspectionChoices() {
        return lookups.inspectionChoices();
    }

    /**
     * What the questions {@code shown} of a comparison ({@code all}) come to under an adjustment at
     * α: the counts a view's headline and summary report. Significance is decided here, not in views.
     */
    public ComparisonSummary summary(
            List<ComparisonRow> all, List<ComparisonRow> shown, Adjustment adjustment, double alpha) {
        return ComparisonSummary.of(all, shown, adjustment, alpha);
    }

    /**
     * The standards of a framework that have a short title, by code, labelled as the reports print
     * them ("2.2 Assessment"): for filters and headers. Empty for an unknown framework.
     */
    public Map<String, String> standardLabels(String framework) {
        Map<String, String> labels = new LinkedHashMap<>();
        items.lookup().of(framework).stream()
                .filter(i -> i.questionLevel() == QuestionLevel.STANDARD)
                .forEach(i -> labels.put(i.code(), i.label()));
        return labels;
    }

    /** The regions with an inspected provider, per framework (read once per load). */
    public List<RegionChoice> regionChoices() {
        return lookups.regionChoices();
    }

    static String betweenInspections(String before, String after) {
        return "two-sample pooled z between two inspections ("
                + (before.equals(after) ? "same questions" : "questions linked by the framework mapping") + ")";
    }

    private InspectionKey inspection(String id) {
        return lookups.inspection(id).orElseThrow(() -> new ComparisonException.NotFound("no inspection '" + id + "'"));
    }

    private void requireSubsample(String code) {
        if (!lookups.subsampleExists(code)) {
            throw new ComparisonException.NotFound("no results for sub-sample '" + code + "'");
        }
    }
}
