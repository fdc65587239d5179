package org.probation.analytics.overview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.probation.analytics.base.DataVersion;
import org.probation.analytics.base.PerLoad;
import org.probation.analytics.inspection.ProviderType;
import org.probation.analytics.overview.OverviewRepository.InspectionRow;
import org.probation.analytics.overview.OverviewRepository.RatingRow;
import org.probation.analytics.overview.OverviewRepository.StandardRow;
import org.springframework.stereotype.Service;

/**
 * The published ratings of every inspection of a framework, inspections by standards, for the
 * overview heatmap. A framework's inspections and ratings are read once per load; the region and
 * provider-type filters pick from them.
 */
@Service
public class OverviewService {

    /** Everything an overview of the framework shows, before the filters. */
    private record FrameworkRatings(
            List<StandardRow> standards, List<InspectionRow> inspections, List<RatingRow> ratings) {}

    /** The frameworks kept: each a few thousand ratings. */
    private static final int FRAMEWORKS_KEPT = 16;

    private final OverviewRepository repository;
    private final PerLoad.Single<OverviewChoices> choices;
    private final PerLoad<String, FrameworkRatings> frameworks;

    OverviewService(OverviewRepository repository, DataVersion version) {
        this.repository = repository;
        this.choices = PerLoad.single(version);
        this.frameworks = new PerLoad<>(version, FRAMEWORKS_KEPT);
    }

    public OverviewChoices choices() {
        return choices.get(() -> {
            List<Choice> types = repository.providerTypes().stream()
                    .map(code -> new Choice(code, ProviderType.fromCode(code).label()))
                    .toList();
            return new OverviewChoices(List.copyOf(repository.frameworks()), List.copyOf(repository.regions()), types);
        });
    }

    /**
     * The overview of the filter's framework: its rated standards as columns, and each matching
     * inspection as a row with the ratings its report publishes.
     *
     * @throws IllegalArgumentException if no inspection uses the framework
     */
    public Overview overview(OverviewFilter filter) {
        Choice framework = choices().frameworks().stream()
                .filter(f -> f.code().equals(filter.framework()))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("no inspection uses framework '" + filter.framework() + "'"));
        FrameworkRatings all = frameworks.get(
                framework.code(),
                code -> new FrameworkRatings(
                        List.copyOf(repository.standards(code)),
                        List.copyOf(repository.inspections(code)),
                        List.copyOf(repository.ratings(code))));
        List<StandardRow> standards = all.standards();
        List<PublishedRating> ratings = all.ratings().stream()
                .filter(r -> matches(filter, r.regionId(), r.rating().providerType()))
                .map(RatingRow::rating)
                .toList();
        Map<String, Map<String, PublishedRating>> byInspection = ratings.stream()
                .collect(Collectors.groupingBy(
                        PublishedRating::inspectionId,
                        Collectors.toMap(PublishedRating::standardCode, r -> r, (a, b) -> a, LinkedHashMap::new)));
        List<OverviewRow> rows = all.inspections().stream()
                .filter(i -> matches(filter, i.regionId(), i.providerType()))
                .map(i -> new OverviewRow(
                        i.id(),
                        i.provider(),
                        i.published().getYear(),
                        ProviderType.fromCode(i.providerType()).label(),
                        i.region(),
                        i.overallRating(),
                        i.score() == null ? "" : i.score() + "/" + i.maxScore(),
                        byInspection.getOrDefault(i.id(), Map.of())))
                .toList();
        return new Overview(
                framework,
                standards.stream()
                        .filter(s -> Boolean.TRUE.equals(s.rated()))
                        .map(s -> new StandardColumn(s.code(), s.title(), s.name()))
                        .toList(),
                standards.stream()
                        .filter(s -> !Boolean.TRUE.equals(s.rated()))
                        .map(s -> new StandardColumn(s.code(), s.title(), s.name()))
                        .toList(),
                rows,
                ratings);
    }

    /** The filter beyond the framework: the region and the provider type when chosen. */
    private static boolean matches(OverviewFilter filter, String regionId, String providerType) {
        return (filter.region() == null || filter.region().equals(regionId))
                && (filter.providerType() == null || filter.providerType().equals(providerType));
    }
}
