package org.probation.analytics.importing.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.probation.analytics.importing.CommitOutcome;
import org.probation.analytics.importing.ImportBundle;
import org.probation.analytics.importing.ImportException;
import org.probation.analytics.importing.ImportPreview;
import org.probation.analytics.importing.ImportRequest;
import org.probation.analytics.importing.ImportService;
import org.springframework.stereotype.Service;

/**
 * Many imports at once: each file (a report's PDF or text, a CSV bundle, or each file of a zip) is previewed on
 * its own, so one bad file never blocks the others; a second file of the same inspection is an error naming the
 * first. The ready ones are committed together or one by one, each whole or not at all, the outcome given per
 * file. Previews and commits are {@link ImportService}'s.
 */
@Service
public class BatchImportService {

    private final ImportService imports;

    BatchImportService(ImportService imports) {
        this.imports = imports;
    }

    /** Reads the files (zips opened), previews each and adds it to the batch; the entries added. */
    public List<BatchEntry> add(Batch batch, List<BatchFile> files) {
        List<BatchReader.Classified> sources =
                BatchReader.expand(files).stream().map(BatchReader::classify).toList();
        List<ImportPreview> previews = previews(sources, null);
        List<BatchEntry> added = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            added.add(place(batch, batch.nextNumber(), sources.get(i), previews.get(i), null));
        }
        return added;
    }

    /** Previews a report again with the provider the analyst chose (null: as the title names it). */
    public BatchEntry choose(Batch batch, int number, String providerId) {
        Batch.Slot slot = slotOf(batch, number);
        if (!slot.entry().canChooseProvider()) {
            throw new ImportException(slot.entry().name() + ": a provider is chosen for a report not yet committed");
        }
        imports.cancel(slot.entry().preview().token());
        return previewInto(batch, number, slot.source(), providerId);
    }

    /**
     * Commits every ready entry; one whose inspection is already imported replaces it only when {@code replace},
     * else it fails saying so. The entries committed or failed, as they are after.
     */
    public List<BatchEntry> commitReady(Batch batch, boolean replace) {
        List<BatchEntry> ready =
                batch.entries().stream().filter(e -> e.status().ready()).toList();
        return commit(batch, ready, replace);
    }

    /** Commits the ready entries that replace no import already loaded. */
    public List<BatchEntry> commitReadyNew(Batch batch) {
        return commit(
                batch,
                batch.entries().stream()
                        .filter(e -> e.status().ready() && !e.preview().exists())
                        .toList(),
                false);
    }

    /** The inspections of the ready entries that are already imported: committing them replaces those. */
    public List<String> replacing(Batch batch) {
        return batch.entries().stream()
                .filter(e -> e.status().ready() && e.preview().exists())
                .map(BatchEntry::inspectionId)
                .toList();
    }

    /** Commits one entry, replacing an existing import of its id only when asked. */
    public BatchEntry commit(Batch batch, int number, boolean replace) {
        BatchEntry entry = slotOf(batch, number).entry();
        if (!entry.status().ready()) {
            throw new ImportException(entry.name() + ": " + entry.status() + ", not ready to commit");
        }
        return commit(batch, List.of(entry), replace).getFirst();
    }

    /** Removes an entry (its preview discarded); a later entry that repeated its inspection is previewed again. */
    public void remove(Batch batch, int number) {
        Batch.Slot slot = slotOf(batch, number);
        imports.cancel(slot.entry().preview().token());
        batch.remove(number);
        for (Batch.Slot later : batch.slots()) {
            if (Integer.valueOf(number).equals(later.duplicateOf())) {
                previewInto(
                        batch,
                        later.entry().number(),
                        later.source(),
                        later.entry().chosenProvider());
            }
        }
    }

    /** Discards every preview not committed: the batch is done with. */
    public void discard(Batch batch) {
        for (BatchEntry e : batch.entries()) {
            imports.cancel(e.preview().token());
            batch.remove(e.number());
        }
    }

    private List<BatchEntry> commit(Batch batch, List<BatchEntry> entries, boolean replace) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<CommitOutcome> outcomes =
                imports.commitAll(entries.stream().map(e -> e.preview().token()).toList(), replace);
        Map<String, CommitOutcome> byToken =
                outcomes.stream().collect(Collectors.toMap(CommitOutcome::token, Function.identity()));
        List<BatchEntry> after = new ArrayList<>();
        for (BatchEntry e : entries) {
            CommitOutcome o = byToken.get(e.preview().token());
            if (!o.committed()) {
                imports.cancel(e.preview().token()); // a refused preview is not kept: preview the file again
            }
            BatchEntry done = o.committed() ? e.committed(o.inspectionId()) : e.failed(o.reason());
            batch.update(done);
            after.add(done);
        }
        return after;
    }

    private BatchEntry previewInto(Batch batch, int number, BatchReader.Classified source, String providerId) {
        return place(
                batch, number, source, previews(List.of(source), providerId).getFirst(), providerId);
    }

    /** Puts an entry in the batch; one whose inspection an earlier entry already holds is an error naming that. */
    private BatchEntry place(
            Batch batch, int number, BatchReader.Classified source, ImportPreview preview, String providerId) {
        String name = source.file().name();
        Integer duplicateOf = null;
        String id = preview.inspectionId();
        if (id != null) {
            Batch.Slot first = batch.slots().stream()
                    .filter(s -> s.entry().number() < number
                            && s.duplicateOf() == null
                            && id.equals(s.entry().inspectionId()))
                    .findFirst()
                    .orElse(null);
            if (first != null) {
                imports.cancel(preview.token());
                duplicateOf = first.entry().number();
                preview = preview.refusedFor(List.of(name + ": inspection '" + id + "' is also read from "
                        + first.entry().name() + ", earlier in this batch: remove one of the two"));
            }
        }
        BatchEntry entry = BatchEntry.previewed(number, name, source.kind(), preview, providerId);
        batch.put(new Batch.Slot(entry, source, duplicateOf));
        return entry;
    }

    /** The previews of these files, made together (see {@link ImportService#previewAll}). */
    private List<ImportPreview> previews(List<BatchReader.Classified> sources, String providerId) {
        ImportPreview[] out = new ImportPreview[sources.size()];
        List<ImportRequest> requests = new ArrayList<>();
        List<Integer> requested = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            BatchReader.Classified source = sources.get(i);
            String name = source.file().name();
            try {
                ImportRequest request = switch (source.kind()) {
                    case PDF -> new ImportRequest.Pdf(source.file().bytes(), name, providerId);
                    case REPORT_TEXT -> new ImportRequest.Report(source.text(), name, providerId);
                    case CSV_BUNDLE ->
                        new ImportRequest.Files(ImportBundle.split(source.text().stripLeading()));
                    case REFUSED -> null;
                };
                if (request == null) {
                    out[i] = refused(name + ": " + source.refusal());
                } else {
                    requests.add(request);
                    requested.add(i);
                }
            } catch (ImportException e) {
                out[i] = refused(name + ": " + e.getMessage());
            }
        }
        List<ImportPreview> previewed = imports.previewAll(requests);
        for (int k = 0; k < requested.size(); k++) {
            out[requested.get(k)] = previewed.get(k);
        }
        return List.of(out);
    }

    private static ImportPreview refused(String error) {
        return new ImportPreview(null, null, false, null, List.of(), List.of(), List.of(error));
    }

    private static Batch.Slot slotOf(Batch batch, int number) {
        return batch.slot(number).orElseThrow(() -> new ImportException("no file " + number + " in this batch"));
    }
}
