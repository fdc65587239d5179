package org.probation.analytics.importing;

/**
 * What became of one previewed import in a commit of several: committed (replacing an import of the same
 * id or not), or not, with the reason. Each import is committed whole or not at all.
 */
public record CommitOutcome(String token, String inspectionId, boolean committed, boolean replaced, String reason) {

    static CommitOutcome done(StagedImport s, boolean replaced) {
        return new CommitOutcome(s.token(), s.id(), true, replaced, null);
    }

    static CommitOutcome failed(String token, String inspectionId, String reason) {
        return new CommitOutcome(token, inspectionId, false, false, reason);
    }
}
