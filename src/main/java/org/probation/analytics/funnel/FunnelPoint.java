package org.probation.analytics.funnel;

import org.probation.analytics.base.CountKind;
import org.probation.analytics.base.export.Unit;

/**
 * One inspection on the funnel plot, and one row of its table: the all-cases count of the question
 * (stated, estimated or unknown), the percent it gives, the limits at its n and where it lies
 * against them. Every figure after {@code countKind} is null when the count is unknown (not plotted).
 * {@code overReadings} says, where the printed figures allow several counts, whether the point lies
 * where it is plotted under every one of them (against the limits at each count's n), or where it
 * lies depends on the reading; null for a single count.
 */
public record FunnelPoint(
        String inspectionId,
        String provider,
        int year,
        String region,
        @Unit(Unit.Kind.PERCENT) double percentPrinted,
        CountKind countKind,
        Integer x,
        Integer n,
        @Unit(Unit.Kind.PERCENT) Double percent,
        @Unit(Unit.Kind.PERCENT) Double lower90,
        @Unit(Unit.Kind.PERCENT) Double upper90,
        @Unit(Unit.Kind.PERCENT) Double lower99_8,
        @Unit(Unit.Kind.PERCENT) Double upper99_8,
        Boolean outside90,
        Boolean outside99_8,
        String position,
        String overReadings) {

    public boolean plotted() {
        return n != null;
    }

    public boolean estimated() {
        return countKind == CountKind.ESTIMATED;
    }

    /** "Somerset 2023" */
    public String label() {
        return provider + " " + year;
    }

    /** The count as the tables write it: x/n stated, ≈x/n estimated, "unknown". */
    public String countLabel() {
        return !plotted() ? "unknown" : (estimated() ? "≈" : "") + x + "/" + n;
    }
}
