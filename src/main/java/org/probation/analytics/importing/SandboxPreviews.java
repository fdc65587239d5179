package org.probation.analytics.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.probation.analytics.dataset.DatasetException;
import org.probation.analytics.dataset.DatasetSandbox;
import org.probation.analytics.inspection.InspectionJson;
import org.probation.analytics.inspection.InspectionService;

/**
 * Previews imports in a throw-away database loaded by the real loader with the datasets, the imports and the
 * new files (staged for their commit). Several imports are loaded into one sandbox together, which costs one
 * load instead of one each; if that load refuses anything, each is previewed in a sandbox of its own, so its
 * errors are its own. What a preview shows is the same either way: the loader's flags are per inspection.
 */
final class SandboxPreviews {

    private final ImportRepository repository;
    private final InspectionService inspections;
    private final Path datasets;
    private final Path imports;
    private final Path staging;
    private final Map<String, StagedImport> pending;

    SandboxPreviews(
            ImportRepository repository,
            InspectionService inspections,
            Path datasets,
            Path imports,
            Path staging,
            Map<String, StagedImport> pending) {
        this.repository = repository;
        this.inspections = inspections;
        this.datasets = datasets;
        this.imports = imports;
        this.staging = staging;
        this.pending = pending;
    }

    List<ImportPreview> previewAll(List<List<ImportFile>> each) {
        ImportPreview[] out = new ImportPreview[each.size()];
        StagedImport[] staged = new StagedImport[each.size()];
        List<Integer> together = new ArrayList<>();
        List<Integer> alone = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < each.size(); i++) {
            List<String> errors = new ArrayList<>();
            String id = ImportChecks.checkFiles(each.get(i), errors);
            if (!errors.isEmpty()) {
                out[i] = new ImportPreview(null, id, false, null, List.of(), List.of(), errors);
                continue;
            }
            staged[i] = stage(each.get(i), id);
            // two imports of one id cannot be loaded together: the second is previewed on its own
            (ids.add(id) ? together : alone).add(i);
        }
        if (together.size() > 1 && !together(together, staged, out)) {
            alone.addAll(together);
        } else if (together.size() == 1) {
            alone.addAll(together);
        }
        for (int i : alone.stream().sorted().toList()) {
            out[i] = alone(staged[i]);
        }
        return List.of(out);
    }

    private StagedImport stage(List<ImportFile> files, String id) {
        String token = UUID.randomUUID().toString();
        Path incoming = staging.resolve(token).resolve("incoming").resolve(id);
        try {
            Files.createDirectories(incoming);
            for (ImportFile f : files) {
                Files.writeString(incoming.resolve(f.name()), f.content(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StagedImport(token, id, incoming, "import".equals(repository.origin(id)));
    }

    /** @return false when the loader refused the imports together (nothing filled in) */
    private boolean together(List<Integer> which, StagedImport[] staged, ImportPreview[] out) {
        Path sandboxImports = staging.resolve("together-" + UUID.randomUUID());
        try {
            Set<String> ids = new HashSet<>();
            which.forEach(i -> ids.add(staged[i].id()));
            ImportFolders.copyImportsExcept(imports, ids, sandboxImports);
            for (int i : which) {
                ImportFolders.copy(
                        staged[i].folder(),
                        sandboxImports.resolve("inspections").resolve(staged[i].id()));
            }
            try (DatasetSandbox sandbox = DatasetSandbox.open()) {
                sandbox.load(datasets, sandboxImports);
                for (int i : which) {
                    out[i] = loaded(sandbox, staged[i]);
                }
                return true;
            } catch (DatasetException e) {
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ImportFolders.delete(sandboxImports);
        }
    }

    private ImportPreview alone(StagedImport s) {
        Path sandboxImports = s.root().resolve("sandbox");
        try {
            ImportFolders.copyImportsExcept(imports, Set.of(s.id()), sandboxImports);
            ImportFolders.copy(s.folder(), sandboxImports.resolve("inspections").resolve(s.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (DatasetSandbox sandbox = DatasetSandbox.open()) {
            sandbox.load(datasets, sandboxImports);
            return loaded(sandbox, s);
        } catch (DatasetException e) {
            ImportFolders.delete(s.root());
            return new ImportPreview(
                    null,
                    s.id(),
                    s.exists(),
                    null,
                    List.of(),
                    List.of(),
                    e.problems().stream()
                            .map(p -> ImportCommits.describe(p.toString(), s.id()))
                            .toList());
        } finally {
            ImportFolders.delete(sandboxImports);
        }
    }

    private ImportPreview loaded(DatasetSandbox sandbox, StagedImport s) {
        pending.put(s.token(), s);
        return new ImportPreview(
                s.token(),
                s.id(),
                s.exists(),
                inspections.inspection(sandbox, s.id()).map(InspectionJson::of).orElse(null),
                inspections.results(sandbox, s.id()),
                inspections.flags(sandbox, s.id()),
                List.of());
    }
}
