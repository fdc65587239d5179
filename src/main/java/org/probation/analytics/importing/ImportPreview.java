package org.probation.analytics.importing;

import java.util.List;
import java.util.Map;

/**
 * What an import would load, before anything is written: the inspection and its rows as the
 * API shows them, the data-quality flags the load raises, and every error (file, line, reason).
 * {@code exists}: an imported inspection with this id is already loaded (commit must replace it).
 */
public record ImportPreview(
        String token,
        String inspectionId,
        boolean exists,
        Map<String, Object> inspection,
        List<Map<String, Object>> results,
        List<Map<String, Object>> flags,
        List<String> errors) {

    public boolean committable() {
        return errors.isEmpty() && inspectionId != null;
    }
}
