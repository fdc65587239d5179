package org.probation.analytics.comparison;

import java.time.LocalDate;
import org.probation.analytics.base.InspectionName;

/**
 * An inspection as offered for comparison: its provider, framework, region (null when none),
 * fieldwork start and publication date (null when not known).
 */
public record InspectionChoice(
        String id, String provider, String framework, String regionId, LocalDate fieldworkStart, LocalDate published) {

    /** "Somerset (fieldwork Mar 2023, published Jul 2023)": its one display name ({@link InspectionName}). */
    public String label() {
        return InspectionName.of(provider, fieldworkStart, published);
    }
}
