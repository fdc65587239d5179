package org.probation.analytics.importing.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** A tool, not a check: {@code -Dpdf.dump=file.pdf} writes the text the PDF import reads to {@code file.pdf.txt}. */
class PdfDumpTest {

    @Test
    @EnabledIfSystemProperty(named = "pdf.dump", matches = ".+")
    void dump() throws Exception {
        Path pdf = Path.of(System.getProperty("pdf.dump"));
        PdfText text =
                PdfReportReader.read(Files.readAllBytes(pdf), pdf.getFileName().toString());
        StringBuilder b = new StringBuilder();
        String[] lines = text.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            PdfLine at = text.source(i + 1);
            b.append(at == null ? "" : at.page() + ":" + at.line())
                    .append(" | ")
                    .append(lines[i])
                    .append('\n');
        }
        Files.writeString(Path.of(pdf + ".txt"), b);
        String seed = System.getProperty("pdf.seed");
        if (seed != null) {
            var parser = org.probation.analytics.importing.parse.SeedParsers.parser();
            var fromText = parser.parse(Files.readString(Path.of("..", "shared", "seeds", seed)), seed);
            var fromPdf = parser.parse(text.text(), pdf.getFileName().toString());
            PdfParity parity = PdfParity.of(fromText, fromPdf);
            System.out.println("PARITY " + parity.matchedResults() + "/" + parity.textResults());
            parity.differences().forEach(d -> System.out.println("  " + d));
        }
    }
}
