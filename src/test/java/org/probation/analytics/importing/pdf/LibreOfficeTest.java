package org.probation.analytics.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibreOfficeTest {

    @Test
    void aFailingConversionIsReportedWithItsCommandAndOutput(@TempDir Path dir) throws Exception {
        Path fake = dir.resolve("soffice");
        Files.writeString(fake, "#!/bin/sh\necho 'source file could not be loaded' >&2\nexit 3\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));

        assertThatThrownBy(() -> LibreOffice.convert(fake, "<html><body><p>x</p></body></html>"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(fake + " --headless")
                .hasMessageContaining("--convert-to pdf:writer_pdf_Export")
                .hasMessageContaining("exited 3")
                .hasMessageContaining("source file could not be loaded");
    }

    @Test
    void convertsHtmlToAPagedPdf() {
        LibreOffice.assumeAvailable();

        byte[] pdf = LibreOffice.convert("<html><body><h1>Title</h1><p>Text</p></body></html>");

        assertThat(PdfReportReader.isPdf(pdf)).isTrue();
        assertThat(PdfWords.text(pdf)).contains("Title").contains("Text");
    }
}
