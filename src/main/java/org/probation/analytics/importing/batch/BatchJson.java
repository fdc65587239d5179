package org.probation.analytics.importing.batch;

import java.util.List;
import org.probation.analytics.importing.parse.Recognised;

/**
 * A batch as the API answers it: each file's outcome, the inspections committed, and every error of every file
 * (each naming its file) in one list, as the other imports' refusals give them.
 */
record BatchJson(boolean dryRun, List<FileJson> files, List<String> committed, List<String> errors) {

    /** One file: what it is, where it stands, what it would load or did, why not, what was recognised and how. */
    record FileJson(
            String name,
            EntryKind kind,
            EntryStatus status,
            String inspectionId,
            boolean replaces,
            int results,
            int flags,
            List<String> errors,
            List<String> limits,
            List<Recognised> recognised) {

        static FileJson of(BatchEntry e) {
            return new FileJson(
                    e.name(),
                    e.kind(),
                    e.status(),
                    e.inspectionId(),
                    e.preview().exists(),
                    e.preview().results().size(),
                    e.preview().flags().size(),
                    e.errors(),
                    e.limits(),
                    e.recognised());
        }
    }

    static BatchJson of(boolean dryRun, List<BatchEntry> entries) {
        return new BatchJson(
                dryRun,
                entries.stream().map(FileJson::of).toList(),
                entries.stream()
                        .filter(e -> e.status() == EntryStatus.COMMITTED)
                        .map(BatchEntry::committedId)
                        .toList(),
                entries.stream().flatMap(e -> e.errors().stream()).toList());
    }
}
