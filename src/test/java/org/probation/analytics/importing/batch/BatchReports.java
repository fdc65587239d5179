package org.probation.analytics.importing.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.probation.analytics.importing.ui.SeedReport;

/**
 * Reports for the batch tests, made from the seed reports: the Somerset report (seed 004) and the Swansea
 * Neath Port Talbot report (seed 002) as if they were another PDU's, so each is a new inspection
 * ({@code <pdu>-2023}, {@code <pdu>-2022}); small PDFs drawn with PDFBox; zips of named entries.
 */
public final class BatchReports {

    /** PDUs of the reference list whose one-word names no other provider shares. */
    static final List<String> PDUS = List.of(
            "Derbyshire",
            "Bedfordshire",
            "Cambridgeshire",
            "Hertfordshire",
            "Norfolk",
            "Suffolk",
            "Northamptonshire",
            "Bolton",
            "Oldham",
            "Wigan",
            "Croydon",
            "Lambeth",
            "Newham",
            "Southwark",
            "Sunderland",
            "Cumbria",
            "Sefton",
            "Wirral",
            "Dorset",
            "Plymouth");

    private BatchReports() {}

    /** The Somerset report (published July 2023) as PDU {@code name}'s: inspection {@code <slug>-2023}. */
    static String somersetAs(String name) {
        return SeedReport.devonAndTorbay().replace("Devon and Torbay", name);
    }

    static final java.nio.file.Path SWANSEA =
            java.nio.file.Path.of("..", "shared", "seeds", "002_468d300fb8876cf8.txt");

    /** The Swansea Neath Port Talbot report (published January 2022) as PDU {@code name}'s: {@code <slug>-2022}. */
    static String swanseaAs(String name) {
        SeedReport.devonAndTorbay(); // skips (or fails with CI=true) when the seeds are missing
        try {
            return java.nio.file.Files.readString(SWANSEA)
                    .replace("Swansea, Neath Port Talbot", name)
                    .replace("Swansea and Neath Port Talbot", name)
                    .replace("Swansea Neath Port Talbot", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Twenty new inspections in one zip: the Somerset report under the first ten names of {@link #PDUS}, the
     * Swansea report under the other ten.
     */
    static byte[] twentyReports() {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        for (int i = 0; i < PDUS.size(); i++) {
            String name = PDUS.get(i);
            entries.put(slug(name) + ".txt", bytes(i < 10 ? somersetAs(name) : swanseaAs(name)));
        }
        return zip(entries);
    }

    /** The same twenty reports typeset as PDFs (the wide PDFBox layout), in one zip. */
    static byte[] twentyPdfs() {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        for (int i = 0; i < PDUS.size(); i++) {
            String name = PDUS.get(i);
            String text = i < 10 ? somersetAs(name) : swanseaAs(name);
            entries.put(
                    slug(name) + ".pdf",
                    org.probation.analytics.importing.pdf.ReportTypesetter.typeset(
                                    text, org.probation.analytics.importing.pdf.PdfLayout.PDFBOX_WIDE)
                            .pdf());
        }
        return zip(entries);
    }

    /** A CSV bundle of one inspection with one result: the load flags its framework's other questions as missing. */
    static String bundle(String id) {
        return "# file: inspection.csv\n"
                + "id,provider_id,framework,title,fieldwork_start,fieldwork_start_precision,published,score,max_score,"
                + "overall_rating,source_file,source_line,notes\n"
                + id + ",devon-and-torbay,pdu-2021,An inspection of Devon and Torbay PDU,2024-03-04,day,2024-06,,,,"
                + "report.txt,1,\n"
                + "# file: results.csv\n"
                + "inspection_id,item_code,subsample,percent_printed,percent,yes_count,denominator,marker,"
                + "marker_meaning,question_as_printed,source_section,source_file,source_line\n"
                + id + ",2.2.3,all,40%,40,8,20,,,q,table,report.txt,11\n";
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** A one-page PDF holding these lines (Helvetica, plain ASCII). */
    public static byte[] pdf(List<String> lines) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(14);
                content.newLineAtOffset(50, 740);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip of these entries in this order; a name ending in '/' is a folder. */
    static byte[] zip(Map<String, byte[]> entries) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                if (!e.getKey().endsWith("/")) {
                    zip.write(e.getValue());
                }
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
