package org.probation.analytics.importing.ui;

import java.util.List;
import org.probation.analytics.importing.batch.BatchEntry;
import org.probation.analytics.importing.batch.EntryStatus;

/** What the batch import view says about its queue, in words an analyst can act on. */
final class BatchMessages {

    private BatchMessages() {}

    static String status(EntryStatus status) {
        return switch (status) {
            case READY -> "ready";
            case WARNINGS -> "ready, with warnings";
            case ERRORS -> "errors";
            case COMMITTED -> "committed";
            case FAILED -> "not committed";
        };
    }

    /** The badge's colours, written out so that they hold whichever Lumo styles are loaded. */
    static String badgeStyle(EntryStatus status) {
        String colours = switch (status) {
            case READY, COMMITTED -> "background:#e1efe6;color:#1d5c33";
            case WARNINGS -> "background:#fff1d6;color:#6b4400";
            case ERRORS, FAILED -> "background:#fbe4df;color:#8a1f08";
        };
        return colours + ";border-radius:0.75em;padding:0 0.5em;font-size:0.8125rem;white-space:nowrap";
    }

    static String added(List<BatchEntry> added) {
        long ready = added.stream().filter(e -> e.status().ready()).count();
        return added.size() + (added.size() == 1 ? " file" : " files") + " added: " + ready + " ready, "
                + (added.size() - ready) + " with errors. Nothing is written until you commit.";
    }

    static String committed(List<BatchEntry> after) {
        List<String> ids = after.stream()
                .filter(e -> e.status() == EntryStatus.COMMITTED)
                .map(BatchEntry::committedId)
                .toList();
        long failed = after.size() - ids.size();
        return "Committed " + ids.size() + " of " + after.size() + (ids.isEmpty() ? "" : ": " + String.join(", ", ids))
                + "." + (failed == 0 ? "" : " " + failed + " not committed: select it to see why.");
    }

    static String entryStatus(BatchEntry e) {
        return switch (e.status()) {
            case READY ->
                "Ready to commit: " + e.preview().results().size() + " result rows for " + e.inspectionId() + ".";
            case WARNINGS ->
                "Ready to commit, with warnings: " + e.preview().flags().size()
                        + " data-quality flags, and what the parser could not read is listed below.";
            case ERRORS ->
                e.needsProvider()
                        ? "The provider is not recognised: choose it below, and the report is previewed again."
                        : e.errors().size() + (e.errors().size() == 1 ? " error" : " errors")
                                + ": this file cannot be committed.";
            case COMMITTED -> "Committed as " + e.committedId() + ".";
            case FAILED -> "Not committed: " + e.failure();
        };
    }

    static String replaceQuestion(List<String> ids) {
        return "Already imported: " + String.join(", ", ids) + ". Replace " + (ids.size() == 1 ? "it" : "them")
                + " with these reports, or commit only the others?";
    }
}
