package org.probation.analytics.funnel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.probation.analytics.base.CountKind;
import org.probation.analytics.base.DataVersion;
import org.probation.analytics.base.PerLoad;
import org.probation.analytics.base.QuestionLevel;
import org.probation.analytics.funnel.FunnelRepository.CountRow;
import org.probation.analytics.stats.FunnelLimits;
import org.probation.analytics.stats.FunnelLimits.Position;
import org.probation.analytics.stats.Interval;
import org.springframework.stereotype.Service;

/**
 * Funnel plots: one question's percent against its n for every inspection of a framework, with the
 * 90% and 99.8% limits around the pooled mean ({@link FunnelLimits}).
 */
@Service
public class FunnelService {

    /** At most this many sample sizes are sampled to draw each limit curve. */
    private static final int CURVE_STEPS = 200;

    /** The frameworks whose questions are kept: a few, each a few hundred questions. */
    private static final int FRAMEWORKS_KEPT = 16;

    private final FunnelRepository repository;
    private final PerLoad.Single<List<FunnelFramework>> frameworks;
    private final PerLoad<String, List<FunnelQuestion>> questions;

    FunnelService(FunnelRepository repository, DataVersion version) {
        this.repository = repository;
        this.frameworks = PerLoad.single(version);
        this.questions = new PerLoad<>(version, FRAMEWORKS_KEPT);
    }

    /** Frameworks with inspections, newest first (read once per load). */
    public List<FunnelFramework> frameworks() {
        return frameworks.get(() -> List.copyOf(repository.frameworks()));
    }

    /** The framework's questions with an all-cases result, in code order (counted once per load). */
    public List<FunnelQuestion> questions(String framework) {
        return questions.get(framework, f -> List.copyOf(repository.questions(f)));
    }

    /**
     * The question a funnel opens on: the first key question whose count is known for the most
     * inspections (so that it plots as many providers as any key question can), else the first question.
     */
    public Optional<String> defaultQuestion(List<FunnelQuestion> questions) {
        return questions.stream()
                .filter(q -> q.level() == QuestionLevel.KEY_QUESTION)
                .max(Comparator.comparingInt(FunnelQuestion::known)
                        .thenComparing(Comparator.comparing(FunnelQuestion::code, Comparator.reverseOrder())))
                .or(() -> questions.stream().findFirst())
                .map(FunnelQuestion::code);
    }

    /**
     * The funnel of one question of a framework.
     *
     * @throws IllegalArgumentException if the framework has no inspection or the question no result
     */
    public Funnel funnel(String frameworkCode, String questionCode) {
        FunnelFramework framework = frameworks().stream()
                .filter(f -> f.code().equals(frameworkCode))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("no inspection uses framework '" + frameworkCode + "'"));
        FunnelQuestion question = questions(frameworkCode).stream()
                .filter(q -> q.code().equals(questionCode))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "question '" + questionCode + "' has no result in framework '" + frameworkCode + "'"));
        List<CountRow> rows = repository.counts(frameworkCode, questionCode);
        List<CountRow> known = rows.stream()
                .filter(r -> r.x() != null && r.n() != null && r.n() > 0)
                .toList();
        if (known.isEmpty()) {
            List<FunnelPoint> points = rows.stream().map(r -> point(r, null)).toList();
            return new Funnel(
                    framework,
                    question,
                    points,
                    null,
                    null,
                    null,
                    List.of(),
                    FunnelWorking.describe(framework, question, points, null),
                    "");
        }
        FunnelLimits limits = new FunnelLimits(
                known.stream().mapToLong(CountRow::x).sum(),
                known.stream().mapToLong(CountRow::n).sum());
        List<FunnelPoint> points = rows.stream()
                .map(r -> point(r, known.contains(r) ? limits : null))
                .toList();
        int nMin = known.stream().mapToInt(CountRow::n).min().orElseThrow();
        int nMax = known.stream().mapToInt(CountRow::n).max().orElseThrow();
        return new Funnel(
                framework,
                question,
                points,
                limits.x(),
                limits.n(),
                100 * limits.target(),
                curve(limits, nMin, nMax),
                FunnelWorking.describe(framework, question, points, limits),
                FunnelWorking.rSnippet(points));
    }

    private static FunnelPoint point(CountRow r, FunnelLimits limits) {
        double printed = r.percent().doubleValue();
        if (limits == null) {
            return new FunnelPoint(
                    r.inspectionId(),
                    r.provider(),
                    r.published().getYear(),
                    r.region(),
                    printed,
                    CountKind.UNKNOWN,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "not plotted: count unknown",
                    null);
        }
        Interval narrow = limits.at(r.n(), FunnelLimits.Z_90);
        Interval wide = limits.at(r.n(), FunnelLimits.Z_99_8);
        Position position = limits.position(r.x(), r.n());
        return new FunnelPoint(
                r.inspectionId(),
                r.provider(),
                r.published().getYear(),
                r.region(),
                printed,
                r.countKind(),
                r.x(),
                r.n(),
                100.0 * r.x() / r.n(),
                100 * narrow.low(),
                100 * narrow.high(),
                100 * wide.low(),
                100 * wide.high(),
                position.outside90(),
                position.outside99_8(),
                position.description(),
                overReadings(r.readingList(), limits, position));
    }

    /**
     * Where the point lies under every count consistent with the printed figures (the limits taken
     * at each count's own n, around the same pooled mean): null for a single count.
     */
    static String overReadings(String readingList, FunnelLimits limits, Position plotted) {
        if (readingList == null) {
            return null;
        }
        List<String> distinct =
                java.util.Arrays.stream(readingList.split(" ")).distinct().toList();
        int same = 0;
        for (String reading : distinct) {
            int slash = reading.indexOf('/');
            Position p = limits.position(
                    Integer.parseInt(reading.substring(0, slash)), Integer.parseInt(reading.substring(slash + 1)));
            same += p.outside90() == plotted.outside90() && p.outside99_8() == plotted.outside99_8() ? 1 : 0;
        }
        return same == distinct.size()
                ? "as plotted under all " + distinct.size() + " consistent counts"
                : "depends on the reading: as plotted under " + same + " of " + distinct.size() + " consistent counts";
    }

    /**
     * The limits from the smallest to the largest n plotted; where every point has the same n, a
     * span of ±25% around it, so that the limits still show as lines.
     */
    static List<LimitPoint> curve(FunnelLimits limits, int nMin, int nMax) {
        double from = nMin;
        double to = nMax;
        if (nMin == nMax) {
            from = Math.max(1, Math.floor(nMin * 0.75));
            to = Math.ceil(nMax * 1.25);
        }
        int steps = (int) Math.min(CURVE_STEPS, to - from);
        List<LimitPoint> curve = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            double n = steps == 0 ? from : from + (to - from) * i / steps;
            Interval narrow = limits.at(n, FunnelLimits.Z_90);
            Interval wide = limits.at(n, FunnelLimits.Z_99_8);
            curve.add(new LimitPoint(n, 100 * narrow.low(), 100 * narrow.high(), 100 * wide.low(), 100 * wide.high()));
        }
        return curve;
    }
}
