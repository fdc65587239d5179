package org.probation.analytics.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.probation.analytics.base.Settings;
import org.probation.analytics.dataset.DatasetException;
import org.probation.analytics.dataset.DatasetLoader;
import org.probation.analytics.dataset.DatasetSandbox;
import org.probation.analytics.importing.parse.KnownProvider;
import org.probation.analytics.inspection.Inspection;
import org.probation.analytics.inspection.InspectionJson;
import org.probation.analytics.inspection.InspectionService;
import org.springframework.stereotype.Service;

/**
 * Adds inspections as analysts get them: files in the datasets format are previewed in a
 * sandbox (the real loader's validation, estimation and checks; nothing written), then committed
 * by moving them atomically into the imports folder and reloading the database in one
 * transaction. A crash leaves either the whole import or none of it (a replace: the old version
 * or the new one), see {@link InterruptedCommits}. Reports (text or PDF) are parsed into those
 * files first ({@link ReportPreviews}).
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

    private final ImportRepository repository;
    private final InspectionService inspections;
    private final ImportCommits commits;
    private final ReportPreviews reports;
    private final DatasetLoader loader;
    private final Path datasets;
    private final Path imports;
    private final Path staging;
    private final Map<String, StagedImport> pending = new ConcurrentHashMap<>();

    ImportService(
            DatasetLoader loader,
            ImportRepository repository,
            InspectionService inspections,
            CrashTestPause crashTest,
            Settings settings) {
        this.loader = loader;
        this.repository = repository;
        this.inspections = inspections;
        this.datasets = settings.datasetsDir();
        this.imports = settings.importsDir();
        // each node of several sharing the imports folder stages (and after a crash recovers) its own
        String node = settings.nodeRoute().isEmpty() ? "" : "-" + settings.nodeRoute();
        this.staging = imports.toAbsolutePath().resolveSibling(imports.getFileName() + "-staging" + node);
        this.commits = new ImportCommits(loader, crashTest, datasets, imports, staging);
        this.reports = new ReportPreviews(repository, this);
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
            ImportFolders.copyImportsExcept(imports, Set.of(id), sandboxImports);
            ImportFolders.copy(incoming, sandboxImports.resolve("inspections").resolve(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean exists = "import".equals(repository.origin(id));
        try (DatasetSandbox sandbox = DatasetSandbox.open()) {
            sandbox.load(datasets, sandboxImports);
            pending.put(token, new StagedImport(token, id, incoming, exists));
            return new ImportPreview(
                    token,
                    id,
                    exists,
                    inspections.inspection(sandbox, id).map(InspectionJson::of).orElse(null),
                    inspections.results(sandbox, id),
                    inspections.flags(sandbox, id),
                    List.of());
        } catch (DatasetException e) {
            ImportFolders.delete(root);
            return new ImportPreview(
                    null,
                    id,
                    exists,
                    null,
                    List.of(),
                    List.of(),
                    e.problems().stream()
                            .map(p -> ImportCommits.describe(p.toString(), id))
                            .toList());
        } finally {
            ImportFolders.delete(sandboxImports);
        }
    }

    /** A report's text, parsed into the dataset files, then previewed as any import. */
    public ImportPreview previewReport(String text, String sourceFile) {
        return reports.text(text, sourceFile, null);
    }

    /**
     * As {@link #previewReport(String, String)} with the provider the analyst chose (null: recognised from the
     * title); the inspection's notes say it was chosen.
     *
     * @throws ImportException.UnknownProvider naming an id that is no known provider
     */
    public ImportPreview previewReport(String text, String sourceFile, String providerId) {
        return reports.text(text, sourceFile, providerId);
    }

    /**
     * A report's PDF: its text read, parsed and previewed as a report's text, each row and fact pointing at its
     * page and line of the PDF; the PDF's own limits (image pages) are listed with the general ones.
     *
     * @throws ImportException naming the file when it is no readable PDF, or an unknown provider id
     */
    public ImportPreview previewPdf(byte[] bytes, String fileName, String providerId) {
        return reports.pdf(bytes, fileName, providerId);
    }

    /** Every provider a report can be matched to, by name: what the analyst chooses from. */
    public List<KnownProvider> providers() {
        return reports.providers();
    }

    /** Loads a previewed import; an existing import of the same id is replaced only when asked. */
    public synchronized String commit(String token, boolean replace) {
        try (var held = SharedImports.lock(imports)) {
            StagedImport s = take(token, replace);
            return commits.commit(s);
        }
    }

    /**
     * Loads several previewed imports, each whole or not at all, with one reload when they all load together
     * (else each on its own); the outcome of each, in the order given. An existing import is replaced only when
     * asked; one refused leaves the others to be committed.
     */
    public synchronized List<CommitOutcome> commitAll(List<String> tokens, boolean replace) {
        try (var held = SharedImports.lock(imports)) {
            List<StagedImport> ready = new ArrayList<>();
            Map<String, CommitOutcome> refused = new ConcurrentHashMap<>();
            for (String token : tokens) {
                try {
                    ready.add(take(token, replace));
                } catch (ImportException e) {
                    StagedImport s = pending.get(token);
                    refused.put(token, CommitOutcome.failed(token, s == null ? null : s.id(), e.getMessage()));
                }
            }
            List<CommitOutcome> done = ready.isEmpty() ? List.of() : commits.commitTogether(ready);
            return tokens.stream()
                    .map(t -> refused.containsKey(t)
                            ? refused.get(t)
                            : done.stream()
                                    .filter(o -> o.token().equals(t))
                                    .findFirst()
                                    .orElseThrow())
                    .toList();
        }
    }

    /** The staged import of a preview, checked for its commit: an existing import needs {@code replace}. */
    private StagedImport take(String token, boolean replace) {
        StagedImport s = token == null ? null : pending.remove(token);
        if (s == null) {
            throw new ImportException(
                    "no previewed import '" + token + "' (previews are kept until committed or cancelled)");
        }
        if (Files.exists(commits.target(s.id())) && !replace) {
            pending.put(token, s);
            throw new ImportException("inspection '" + s.id() + "' already exists: replace it or cancel");
        }
        return s;
    }

    public void cancel(String token) {
        if (token == null) {
            return;
        }
        StagedImport s = pending.remove(token);
        if (s != null) {
            ImportFolders.delete(s.root());
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
            if (!SLUG.matcher(inspectionId).matches() || !Files.isDirectory(commits.target(inspectionId))) {
                throw new ImportException("no imported inspection '" + inspectionId + "'");
            }
            commits.delete(inspectionId);
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
}
