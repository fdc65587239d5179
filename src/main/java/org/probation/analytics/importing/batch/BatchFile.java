package org.probation.analytics.importing.batch;

/**
 * One file given to a batch, uploaded or taken from a zip: its name as shown (made safe to display), its bytes,
 * or, when it could not be taken at all, why ({@code refusal}, with no bytes).
 */
public record BatchFile(String name, byte[] bytes, String refusal) {

    public static BatchFile of(String name, byte[] bytes) {
        return new BatchFile(BatchNames.display(name), bytes, null);
    }

    static BatchFile refused(String name, String reason) {
        return new BatchFile(BatchNames.display(name), new byte[0], reason);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
