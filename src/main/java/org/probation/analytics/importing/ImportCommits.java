package org.probation.analytics.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.probation.analytics.dataset.DatasetException;
import org.probation.analytics.dataset.DatasetLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The moves and reloads of commits and deletes, run under the imports folder's lock (see {@link ImportService}):
 * an import's folder is moved in with one atomic rename, so a crash leaves each import whole or absent; a reload
 * that fails puts every folder back as it was.
 */
final class ImportCommits {

    private static final Logger log = LoggerFactory.getLogger(ImportCommits.class);

    private record Moved(StagedImport staged, boolean existed) {}

    private final DatasetLoader loader;
    private final CrashTestPause crashTest;
    private final Path datasets;
    private final Path imports;
    private final Path staging;

    ImportCommits(DatasetLoader loader, CrashTestPause crashTest, Path datasets, Path imports, Path staging) {
        this.loader = loader;
        this.crashTest = crashTest;
        this.datasets = datasets;
        this.imports = imports;
        this.staging = staging;
    }

    Path target(String id) {
        return imports.resolve("inspections").resolve(id);
    }

    /** Moves one staged import in and reloads; a failed reload puts everything back and drops the staged import. */
    String commit(StagedImport s) {
        boolean exists = Files.exists(target(s.id()));
        try {
            moveIn(s, exists);
            try {
                loader.load(datasets, imports, crashTest::at);
            } catch (RuntimeException e) {
                moveBack(s, exists);
                ImportFolders.delete(s.root()); // the preview is gone: so is its staging folder
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        crashTest.at("after-commit");
        ImportFolders.delete(s.root());
        return s.id();
    }

    /**
     * Several staged imports moved in together and loaded with one reload; if that reload (or a move) fails,
     * each is put back and committed on its own, so one that cannot be loaded leaves the others committed.
     */
    List<CommitOutcome> commitTogether(List<StagedImport> ready) {
        List<Moved> moved = new ArrayList<>();
        try {
            for (StagedImport s : ready) {
                boolean exists = Files.exists(target(s.id()));
                moveIn(s, exists);
                moved.add(new Moved(s, exists));
            }
            loader.load(datasets, imports, crashTest::at);
        } catch (IOException | RuntimeException e) {
            log.info(
                    "Committing {} imports together failed ({}): each is committed on its own",
                    ready.size(),
                    e.toString());
            try {
                for (Moved m : moved.reversed()) {
                    moveBack(m.staged(), m.existed());
                }
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            return ready.stream().map(this::alone).toList();
        }
        crashTest.at("after-commit");
        ready.forEach(s -> ImportFolders.delete(s.root()));
        return moved.stream()
                .map(m -> CommitOutcome.done(m.staged(), m.existed()))
                .toList();
    }

    private CommitOutcome alone(StagedImport s) {
        boolean exists = Files.exists(target(s.id()));
        try {
            commit(s);
            return CommitOutcome.done(s, exists);
        } catch (DatasetException e) {
            return CommitOutcome.failed(
                    s.token(),
                    s.id(),
                    e.problems().stream()
                            .map(p -> describe(p.toString(), s.id()))
                            .collect(Collectors.joining("; ")));
        } catch (RuntimeException e) {
            return CommitOutcome.failed(s.token(), s.id(), e.getMessage());
        }
    }

    /** Removes an imported inspection's folder and reloads; a failed reload puts it back. */
    void delete(String inspectionId) {
        Path target = target(inspectionId);
        Path trash = staging.resolve("deleted-" + UUID.randomUUID()).resolve(inspectionId);
        try {
            Files.createDirectories(trash.getParent());
            Files.move(target, trash, StandardCopyOption.ATOMIC_MOVE);
            try {
                loader.load(datasets, imports);
            } catch (RuntimeException e) {
                Files.move(trash, target, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportFolders.delete(trash.getParent());
    }

    private void moveIn(StagedImport s, boolean exists) throws IOException {
        Path target = target(s.id());
        Files.createDirectories(target.getParent());
        if (exists) {
            // until the new folder is in place the target is missing: a crash here is repaired
            // at the next start by InterruptedCommits, which puts the old folder back
            Files.move(target, s.aside(), StandardCopyOption.ATOMIC_MOVE);
            crashTest.at("after-move-aside");
        }
        Files.move(s.folder(), target, StandardCopyOption.ATOMIC_MOVE);
        crashTest.at("after-move");
    }

    private void moveBack(StagedImport s, boolean existed) throws IOException {
        Path target = target(s.id());
        Files.move(target, s.folder(), StandardCopyOption.ATOMIC_MOVE);
        if (existed) {
            Files.move(s.aside(), target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** A loader's problem as the import's files are named: "results.csv line 3, …". */
    static String describe(String problem, String id) {
        return problem.replace("imports/inspections/" + id + "/", "");
    }
}
