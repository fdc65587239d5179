package org.probation.analytics.overview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.probation.analytics.inspection.ProviderType;
import org.probation.analytics.overview.OverviewRepository.StandardRow;
import org.springframework.stereotype.Service;

/** The published ratings of every inspection of a framework, inspections by standards, for the overview heatmap. */
@Service
public class OverviewService {

    private final OverviewRepository repository;

    OverviewService(OverviewRepository repository) {
        this.repository = repository;
    }

    public OverviewChoices choices() {
        List<Choice> types = repository.providerTypes().stream()
                .map(code -> new Choice(code, ProviderType.fromCode(code).label()))
                .toList();
        return new OverviewChoices(repository.frameworks(), repository.regions(), types);
    }

    /**
     * The overview of the filter's framework: its rated standards as columns, and each matching
     * inspection as a row with the ratings its report publishes.
     *
     * @throws IllegalArgumentException if no inspection uses the framework
     */
    public Overview overview(OverviewFilter filter) {
        Choice framework = repository.frameworks().stream().filter(f -> f.code().equals(filter.framework()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no inspection uses framework '"
                        + filter.framework() + "'"));
        List<StandardRow> standards = repository.standards(framework.code());
        List<PublishedRating> ratings = repository.ratings(filter);
        Map<String, Map<String, PublishedRating>> byInspection = ratings.stream().collect(Collectors.groupingBy(
                PublishedRating::inspectionId, Collectors.toMap(PublishedRating::standardCode, r -> r,
                        (a, b) -> a, LinkedHashMap::new)));
        List<OverviewRow> rows = repository.inspections(filter).stream()
                .map(i -> new OverviewRow(i.id(), i.provider(), i.published().getYear(),
                        ProviderType.fromCode(i.providerType()).label(), i.region(), i.overallRating(),
                        i.score() == null ? "" : i.score() + "/" + i.maxScore(),
                        byInspection.getOrDefault(i.id(), Map.of())))
                .toList();
        return new Overview(framework,
                standards.stream().filter(s -> Boolean.TRUE.equals(s.rated()))
                        .map(s -> new StandardColumn(s.code(), s.name())).toList(),
                standards.stream().filter(s -> !Boolean.TRUE.equals(s.rated()))
                        .map(s -> new StandardColumn(s.code(), s.name())).toList(),
                rows, ratings);
    }
}
