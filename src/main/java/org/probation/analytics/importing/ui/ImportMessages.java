package org.probation.analytics.importing.ui;

import org.probation.analytics.importing.ImportPreview;

/** What the import view says about a preview and a commit, in words an analyst can act on. */
final class ImportMessages {

    private ImportMessages() {}

    static String summary(ImportPreview preview) {
        if (!preview.committable()) {
            int n = preview.errors().size();
            return (n == 1 ? "1 error" : n + " errors") + ": nothing can be committed. Correct the "
                    + (preview.inspectionId() == null ? "import" : preview.inspectionId()) + " and preview it again.";
        }
        String rows = preview.results().size() + " result rows and "
                + preview.flags().size() + " data-quality flags would be loaded for " + preview.inspectionId()
                + ". Nothing is written until you commit.";
        return preview.exists()
                ? rows + " An import of " + preview.inspectionId() + " is already loaded: committing replaces it."
                : rows;
    }

    static String commitLabel(ImportPreview preview) {
        if (preview == null || preview.inspectionId() == null) {
            return "Commit";
        }
        return preview.exists() ? "Replace existing " + preview.inspectionId() : "Commit " + preview.inspectionId();
    }

    static String replaceQuestion(ImportPreview preview) {
        return "The imported inspection " + preview.inspectionId() + " is already loaded. Replacing it removes its "
                + "current results and flags and loads the " + preview.results().size()
                + " result rows of this preview.";
    }

    static String committed(ImportPreview preview) {
        return (preview.exists() ? "Replaced " : "Imported ") + preview.inspectionId() + ": "
                + preview.results().size() + " result rows, " + preview.flags().size() + " data-quality flags.";
    }

    static String deleteQuestion(String inspectionId) {
        return "Delete the imported inspection " + inspectionId + "? Its files leave the imports folder and its "
                + "results leave every view. Inspections of datasets/ are not affected.";
    }
}
