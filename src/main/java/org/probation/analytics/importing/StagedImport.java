package org.probation.analytics.importing;

import java.nio.file.Path;

/**
 * A previewed import waiting for its commit: the inspection id, its files in
 * {@code <staging>/<token>/incoming/<id>/}, and whether an import of that id was loaded at the preview.
 */
record StagedImport(String token, String id, Path folder, boolean exists) {

    /** The preview's own folder, {@code <staging>/<token>}: removed once committed or cancelled. */
    Path root() {
        return folder.getParent().getParent();
    }

    /** Where a replace keeps the old import until the new one is loaded. */
    Path aside() {
        return folder.resolveSibling(id + InterruptedCommits.REPLACED);
    }
}
