package org.probation.analytics.importing;

import java.util.List;
import org.probation.analytics.importing.parse.Recognised;
import org.probation.analytics.inspection.InspectionJson;
import org.probation.analytics.inspection.QualityFlag;
import org.probation.analytics.inspection.ResultRow;

/**
 * What an import would load, before anything is written: the inspection and its results in the
 * shape of {@code /api/inspections} and {@code /api/inspections/{id}/results}, the data-quality
 * flags the load raises, and every error (file, line, reason). {@code exists}: an imported
 * inspection with this id is already loaded (a commit must replace it). For a report, what the
 * parser recognised (provider, framework, dates, title: each with where it is printed and the
 * words quoted) and what it cannot read ({@code limits}: this report's, then {@link ImportLimits#GENERAL}).
 */
public record ImportPreview(
        String token,
        String inspectionId,
        boolean exists,
        InspectionJson inspection,
        List<ResultRow> results,
        List<QualityFlag> flags,
        List<String> errors,
        List<Recognised> recognised,
        List<String> limits) {

    /** The most errors and flags a preview lists; beyond them a last entry says how many more there are. */
    public static final int LISTED = 1000;

    /** A preview of dataset files: nothing parsed, so nothing recognised and no limits. */
    public ImportPreview(
            String token,
            String inspectionId,
            boolean exists,
            InspectionJson inspection,
            List<ResultRow> results,
            List<QualityFlag> flags,
            List<String> errors) {
        this(token, inspectionId, exists, inspection, results, flags, errors, List.of(), List.of());
    }

    public ImportPreview {
        recognised = List.copyOf(recognised);
        limits = List.copyOf(limits);
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

    /** The same preview with what a report's parse found: its facts and its limits. */
    public ImportPreview withReport(List<Recognised> facts, List<String> readingLimits) {
        return new ImportPreview(token, inspectionId, exists, inspection, results, flags, errors, facts, readingLimits);
    }

    /** The same preview refused for these errors (first) and its own: nothing can be committed. */
    public ImportPreview refusedFor(List<String> reasons) {
        List<String> all = new java.util.ArrayList<>(reasons);
        all.addAll(errors);
        return new ImportPreview(null, inspectionId, exists, inspection, results, flags, all, recognised, limits);
    }
}
