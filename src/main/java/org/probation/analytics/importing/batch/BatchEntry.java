package org.probation.analytics.importing.batch;

import java.util.ArrayList;
import java.util.List;
import org.probation.analytics.importing.ImportLimits;
import org.probation.analytics.importing.ImportPreview;
import org.probation.analytics.importing.parse.Recognised;

/**
 * One file of a batch: its number in the batch, name, kind, status and preview (rows, flags, errors, what was
 * recognised and the reading's limits); the provider the analyst chose, if any; after a commit, the inspection
 * committed or why the commit failed.
 */
public record BatchEntry(
        int number,
        String name,
        EntryKind kind,
        EntryStatus status,
        ImportPreview preview,
        String chosenProvider,
        String committedId,
        String failure) {

    /** The status a preview gives: errors, else warnings for limits of its own or data-quality flags, else ready. */
    static EntryStatus status(ImportPreview preview) {
        if (!preview.committable()) {
            return EntryStatus.ERRORS;
        }
        boolean warned = !ImportLimits.own(preview.limits()).isEmpty()
                || !preview.flags().isEmpty();
        return warned ? EntryStatus.WARNINGS : EntryStatus.READY;
    }

    static BatchEntry previewed(int number, String name, EntryKind kind, ImportPreview preview, String chosen) {
        return new BatchEntry(number, name, kind, status(preview), preview, chosen, null, null);
    }

    BatchEntry committed(String id) {
        return new BatchEntry(number, name, kind, EntryStatus.COMMITTED, preview, chosenProvider, id, null);
    }

    BatchEntry failed(String reason) {
        return new BatchEntry(number, name, kind, EntryStatus.FAILED, preview, chosenProvider, null, reason);
    }

    public String inspectionId() {
        return committedId != null ? committedId : preview.inspectionId();
    }

    /** Every reason it is not (or was not) imported: the preview's errors, then a failed commit's reason. */
    public List<String> errors() {
        if (failure == null) {
            return preview.errors();
        }
        List<String> all = new ArrayList<>(preview.errors());
        all.add(name + ": not committed: " + failure);
        return List.copyOf(all);
    }

    public List<String> limits() {
        return preview.limits();
    }

    public List<Recognised> recognised() {
        return preview.recognised();
    }

    /** A report whose provider was not recognised: the analyst can choose one and preview it again. */
    public boolean needsProvider() {
        return (kind == EntryKind.PDF || kind == EntryKind.REPORT_TEXT)
                && status != EntryStatus.COMMITTED
                && preview.recognised().stream().anyMatch(r -> r.field().equals("provider") && !r.found());
    }

    public boolean canChooseProvider() {
        return (kind == EntryKind.PDF || kind == EntryKind.REPORT_TEXT) && status != EntryStatus.COMMITTED;
    }
}
