package org.probation.analytics.importing;

import java.util.List;
import org.probation.analytics.inspection.InspectionJson;
import org.probation.analytics.inspection.QualityFlag;
import org.probation.analytics.inspection.ResultRow;

/**
 * What an import would load, before anything is written: the inspection and its results in the
 * shape of {@code /api/inspections} and {@code /api/inspections/{id}/results}, the data-quality
 * flags the load raises, and every error (file, line, reason). {@code exists}: an imported
 * inspection with this id is already loaded (a commit must replace it).
 */
public record ImportPreview(
        String token,
        String inspectionId,
        boolean exists,
        InspectionJson inspection,
        List<ResultRow> results,
        List<QualityFlag> flags,
        List<String> errors) {

    /** The most errors and flags a preview lists; beyond them a last entry says how many more there are. */
    public static final int LISTED = 1000;

    public ImportPreview {
        if (errors.size() > LISTED) {
            List<String> kept = new java.util.ArrayList<>(errors.subList(0, LISTED));
            kept.add("and " + (errors.size() - LISTED) + " more errors (the first " + LISTED + " are listed)");
            errors = List.copyOf(kept);
        }
        if (flags.size() > LISTED) {
            List<QualityFlag> kept = new java.util.ArrayList<>(flags.subList(0, LISTED));
            kept.add(new QualityFlag(
                    inspectionId,
                    "more_flags",
                    null,
                    null,
                    "and " + (flags.size() - LISTED) + " more flags (the first " + LISTED + " are listed)",
                    null));
            flags = List.copyOf(kept);
        }
    }

    public boolean committable() {
        return errors.isEmpty() && inspectionId != null;
    }
}
