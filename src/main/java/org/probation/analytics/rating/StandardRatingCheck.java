package org.probation.analytics.rating;

import org.probation.analytics.base.CountKind;
import org.probation.analytics.base.export.Unit;

/**
 * One standard's published rating beside the rule's: the band of its lowest key question.
 * For domain 1 (rated by judgement) and unrated standards the rule fields are null.
 *
 * @param standardTitle      the standard's short title as the reports print it in their ratings tables
 *                           ("Assessment"), from the framework's items; null if none is recorded
 * @param edgeDistancePoints percentage points from the driving percent to the nearer band edge
 * @param edgeDistanceCases  cases that would have to change their answer to move the printed percent
 *                           across that same edge (null when the denominator is unknown)
 * @param edgeDirection      which edge: "up" or "down"
 * @param edgeBand           the band on the other side of that edge
 * @param denominatorKind    how the driving question's n is known: stated, estimated or unknown
 */
public record StandardRatingCheck(
        String standardCode,
        String standardTitle,
        String standardName,
        String publishedRating,
        String ruleRating,
        String drivingQuestion,
        String drivingQuestionText,
        @Unit(Unit.Kind.PERCENT) Double drivingPercent,
        @Unit(Unit.Kind.POINTS) Double edgeDistancePoints,
        Integer edgeDistanceCases,
        String edgeDirection,
        String edgeBand,
        CountKind denominatorKind,
        Boolean discretion,
        String basis) {}
