package org.probation.analytics.synthetic;

import java.util.Comparator;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.probation.analytics.base.QuestionLevel;
import org.probation.analytics.rating.Rating;
import org.probation.analytics.rating.ScoreBands;
import org.probation.analytics.synthetic.Reference.Framework;
import org.probation.analytics.synthetic.Reference.Item;

/**
 * An inspection's standard ratings and overall score by the framework's rules: a case-based
 * standard is the band of its lowest key question (no discretion: published = rule); a domain 1
 * standard is the band of a drawn judgement; the score sums the rated standards' points and its
 * band in {@code frameworks.csv} is the overall rating (both null for a framework with no overall score).
 */
record Ratings(Table table, Integer score, Rating overall) {

    static Ratings of(
            Framework framework,
            String id,
            Map<String, Integer> keyQuestionPercent,
            ToDoubleFunction<String> judgement) {
        Table table = new Table(InspectionFolder.RATINGS_HEADER);
        int score = 0;
        int rated = 0;
        for (Item standard : framework.level(QuestionLevel.STANDARD)) {
            if (!Boolean.TRUE.equals(standard.rated())) {
                continue;
            }
            Rating rating;
            String note;
            var lowest = framework.childrenOf(standard.code()).stream()
                    .filter(kq -> keyQuestionPercent.containsKey(kq.code()))
                    .min(Comparator.comparingInt((Item kq) -> keyQuestionPercent.get(kq.code()))
                            .thenComparing(Item::ordinal));
            if (framework.sampleOf(standard.code()) != null && lowest.isPresent()) {
                int percent = keyQuestionPercent.get(lowest.get().code());
                rating = framework.keyQuestionBands().ratingOf(percent);
                note = "Rule: lowest key question " + lowest.get().code() + " at " + percent + "%";
            } else {
                rating = framework.keyQuestionBands().ratingOf(judgement.applyAsDouble(standard.code()));
                note = "Synthetic judgement: domain 1 is rated by inspectors, not by a rule";
            }
            table.add(id, standard.code(), rating.word(), rating.word(), InspectionGenerator.SOURCE, null, note);
            score += rating.points();
            rated++;
        }
        if (rated != framework.ratedStandards()) {
            throw new IllegalStateException(framework.code() + " has " + rated + " rated standards in its items but "
                    + framework.ratedStandards() + " in frameworks.csv");
        }
        return framework.maxScore() == null
                ? new Ratings(table, null, null)
                : new Ratings(
                        table, score, ScoreBands.parse(framework.scoreBands()).ratingOf(score));
    }
}
