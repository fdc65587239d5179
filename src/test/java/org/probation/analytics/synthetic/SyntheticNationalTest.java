package org.probation.analytics.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator: determinism, coverage, marking and the counts of every sample and result. */
class SyntheticNationalTest {

    @TempDir
    Path dir;

    final GeneratedDataset data = GeneratedDataset.seed42();
    final GenerationReport report = data.report();

    @Test
    void the_same_seed_writes_byte_identical_files_and_another_seed_different_ones() {
        Map<String, byte[]> first = data.files();
        Map<String, byte[]> again = GeneratedDataset.of(SyntheticNational.write(dir.resolve("again"), 42))
                .files();
        Map<String, byte[]> other = GeneratedDataset.of(SyntheticNational.write(dir.resolve("other"), 43))
                .files();

        assertThat(again.keySet()).isEqualTo(first.keySet());
        assertThat(first.keySet())
                .allSatisfy(f -> assertThat(again.get(f)).as(f).isEqualTo(first.get(f)));
        assertThat(other.keySet()).isEqualTo(first.keySet());
        List<String> results =
                first.keySet().stream().filter(f -> f.endsWith("results.csv")).toList();
        assertThat(results)
                .hasSize(366)
                .allSatisfy(f -> assertThat(Arrays.equals(other.get(f), first.get(f)))
                        .as(f)
                        .isFalse());
        // the copied reference files do not depend on the seed
        assertThat(other.get("frameworks.csv")).isEqualTo(first.get("frameworks.csv"));
    }

    @Test
    void every_region_and_pdu_is_inspected_three_times_and_every_inspection_is_marked_synthetic() throws Exception {
        List<Map<String, String>> inspections = data.all("inspection.csv");

        assertThat(inspections).hasSize(366);
        assertThat(report.inspections()).isEqualTo(366);
        Map<String, Long> perProvider =
                inspections.stream().collect(Collectors.groupingBy(i -> i.get("provider_id"), Collectors.counting()));
        assertThat(perProvider)
                .hasSize(122)
                .allSatisfy((provider, n) -> assertThat(n).as(provider).isEqualTo(3));
        assertThat(inspections.stream().filter(i -> i.get("framework").equals("nps-2018")))
                .hasSize(36);
        assertThat(inspections.stream().filter(i -> i.get("framework").equals("pdu-2021")))
                .hasSize(330);
        assertThat(inspections).allSatisfy(i -> {
            assertThat(i.get("synthetic")).isEqualTo("true");
            assertThat(i.get("title")).startsWith("SYNTHETIC — ");
        });
        assertThat(inspections.stream()
                        .filter(i -> i.get("id").equals("somerset-2022"))
                        .findFirst()
                        .orElseThrow())
                .containsEntry("title", "SYNTHETIC — An inspection of probation services in: Somerset PDU");
        assertThat(Files.readString(report.out().resolve("SYNTHETIC.md"))).contains("not real inspection results");
    }

    @Test
    void sub_samples_add_up_to_the_whole_sample_in_each_split() {
        Map<String, Map<String, Integer>> cases = new HashMap<>();
        for (Map<String, String> s : data.all("samples.csv")) {
            cases.computeIfAbsent(s.get("inspection_id") + "/" + s.get("sample"), k -> new HashMap<>())
                    .put(s.get("subsample"), Integer.parseInt(s.get("cases")));
        }
        assertThat(cases.entrySet().stream().filter(e -> e.getKey().endsWith("/case_supervision")))
                .hasSize(366)
                .allSatisfy(e -> {
                    Map<String, Integer> n = e.getValue();
                    assertThat(n.get("all")).as(e.getKey()).isBetween(40, 140);
                    assertThat(sum(n, "community", "licence")).as(e.getKey()).isEqualTo(n.get("all"));
                    assertThat(sum(n, "low", "medium", "high_very_high"))
                            .as(e.getKey())
                            .isEqualTo(n.get("all"));
                });

        Map<String, Map<String, Map<String, String>>> results = data.all("results.csv").stream()
                .collect(Collectors.groupingBy(
                        r -> r.get("inspection_id") + "/" + r.get("item_code"),
                        Collectors.toMap(r -> r.get("subsample"), Function.identity())));
        List<Map<String, Map<String, String>>> split = results.values().stream()
                .filter(r -> r.containsKey("community"))
                .toList();
        assertThat(split).hasSizeGreaterThan(300 * 70);
        assertThat(split).allSatisfy(bySubsample -> {
            for (String field : List.of("yes_count", "denominator")) {
                int all = count(bySubsample, "all", field);
                assertThat(count(bySubsample, "community", field) + count(bySubsample, "licence", field))
                        .isEqualTo(all);
                assertThat(count(bySubsample, "low", field)
                                + count(bySubsample, "medium", field)
                                + count(bySubsample, "high_very_high", field))
                        .isEqualTo(all);
            }
        });
    }

    @Test
    void every_count_is_stated_and_every_percent_is_its_share_rounded_half_up() {
        Map<String, Integer> cases = data.all("samples.csv").stream()
                .collect(Collectors.toMap(
                        s -> s.get("inspection_id") + "/" + s.get("sample") + "/" + s.get("subsample"),
                        s -> Integer.parseInt(s.get("cases"))));
        Map<String, String> frameworkOf = data.frameworkOf();
        Map<String, String> sampleOf = data.sampleOfStandard();
        List<Map<String, String>> results = data.all("results.csv");

        assertThat(results).hasSize(report.rows().get("results.csv").intValue()).allSatisfy(r -> {
            int x = Integer.parseInt(r.get("yes_count"));
            int n = Integer.parseInt(r.get("denominator"));
            assertThat(n).isPositive();
            assertThat(x).isBetween(0, n);
            int rounded = BigDecimal.valueOf(100L * x)
                    .divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP)
                    .intValue();
            assertThat(r.get("percent")).isEqualTo(String.valueOf(rounded));
            assertThat(r.get("percent_printed")).isEqualTo(rounded + "%");
            // a denominator never exceeds the cases of its sample's sub-sample
            String id = r.get("inspection_id");
            String sample = sampleOf.get(frameworkOf.get(id) + "|" + GeneratedDataset.standardOf(r.get("item_code")));
            assertThat(n).isLessThanOrEqualTo(cases.get(id + "/" + sample + "/" + r.get("subsample")));
        });
        // relevant-cases-only questions are marked, with the reason
        assertThat(results.stream().filter(r -> "**".equals(r.get("marker"))))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("marker_meaning")).startsWith("Relevant cases only"));
    }

    @Test
    void refuses_to_write_over_a_folder_that_holds_no_synthetic_dataset() throws Exception {
        Path real = dir.resolve("real");
        Files.createDirectories(real.resolve("inspections"));
        Files.writeString(real.resolve("frameworks.csv"), "code\n");

        assertThatThrownBy(() -> SyntheticNational.write(real, 42))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds no synthetic dataset");
        assertThat(Files.readString(real.resolve("frameworks.csv"))).isEqualTo("code\n");
    }

    private static int sum(Map<String, Integer> n, String... subsamples) {
        return Arrays.stream(subsamples).mapToInt(s -> n.getOrDefault(s, 0)).sum();
    }

    private static int count(Map<String, Map<String, String>> bySubsample, String subsample, String field) {
        Map<String, String> row = bySubsample.get(subsample);
        return row == null ? 0 : Integer.parseInt(row.get(field));
    }
}
