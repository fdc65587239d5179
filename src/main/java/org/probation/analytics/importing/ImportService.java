package org.probation.analytics.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.probation.analytics.base.Settings;
import org.probation.analytics.dataset.DatasetLoader;
import org.probation.analytics.importing.parse.KnownProvider;
import org.probation.analytics.importing.parse.ReportParser;
import org.probation.analytics.inspection.Inspection;
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
    private final SandboxPreviews previews;
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
        this.reports = new ReportPreviews(repository);
        this.previews = new SandboxPreviews(repository, inspections, datasets, imports, staging, pending);
        // at bean creation, so before DatasetStartup's first load (it runs once every singleton exists)
        try (var held = SharedImports.lock(imports)) {
            InterruptedCommits.recover(imports, staging);
        }
    }

    /** Checks the files and shows what a commit would load; nothing is written to the database. */
    public ImportPreview preview(List<ImportFile> files) {
        return previewAll(List.of(new ImportRequest.Files(files))).getFirst();
    }

    /** A report's text, parsed into the dataset files, then previewed as any import. */
    public ImportPreview previewReport(String text, String sourceFile) {
        return previewReport(text, sourceFile, null);
    }

    /**
     * As {@link #previewReport(String, String)} with the provider the analyst chose (null: recognised from the
     * title); the inspection's notes say it was chosen.
     *
     * @throws ImportException.UnknownProvider naming an id that is no known provider
     */
    public ImportPreview previewReport(String text, String sourceFile, String providerId) {
        return previewAll(List.of(new ImportRequest.Report(text, sourceFile, providerId)))
                .getFirst();
    }

    /**
     * A report's PDF: its text read, parsed and previewed as a report's text, each row and fact pointing at its
     * page and line of the PDF; the PDF's own limits (image pages) are listed with the general ones. A PDF that
     * cannot be read (encrypted, scanned, damaged) is refused with the reason, naming the file.
     *
     * @throws ImportException.UnknownProvider naming an id that is no known provider
     */
    public ImportPreview previewPdf(byte[] bytes, String fileName, String providerId) {
        return previewAll(List.of(new ImportRequest.Pdf(bytes, fileName, providerId)))
                .getFirst();
    }

    /**
     * Previews several imports, each on its own terms (one refused never affects another), in the order given;
     * they are loaded into one sandbox together when they can be, which is the time of one preview, not of each.
     *
     * @throws ImportException.UnknownProvider naming a chosen provider id that is no known provider
     */
    public List<ImportPreview> previewAll(List<ImportRequest> requests) {
        ReportParser parser = null;
        ImportPreview[] refused = new ImportPreview[requests.size()];
        ReportPreviews.Parsed[] parsed = new ReportPreviews.Parsed[requests.size()];
        int[] at = new int[requests.size()];
        List<List<ImportFile>> files = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            List<ImportFile> toCheck = null;
            if (requests.get(i) instanceof ImportRequest.Files f) {
                toCheck = f.files();
            } else {
                parser = parser == null ? reports.parser() : parser;
                try {
                    parsed[i] = switch (requests.get(i)) {
                        case ImportRequest.Report r -> reports.text(parser, r.text(), r.sourceFile(), r.providerId());
                        case ImportRequest.Pdf p -> reports.pdf(parser, p.bytes(), p.fileName(), p.providerId());
                        case ImportRequest.Files f -> throw new IllegalStateException();
                    };
                    toCheck = parsed[i].files();
                } catch (ImportException.UnknownProvider e) {
                    throw e;
                } catch (ImportException e) {
                    refused[i] =
                            new ImportPreview(null, null, false, null, List.of(), List.of(), List.of(e.getMessage()));
                }
            }
            at[i] = toCheck == null ? -1 : files.size();
            if (toCheck != null) {
                files.add(toCheck);
            }
        }
        List<ImportPreview> previewed = previews.previewAll(files);
        List<ImportPreview> out = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            ImportPreview ofFiles = at[i] < 0 ? null : previewed.get(at[i]);
            out.add(
                    refused[i] != null
                            ? refused[i]
                            : parsed[i] == null ? ofFiles : ReportPreviews.preview(parsed[i], ofFiles, this::cancel));
        }
        return out;
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
