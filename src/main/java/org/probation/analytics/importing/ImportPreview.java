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

    public boolean committable() {
        return errors.isEmpty() && inspectionId != null;
    }
}
