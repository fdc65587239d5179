package org.probation.analytics.importing.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.probation.analytics.importing.batch.BatchReports.bytes;
import static org.probation.analytics.importing.batch.BatchReports.somersetAs;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.probation.analytics.importing.ImportLimits;
import org.probation.analytics.importing.ImportService;
import org.probation.analytics.importing.ui.SeedReport;
import org.probation.analytics.inspection.InspectionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code POST /api/imports} with a zip of reports, a PDF, a chosen provider; hostile zips refused, nothing written. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:duckdb:memory:batch-api",
            "inspections.datasets-dir=datasets",
            "INSPECTIONS_ADMIN_PASSWORD=test-secret"
        })
@AutoConfigureMockMvc
class BatchImportApiTest {

    static Path imports;

    @DynamicPropertySource
    static void importsFolder(DynamicPropertyRegistry registry) throws Exception {
        imports = Files.createTempDirectory("batch-api").resolve("imports");
        registry.add("inspections.imports-dir", imports::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService importService;

    @Autowired
    InspectionService inspections;

    @AfterEach
    void removeImports() {
        importService.imported().forEach(i -> importService.delete(i.id()));
    }

    ResultActions post(String type, byte[] body, String query) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/imports" + query)
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("admin:test-secret".getBytes(StandardCharsets.UTF_8)))
                .contentType(type)
                .content(body));
    }

    static byte[] reportsZip() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("reports/", new byte[0]);
        entries.put("reports/norfolk.txt", bytes(somersetAs("Norfolk")));
        entries.put("reports/minutes.txt", bytes("Minutes of the team meeting\n"));
        entries.put("reports/suffolk.txt", bytes(somersetAs("Suffolk")));
        return BatchReports.zip(entries);
    }

    /** Nothing loaded, nothing in the imports folder, no preview left staged. */
    void assertNothingWritten(int inspectionsBefore) throws Exception {
        assertThat(inspections.inspections()).hasSize(inspectionsBefore);
        Path staging = imports.resolveSibling("imports-staging");
        if (Files.isDirectory(staging)) {
            try (Stream<Path> left = Files.list(staging)) {
                assertThat(left.toList()).isEmpty();
            }
        }
        Path folders = imports.resolve("inspections");
        if (Files.isDirectory(folders)) {
            try (Stream<Path> left = Files.list(folders)) {
                assertThat(left.toList()).isEmpty();
            }
        }
    }

    @Test
    void a_dry_run_of_a_zip_answers_each_file_with_what_was_recognised_and_how_and_writes_nothing() throws Exception {
        int before = inspections.inspections().size();

        post("application/zip", reportsZip(), "?dryRun=true")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.files", hasSize(3)))
                .andExpect(jsonPath("$.files[0].name").value("reports/norfolk.txt"))
                .andExpect(jsonPath("$.files[0].kind").value("report text"))
                .andExpect(jsonPath("$.files[0].status").value("READY"))
                .andExpect(jsonPath("$.files[0].flags").value(0))
                .andExpect(jsonPath("$.files[0].inspectionId").value("norfolk-2023"))
                .andExpect(jsonPath("$.files[0].results").value(SeedReport.TABLE_RESULTS))
                .andExpect(jsonPath("$.files[0].errors").isEmpty())
                .andExpect(jsonPath("$.files[0].limits[0]").value(ImportLimits.GENERAL.getFirst()))
                .andExpect(jsonPath("$.files[0].recognised[?(@.field == 'provider')].value")
                        .value("norfolk"))
                .andExpect(jsonPath("$.files[0].recognised[?(@.field == 'provider')].where")
                        .value("reports/norfolk.txt line 3"))
                .andExpect(jsonPath("$.files[0].recognised[?(@.field == 'provider')].quote")
                        .value("An inspection of probation services in: Norfolk PDU"))
                .andExpect(jsonPath("$.files[0].recognised[?(@.field == 'published')].quote")
                        .value("HM Inspectorate of Probation, July 2023"))
                .andExpect(jsonPath("$.files[0].recognised[?(@.field == 'framework')].value")
                        .exists())
                .andExpect(jsonPath("$.files[0].recognised[?(@.field == 'fieldwork_start')].where")
                        .exists())
                .andExpect(jsonPath("$.files[1].name").value("reports/minutes.txt"))
                .andExpect(jsonPath("$.files[1].status").value("ERRORS"))
                .andExpect(jsonPath("$.files[1].errors[0]").value(startsWith("reports/minutes.txt: ")))
                .andExpect(jsonPath("$.files[2].inspectionId").value("suffolk-2023"))
                .andExpect(jsonPath("$.committed").isEmpty());
        assertNothingWritten(before);
    }

    @Test
    void a_commit_of_a_zip_loads_the_ready_reports_and_leaves_the_bad_one_out_with_its_reason() throws Exception {
        int before = inspections.inspections().size();

        post("application/zip", reportsZip(), "?dryRun=false")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed[0]").value("norfolk-2023"))
                .andExpect(jsonPath("$.committed[1]").value("suffolk-2023"))
                .andExpect(jsonPath("$.files[0].status").value("COMMITTED"))
                .andExpect(jsonPath("$.files[1].status").value("ERRORS"))
                .andExpect(jsonPath("$.files[2].status").value("COMMITTED"))
                .andExpect(jsonPath("$.errors[0]").value(startsWith("reports/minutes.txt: ")));

        assertThat(inspections.inspections()).hasSize(before + 2);
        assertThat(inspections.results("norfolk-2023").orElseThrow()).hasSize(SeedReport.TABLE_RESULTS);
        // again, without replace: each fails saying it exists, nothing changes
        post("application/zip", reportsZip(), "?dryRun=false")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.files[0].status").value("FAILED"))
                .andExpect(jsonPath("$.files[0].errors[0]")
                        .value("reports/norfolk.txt: not committed: inspection 'norfolk-2023' already exists: "
                                + "replace it or cancel"));
        post("application/zip", reportsZip(), "?dryRun=false&replace=true")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].replaces").value(true))
                .andExpect(jsonPath("$.committed", hasSize(2)));
        assertThat(inspections.inspections()).hasSize(before + 2);
    }

    @Test
    void hostile_zips_are_refused_with_the_reason_and_the_database_unchanged() throws Exception {
        int before = inspections.inspections().size();
        post("application/zip", BatchReports.zip(Map.of()), "?dryRun=false")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0]").value("upload.zip: the zip holds no files"));
        post("application/zip", new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9}, "?dryRun=false")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0]").value(startsWith("upload.zip: not a readable zip (")));
        post("application/zip", bytes(somersetAs("Norfolk")), "?dryRun=false")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0]").value(startsWith("upload.zip: not a zip")));
        post("application/zip", BatchReports.zip(Map.of("bomb.txt", new byte[40 * 1024 * 1024])), "?dryRun=false")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.files[0].kind").value("refused"))
                .andExpect(jsonPath("$.errors[0]")
                        .value("bomb.txt: inflates to more than 5242880 bytes (the limit of one file): not read"));
        post(
                        "application/zip",
                        BatchReports.zip(
                                Map.of("../../imports/inspections/x/inspection.csv", bytes(somersetAs("Norfolk")))),
                        "?dryRun=false")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0]").value(containsString("its path leads outside the zip")));
        Map<String, byte[]> nested = new LinkedHashMap<>();
        nested.put("inner.zip", reportsZip());
        post("application/zip", BatchReports.zip(nested), "?dryRun=false")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0]").value(containsString("a zip inside the zip is not read")));
        post("application/zip", new byte[(int) BatchLimits.MAX_ZIP_BYTES + 1], "?dryRun=false")
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.error").value(containsString("the limit is " + BatchLimits.MAX_ZIP_BYTES)));
        post("application/zip", new byte[0], "?dryRun=false").andExpect(status().isBadRequest());
        post("application/zip", reportsZip(), "?dryRun=false&provider=norfolk")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("provider applies to a single report")));
        post("application/octet-stream", reportsZip(), "?dryRun=false")
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value(containsString("application/zip")));
        assertNothingWritten(before);
    }

    @Test
    void a_single_pdf_is_read_and_its_problems_point_at_its_page_and_line() throws Exception {
        byte[] pdf = BatchReports.pdf(List.of(
                "An inspection of probation services in:",
                "Norfolk PDU",
                "HM Inspectorate of Probation, July 2023",
                "The fieldwork for this inspection started on 12 June 2023."));
        post("application/pdf", pdf, "?dryRun=true")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.recognised[?(@.field == 'title')].where").value("upload.pdf page 1 line 1"))
                .andExpect(jsonPath("$.recognised[?(@.field == 'published')].where")
                        .value("upload.pdf page 1 line 3"))
                .andExpect(jsonPath("$.errors[0]").value(startsWith("upload.pdf")))
                .andExpect(jsonPath("$.errors")
                        .value(org.hamcrest.Matchers.hasItem(
                                "upload.pdf: no key-question or prompt percent found in any table")));
        post("application/pdf", bytes("not a pdf at all"), "?dryRun=true")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0]").value("upload.pdf: not a PDF (it does not begin with '%PDF-')"));
    }

    @Test
    void a_report_naming_no_known_provider_is_imported_with_the_provider_chosen_and_an_unknown_id_is_named()
            throws Exception {
        byte[] atlantis = bytes(somersetAs("Atlantis"));
        post("text/plain", atlantis, "?dryRun=true")
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        jsonPath("$.recognised[?(@.field == 'provider')].shown").value("not recognised"))
                .andExpect(jsonPath("$.errors[0]").value(containsString("the provider is not recognised")));
        post("text/plain", atlantis, "?dryRun=true&provider=norfolk")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inspectionId").value("norfolk-2023"))
                .andExpect(
                        jsonPath("$.recognised[?(@.field == 'provider')].how").value("chosen by the analyst"));
        post("text/plain", atlantis, "?dryRun=true&provider=atlantis")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(startsWith("no provider 'atlantis'")));
        post("text/csv", bytes("# file: inspection.csv\n"), "?dryRun=true&provider=norfolk")
                .andExpect(status().isBadRequest());
    }
}
