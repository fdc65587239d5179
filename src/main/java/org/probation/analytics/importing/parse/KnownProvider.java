package org.probation.analytics.importing.parse;

/** A provider a report can be matched to, as the reference list and {@code providers.csv} give it. */
public record KnownProvider(String id, String name, String type, String region) {

    /** "Somerset PDU (pdu, somerset)": the name with its type and id, as a choice is shown. */
    public String label() {
        return name + " (" + (type == null || type.isEmpty() ? "" : type + ", ") + id + ")";
    }
}
