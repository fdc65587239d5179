package org.probation.analytics.inspection;

import java.time.LocalDate;
import java.time.YearMonth;

/** One inspection of a provider as listed: who, under which framework, when, and the published outcome. */
public record Inspection(
        String id,
        String provider,
        String providerId,
        ProviderType providerType,
        String region,
        String framework,
        String frameworkName,
        LocalDate fieldworkStart,
        String fieldworkStartPrecision,
        YearMonth published,
        Integer score,
        Integer maxScore,
        String overallRating,
        String title) {

    /** Fieldwork start as precisely as the report states it: "12 Jun 2023" or "Aug 2018". */
    public String fieldworkLabel() {
        return "month".equals(fieldworkStartPrecision)
                ? YearMonth.from(fieldworkStart).format(Formats.MONTH)
                : fieldworkStart.format(Formats.DAY);
    }

    /** "Somerset (fieldwork Mar 2023, published Jul 2023)": its one display name, as every view names it. */
    public String displayName() {
        return org.probation.analytics.base.InspectionName.of(
                provider, fieldworkStart, published == null ? null : published.atDay(1));
    }

    public String scoreLabel() {
        return score == null ? "" : score + "/" + maxScore;
    }
}
