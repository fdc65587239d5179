package org.probation.analytics.importing.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An analyst's queue of files to import (an import view's, or one API request's): each entry with the file it
 * was read from, so that it can be previewed again (with a chosen provider, or once the file it duplicated is
 * removed). Changed only through {@link BatchImportService}; read from any thread.
 */
public final class Batch {

    /** An entry, its source, and the number of the earlier entry of the same inspection, if it repeats one. */
    record Slot(BatchEntry entry, BatchReader.Classified source, Integer duplicateOf) {}

    private final List<Slot> slots = new ArrayList<>();
    private int next = 1;

    public synchronized List<BatchEntry> entries() {
        return slots.stream().map(Slot::entry).toList();
    }

    public synchronized Optional<BatchEntry> entry(int number) {
        return slot(number).map(Slot::entry);
    }

    /** How many entries can be committed now. */
    public synchronized long readyCount() {
        return slots.stream().filter(s -> s.entry().status().ready()).count();
    }

    public synchronized boolean isEmpty() {
        return slots.isEmpty();
    }

    synchronized int nextNumber() {
        return next++;
    }

    synchronized List<Slot> slots() {
        return List.copyOf(slots);
    }

    synchronized Optional<Slot> slot(int number) {
        return slots.stream().filter(s -> s.entry().number() == number).findFirst();
    }

    synchronized void put(Slot slot) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).entry().number() == slot.entry().number()) {
                slots.set(i, slot);
                return;
            }
        }
        slots.add(slot);
    }

    synchronized void update(BatchEntry entry) {
        slot(entry.number()).ifPresent(s -> put(new Slot(entry, s.source(), s.duplicateOf())));
    }

    synchronized void remove(int number) {
        slots.removeIf(s -> s.entry().number() == number);
    }
}
