package org.probation.analytics.comparison;

import java.time.LocalDate;

/** An inspection as offered for comparison: its provider, framework, region (null when none) and fieldwork start. */
public record InspectionChoice(String id, String provider, String framework, String regionId, LocalDate fieldworkStart) {

    /** "Somerset PDU (2023)": how a person picks it from a list. */
    public String label() {
        return provider + " (" + fieldworkStart.getYear() + ")";
    }
}
