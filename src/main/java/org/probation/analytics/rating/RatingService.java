package org.probation.analytics.rating;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.probation.analytics.base.DataVersion;
import org.probation.analytics.base.PerLoad;
import org.probation.analytics.framework.FrameworkItems;
import org.probation.analytics.rating.RatingRepository.FrameworkStandard;
import org.probation.analytics.rating.RatingRepository.InspectionFrame;
import org.probation.analytics.rating.RatingRepository.KeyQuestionRow;
import org.probation.analytics.rating.RatingRepository.StandardRow;
import org.springframework.stereotype.Service;

/**
 * Explains each standard's rating by the rule (the band of its lowest key question) and checks
 * the overall score and rating against the framework's bands.
 */
@Service
public class RatingService {

    /** What every check reads besides key-question results, kept per load: small tables. */
    private record Loaded(
            Map<String, InspectionFrame> frames,
            Map<String, List<FrameworkStandard>> standards,
            Map<String, Map<String, String>> ratings) {}

    private final RatingRepository repository;
    private final FrameworkItems items;
    private final PerLoad.Single<Loaded> loaded;
    /** An inspection's key-question results, kept per load: its page and every ratings check read them. */
    private final PerLoad<String, List<KeyQuestionRow>> keyQuestions;

    RatingService(RatingRepository repository, FrameworkItems items, DataVersion version) {
        this.repository = repository;
        this.items = items;
        this.loaded = PerLoad.single(version);
        this.keyQuestions = new PerLoad<>(version, 1000);
    }

    public Optional<List<StandardRatingCheck>> standards(String inspectionId) {
        return frame(inspectionId).map(frame -> {
            Map<String, List<KeyQuestionRow>> byStandard =
                    keyQuestions.get(inspectionId, id -> repository.keyQuestionResults(id, items.lookup())).stream()
                            .collect(Collectors.groupingBy(KeyQuestionRow::standardCode));
            KeyQuestionBands bands = KeyQuestionBands.parse(frame.keyQuestionBands());
            return standards(inspectionId, frame.framework()).stream()
                    .filter(s -> s.publishedRating() != null || s.caseBased())
                    .map(s -> check(s, byStandard.getOrDefault(s.code(), List.of()), bands))
                    .toList();
        });
    }

    public Optional<OverallCheck> overall(String inspectionId) {
        return frame(inspectionId).map(frame -> {
            List<StandardRow> rated = standards(inspectionId, frame.framework()).stream()
                    .filter(s -> Boolean.TRUE.equals(s.rated()) && s.publishedRating() != null)
                    .toList();
            if (frame.maxScore() == null) {
                return new OverallCheck(
                        inspectionId,
                        false,
                        null,
                        null,
                        null,
                        frame.score(),
                        frame.overallRating(),
                        null,
                        null,
                        null,
                        null);
            }
            int score = rated.stream()
                    .mapToInt(s -> Rating.ofWord(s.publishedRating()).points())
                    .sum();
            Rating computed = ScoreBands.parse(frame.bands()).ratingOf(score);
            return new OverallCheck(
                    inspectionId,
                    true,
                    score,
                    frame.maxScore(),
                    computed.word(),
                    frame.score(),
                    frame.overallRating(),
                    frame.score() == null || frame.score() == score,
                    computed.word().equals(frame.overallRating()),
                    frame.bands(),
                    frame.bandsSource());
        });
    }

    private Optional<InspectionFrame> frame(String inspectionId) {
        return Optional.ofNullable(loaded().frames().get(inspectionId));
    }

    /** The framework's standards in code order, each with the inspection's published rating (null if none printed). */
    private List<StandardRow> standards(String inspectionId, String framework) {
        Map<String, String> published = loaded().ratings().getOrDefault(inspectionId, Map.of());
        return loaded().standards().getOrDefault(framework, List.of()).stream()
                .map(s -> new StandardRow(
                        s.code(), s.title(), s.name(), s.rated(), s.caseBased(), published.get(s.code())))
                .toList();
    }

    private Loaded loaded() {
        return loaded.get(() -> {
            Map<String, InspectionFrame> frames = new HashMap<>();
            repository.frames().forEach(f -> frames.put(f.id(), f));
            Map<String, List<FrameworkStandard>> standards = repository.standards().stream()
                    .collect(Collectors.groupingBy(FrameworkStandard::framework, Collectors.toUnmodifiableList()));
            Map<String, Map<String, String>> ratings = new HashMap<>();
            repository
                    .publishedRatings()
                    .forEach(r -> ratings.computeIfAbsent(r.inspectionId(), k -> new HashMap<>())
                            .put(r.standardCode(), r.rating()));
            return new Loaded(frames, standards, ratings);
        });
    }

    private static StandardRatingCheck check(StandardRow s, List<KeyQuestionRow> questions, KeyQuestionBands bands) {
        if (!s.caseBased() || !Boolean.TRUE.equals(s.rated()) || questions.isEmpty()) {
            String why = !Boolean.TRUE.equals(s.rated())
                    ? "not rated"
                    : !s.caseBased()
                            ? "rated by inspectors' judgement, not by a rule"
                            : "no key-question result printed";
            return new StandardRatingCheck(
                    s.code(),
                    s.title(),
                    s.name(),
                    s.publishedRating(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    why);
        }
        KeyQuestionRow driving = questions.stream()
                .min(Comparator.comparingDouble(KeyQuestionRow::percent))
                .orElseThrow();
        Rating rule = bands.ratingOf(driving.percent());
        EdgeDistance edge = EdgeDistance.of(bands, driving.percent(), driving.yes(), driving.n());
        Boolean discretion = s.publishedRating() == null ? null : !rule.word().equals(s.publishedRating());
        return new StandardRatingCheck(
                s.code(),
                s.title(),
                s.name(),
                s.publishedRating(),
                rule.word(),
                driving.code(),
                driving.text(),
                driving.percent(),
                edge.points(),
                edge.cases(),
                edge.direction(),
                edge.across(),
                driving.denominatorKind(),
                discretion,
                "lowest of " + questions.size() + " key question(s) placed in the bands " + bands.describe());
    }
}
