package org.probation.analytics.importing;

import java.util.List;

/** One import to preview: an inspection's dataset files, a report's text, or a report's PDF. */
public sealed interface ImportRequest {

    record Files(List<ImportFile> files) implements ImportRequest {}

    /** @param providerId the provider the analyst chose, or null: recognised from the title */
    record Report(String text, String sourceFile, String providerId) implements ImportRequest {}

    /** @param providerId the provider the analyst chose, or null: recognised from the title */
    record Pdf(byte[] bytes, String fileName, String providerId) implements ImportRequest {}
}
