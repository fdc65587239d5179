package org.probation.analytics.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.probation.analytics.base.Settings;
import org.probation.analytics.dataset.DatasetException;
import org.probation.analytics.dataset.DatasetLoader;
import org.probation.analytics.dataset.DatasetProblem;
import org.probation.analytics.dataset.DatasetSandbox;
import org.probation.analytics.importing.parse.ParsedReport;
import org.probation.analytics.importing.parse.ReportParser;
import org.probation.analytics.inspection.Inspection;
import org.probation.analytics.inspection.InspectionJson;
import org.probation.analytics.inspection.InspectionService;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * Adds inspections as analysts get them: files in the datasets format are previewed in a
 * sandbox (the real loader's validation, estimation and checks; nothing written), then committed
 * by moving them atomically into the imports folder and reloading the database in one
 * transaction. A crash leaves either the whole import or none of it (a replace: the old version
 * or the new one), see {@link InterruptedCommits}.
 */
@Service
public class ImportService {

    static final Set<String> FILES = Set.of(
            "inspection.csv",
            "samples.csv",
            "results.csv",
            "ratings.csv",
            "comparators.csv",
            "context.csv",
            "flags.csv");
    /** The largest import accepted, in bytes (the API's body, each uploaded file, a pasted text). */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");

    private record Pending(String id, Path folder, boolean exists) {}

    private final DatasetLoader loader;
    private final ImportRepository repository;
    private final InspectionService inspections;
    private final CrashTestPause crashTest;
    private final Path datasets;
    private final Path imports;
    private final Path staging;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    ImportService(
            DatasetLoader loader,
            ImportRepository repository,
            InspectionService inspections,
            CrashTestPause crashTest,
            Settings settings) {
        this.loader = loader;
        this.repository = repository;
        this.inspections = inspections;
        this.crashTest = crashTest;
        this.datasets = settings.datasetsDir();
        this.imports = settings.importsDir();
        // each node of several sharing the imports folder stages (and after a crash recovers) its own
        String node = settings.nodeRoute().isEmpty() ? "" : "-" + settings.nodeRoute();
        this.staging = imports.toAbsolutePath().resolveSibling(imports.getFileName() + "-staging" + node);
        // at bean creation, so before DatasetStartup's first load (it runs once every singleton exists)
        try (var held = SharedImports.lock(imports)) {
            InterruptedCommits.recover(imports, staging);
        }
    }

    /** Checks the files and shows what a commit would load; nothing is written to the database. */
    public ImportPreview preview(List<ImportFile> files) {
        List<String> errors = new ArrayList<>();
        String id = ImportChecks.checkFiles(files, errors);
        if (!errors.isEmpty()) {
            return new ImportPreview(null, id, false, null, List.of(), List.of(), errors);
        }
        String token = UUID.randomUUID().toString();
        Path root = staging.resolve(token);
        Path incoming = root.resolve("incoming").resolve(id);
        Path sandboxImports = root.resolve("sandbox");
        try {
            Files.createDirectories(incoming);
            for (ImportFile f : files) {
                Files.writeString(incoming.resolve(f.name()), f.content(), StandardCharsets.UTF_8);
            }
            copyImportsExcept(id, sandboxImports);
            copy(incoming, sandboxImports.resolve("inspections").resolve(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean exists = "import".equals(repository.origin(id));
        try (DatasetSandbox sandbox = DatasetSandbox.open()) {
            sandbox.load(datasets, sandboxImports);
            pending.put(token, new Pending(id, incoming, exists));
            return new ImportPreview(
                    token,
                    id,
                    exists,
                    inspections.inspection(sandbox, id).map(InspectionJson::of).orElse(null),
                    inspections.results(sandbox, id),
                    inspections.flags(sandbox, id),
                    List.of());
        } catch (DatasetException e) {
            delete(root);
            return new ImportPreview(
                    null,
                    id,
                    exists,
                    null,
                    List.of(),
                    List.of(),
                    e.problems().stream().map(p -> describe(p, id)).toList());
        } finally {
            delete(sandboxImports);
        }
    }

    /** A report's text, parsed into the dataset files, then previewed as any import. */
    public ImportPreview previewReport(String text, String sourceFile) {
        ParsedReport parsed = new ReportParser(repository.questions(), repository.providers()).parse(text, sourceFile);
        List<String> problems = parsed.problems().stream()
                .map(p -> (p.line() > 0 ? sourceFile + " line " + p.line() + ": " : sourceFile + ": ") + p.reason())
                .toList();
        if (parsed.inspection() == null) {
            return new ImportPreview(
                    null,
                    null,
                    false,
                    null,
                    List.of(),
                    List.of(),
                    problems.isEmpty() ? List.of(sourceFile + ": no inspection found in the text") : problems);
        }
        List<ImportFile> files = new ArrayList<>(List.of(
                new ImportFile("inspection.csv", parsed.inspectionCsv()),
                new ImportFile("results.csv", parsed.resultsCsv())));
        if (!parsed.samples().isEmpty()) {
            files.add(new ImportFile("samples.csv", parsed.samplesCsv()));
        }
        if (!parsed.ratings().isEmpty()) {
            files.add(new ImportFile("ratings.csv", parsed.ratingsCsv()));
        }
        ImportPreview preview = preview(files);
        if (problems.isEmpty()) {
            return preview;
        }
        // a report the parser could not read completely is not imported: every problem is shown
        cancel(preview.token());
        List<String> errors = new ArrayList<>(problems);
        errors.addAll(preview.errors());
        return new ImportPreview(
                null,
                preview.inspectionId(),
                preview.exists(),
                preview.inspection(),
                preview.results(),
                preview.flags(),
                errors);
    }

    /** Loads a previewed import; an existing import of the same id is replaced only when asked. */
    public synchronized String commit(String token, boolean replace) {
        try (var held = SharedImports.lock(imports)) {
            return commitLocked(token, replace);
        }
    }

    private String commitLocked(String token, boolean replace) {
        Pending p = pending.remove(token);
        if (p == null) {
            throw new ImportException(
                    "no previewed import '" + token + "' (previews are kept until committed or cancelled)");
        }
        Path target = imports.resolve("inspections").resolve(p.id());
        boolean exists = Files.exists(target);
        if (exists && !replace) {
            pending.put(token, p);
            throw new ImportException("inspection '" + p.id() + "' already exists: replace it or cancel");
        }
        Path previous = p.folder().resolveSibling(p.id() + InterruptedCommits.REPLACED);
        try {
            Files.createDirectories(target.getParent());
            if (exists) {
                // until the new folder is in place the target is missing: a crash here is repaired
                // at the next start by InterruptedCommits, which puts the old folder back
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
                crashTest.at("after-move-aside");
            }
            Files.move(p.folder(), target, StandardCopyOption.ATOMIC_MOVE);
            crashTest.at("after-move");
            try {
                loader.load(datasets, imports, crashTest::at);
            } catch (RuntimeException e) {
                Files.move(target, p.folder(), StandardCopyOption.ATOMIC_MOVE);
                if (exists) {
                    Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
                }
                delete(p.folder().getParent().getParent()); // the preview is gone: so is its staging folder
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        crashTest.at("after-commit");
        delete(p.folder().getParent().getParent());
        return p.id();
    }

    public void cancel(String token) {
        if (token == null) {
            return;
        }
        Pending p = pending.remove(token);
        if (p != null) {
            delete(p.folder().getParent().getParent());
        }
    }

    /** The inspections loaded from the imports folder, newest publication first. */
    public List<Inspection> imported() {
        Set<String> ids = repository.importedIds();
        return inspections.inspections().stream()
                .filter(i -> ids.contains(i.id()))
                .toList();
    }

    /** Removes an imported inspection (datasets/ inspections cannot be deleted here). */
    public synchronized void delete(String inspectionId) {
        try (var held = SharedImports.lock(imports)) {
            deleteImport(inspectionId);
        }
    }

    /**
     * Loads what the shared imports folder holds now, after another node committed or deleted an
     * import (see ImportsWatcher); nothing is done when this node already holds exactly these files.
     */
    synchronized void reloadShared() {
        try (var held = SharedImports.lock(imports)) {
            loader.load(datasets, imports);
        }
    }

    String importsFingerprint() {
        return SharedImports.fingerprint(imports);
    }

    private void deleteImport(String inspectionId) {
        Path target = imports.resolve("inspections").resolve(inspectionId);
        if (!SLUG.matcher(inspectionId).matches() || !Files.isDirectory(target)) {
            throw new ImportException("no imported inspection '" + inspectionId + "'");
        }
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
        delete(trash.getParent());
    }

    private void copyImportsExcept(String id, Path to) throws IOException {
        Path existing = imports.resolve("inspections");
        Files.createDirectories(to.resolve("inspections"));
        if (!Files.isDirectory(existing)) {
            return;
        }
        try (Stream<Path> folders = Files.list(existing)) {
            for (Path folder : folders.toList()) {
                if (!folder.getFileName().toString().equals(id)) {
                    copy(
                            folder,
                            to.resolve("inspections")
                                    .resolve(folder.getFileName().toString()));
                }
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static String describe(DatasetProblem p, String id) {
        return p.toString().replace("imports/inspections/" + id + "/", "");
    }

    private static void delete(Path path) {
        try {
            FileSystemUtils.deleteRecursively(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
