package org.probation.analytics.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The largest upload allowed, made of one result row repeated (issue 15): the dry run answers, its
 * flags stay one per question however often the question is printed, and the heap it leaves in use
 * is bounded. The time it takes is reported, not asserted (the benchmark's business).
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:duckdb:memory:largest-upload",
            "INSPECTIONS_ADMIN_PASSWORD=test-secret"
        })
@AutoConfigureMockMvc
class LargestUploadTest {

    @DynamicPropertySource
    static void importsFolder(DynamicPropertyRegistry registry) throws Exception {
        Path imports = Files.createTempDirectory("largest-upload");
        registry.add("inspections.imports-dir", imports::toString);
    }

    @Autowired
    MockMvc mvc;

    /** A bundle's inspection file and the header of its results file, to which rows are added. */
    private static StringBuilder bundle() {
        return new StringBuilder("# file: inspection.csv\n")
                .append(ImportCorpus.INSPECTION_HEADER)
                .append('\n')
                .append(ImportCorpus.INSPECTION_ROW)
                .append("\n# file: results.csv\n")
                .append(ImportCorpus.RESULTS_HEADER)
                .append('\n');
    }

    @Test
    void five_megabytes_of_one_duplicated_row_list_the_first_thousand_errors_and_count_the_rest() throws Exception {
        StringBuilder bundle = bundle();
        int rows = 0;
        while (bundle.length() < ImportService.MAX_BYTES - 200) {
            bundle.append(ImportCorpus.RESULT_ROW)
                    .append('\n'); // the same row in the same section: a duplicate each time
            rows++;
        }
        MvcResult result = mvc.perform(ImportApiTest.asAdmin(post("/api/imports?dryRun=true"))
                        .contentType("text/csv")
                        .content(bundle.toString().getBytes(StandardCharsets.UTF_8)))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        String answer = result.getResponse().getContentAsString();
        assertThat(answer)
                .contains(
                        "results.csv line 3, column item_code: duplicate result 2.2.3/all",
                        "\"and " + (rows - 1 - ImportPreview.LISTED) + " more errors (the first 1000 are listed)\"");
    }

    @Test
    void five_megabytes_of_one_repeated_row_are_previewed_with_one_flag_per_question() throws Exception {
        StringBuilder bundle = bundle();
        int rows = 0;
        while (bundle.length() < ImportService.MAX_BYTES - 200) {
            // the same question printed again and again, on its own line each time, half of them differently
            bundle.append(ImportCorpus.RESULT_ROW
                            .replace(",40%,40,8,20,", rows % 2 == 0 ? ",40%,40,8,20," : ",45%,45,9,20,")
                            .replace(",table,report.txt,11", ",table " + rows + ",report.txt," + (11 + rows)))
                    .append('\n');
            rows++;
        }
        byte[] body = bundle.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isLessThanOrEqualTo((int) ImportService.MAX_BYTES);

        // the heap this preview leaves behind, not what other test contexts of this JVM hold
        System.gc();
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long start = System.nanoTime();
        MvcResult result = mvc.perform(ImportApiTest.asAdmin(post("/api/imports?dryRun=true"))
                        .contentType("text/csv")
                        .content(body))
                .andReturn();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "[largest-upload] %d bytes, %d result rows: HTTP %d in %d ms%n",
                body.length, rows, result.getResponse().getStatus(), millis);

        assertThat(result.getResponse().getStatus()).isIn(200, 422);
        String answer = result.getResponse().getContentAsString();
        // one printed_twice_differently and one printed_more_than_once flag for the one question
        assertThat(answer.split("printed_twice_differently", -1)).hasSize(2);
        assertThat(answer.split("printed_more_than_once", -1)).hasSize(2);
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        assertThat(used - before).as("heap kept after the preview").isLessThan(256L * 1024 * 1024);
    }
}
