package org.probation.analytics.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probation.analytics.base.CountKind;
import org.probation.analytics.stats.Alternative;
import org.probation.analytics.stats.ReadingRange;
import org.probation.analytics.stats.TestUsed;
import org.probation.analytics.stats.Verdict;

/**
 * Verdicts over every consistent count against R: src/test/resources/stats/reference-readings.R
 * (R 4.2, prop.test with correct = FALSE on every combination, the app's small-sample guard)
 * writes reference-readings.csv, hand-worked cases from the Swansea and Somerset seeds and
 * constructed ones (an untested reading, none significant, every one significant, a pool).
 */
class ReadingVerdictsReferenceTest {

    record Case(
            String name,
            boolean paired,
            String a,
            String b,
            int combinations,
            Double pMin,
            Double pMax,
            String verdict) {}

    static List<Case> cases() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/stats/reference-readings.csv")).stream()
                .skip(1)
                .map(line -> {
                    String[] f = Arrays.stream(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"))
                            .map(s -> s.replace("\"", ""))
                            .toArray(String[]::new);
                    return new Case(
                            f[0],
                            f[1].equals("paired"),
                            f[2],
                            f[3],
                            Integer.parseInt(f[4]),
                            f[5].isEmpty() ? null : Double.valueOf(f[5]),
                            f[6].isEmpty() ? null : Double.valueOf(f[6]),
                            f[7]);
                })
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_verdict_over_every_consistent_count_matches_r(Case c) {
        Counts a = counts(c.a(), c.paired());
        Counts b = counts(c.b(), c.paired());
        Double pointP = ReadingRange.twoSampleP(b.x(), b.n(), a.x(), a.n(), Alternative.TWO_SIDED);

        ReadingRange range = ReadingVerdicts.twoSample(
                a,
                b,
                0.1,
                pointP,
                pointP == null ? TestUsed.NONE : TestUsed.POOLED_Z,
                ReadingRange.twoSampleGuard(b.x(), b.n(), a.x(), a.n()));

        assertThat(range.verdict().code()).as(c.name()).isEqualTo(c.verdict());
        assertThat(range.combinations()).isEqualTo(c.combinations());
        assertThat(range.pMin()).isCloseTo(c.pMin(), within(1e-12 + 1e-9 * c.pMin()));
        assertThat(range.pMax()).isCloseTo(c.pMax(), within(1e-12 + 1e-9 * c.pMax()));
    }

    @Test
    void a_split_pairs_its_members_and_two_inspections_combine_freely() {
        // paired: (8/24, 10/16) and (4/12, 5/8) only; combined freely there would be four, (8/24, 5/8) among them
        Counts a = counts("8/24;4/12", true);
        Counts b = counts("10/16;5/8", true);
        assertThat(ReadingVerdicts.twoSample(a, b, 0.1, null, TestUsed.NONE, null)
                        .combinations())
                .isEqualTo(2);
        Counts otherInspection = new Counts(
                10, 16, 62.5, CountKind.ESTIMATED, 1, "b", new Readings(new int[] {10, 5}, new int[] {16, 8}, "other"));
        assertThat(ReadingVerdicts.twoSample(a, otherInspection, 0.1, null, TestUsed.NONE, null)
                        .combinations())
                .isEqualTo(4);
    }

    @Test
    void benjamini_hochberg_is_significant_under_every_reading_only_when_it_is_at_every_largest_p() {
        // p ranges 0.01; 0.02 to 0.2; 0.5. With every p at its largest, q = 0.03, 0.3, 0.5: only the first is
        // rejected at 0.1. With every p at its smallest, q = 0.03, 0.03, 0.5: the second is rejected too.
        List<ComparisonRow> rows = ComparisonStatistics.withQValues(
                List.of(
                        row("a", 0.01, 0.01, 0.01, Verdict.SIGNIFICANT),
                        row("b", 0.02, 0.02, 0.2, Verdict.DEPENDS),
                        row("c", 0.5, 0.5, 0.5, Verdict.NOT_SIGNIFICANT)),
                0.1);

        assertThat(rows)
                .extracting(ComparisonRow::bhVerdict)
                .containsExactly("significant", "depends", "not_significant");
        assertThat(rows.get(0).q()).isCloseTo(0.03, within(1e-12));
    }

    @Test
    void holm_is_significant_under_every_reading_only_when_it_is_at_every_largest_p() {
        // With every p at its largest (0.01, 0.2, 0.5) Holm's adjusted p = 0.03, 0.4, 0.5; at every smallest
        // (0.01, 0.02, 0.5) = 0.03, 0.04, 0.5 (R: p.adjust(c(0.01, 0.02, 0.5), "holm")): the second depends
        List<ComparisonRow> rows = ComparisonStatistics.withQValues(
                List.of(
                        row("a", 0.01, 0.01, 0.01, Verdict.SIGNIFICANT),
                        row("b", 0.02, 0.02, 0.2, Verdict.DEPENDS),
                        row("c", 0.5, 0.5, 0.5, Verdict.NOT_SIGNIFICANT)),
                0.1);

        assertThat(rows)
                .extracting(ComparisonRow::holmVerdict)
                .containsExactly("significant", "depends", "not_significant");
        assertThat(rows).extracting(ComparisonRow::holmP).containsExactly(0.03, 0.04, 0.5);
        assertThat(rows)
                .extracting(Adjustment.HOLM::verdict)
                .containsExactly(Verdict.SIGNIFICANT, Verdict.DEPENDS, Verdict.NOT_SIGNIFICANT);
        assertThat(rows).extracting(Adjustment.NONE::significant).containsExactly(true, false, false);
    }

    private static ComparisonRow row(String code, double p, double pMin, double pMax, Verdict verdict) {
        return new ComparisonRow(
                new ComparisonRow.Item(code, "q", "key_question"),
                new ComparisonRow.Side("A", 1, 10, 10.0, CountKind.ESTIMATED, 1, null, null, null),
                new ComparisonRow.Side("B", 5, 10, 50.0, CountKind.ESTIMATED, 1, null, null, null),
                new ComparisonRow.Outcome(
                        40.0,
                        null,
                        null,
                        null,
                        p,
                        TestUsed.POOLED_Z,
                        verdict == Verdict.SIGNIFICANT,
                        null,
                        null,
                        true,
                        "m",
                        null,
                        null),
                new ComparisonRow.Verdicts(pMin, pMax, verdict.code(), 2, null, null, null, null),
                "A − B");
    }

    /** "x/n;x/n": the first is the point; a split's members share a group. */
    private static Counts counts(String list, boolean paired) {
        String[] parts = list.split(";");
        int[] x = new int[parts.length];
        int[] n = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            x[i] = Integer.parseInt(parts[i].split("/")[0]);
            n[i] = Integer.parseInt(parts[i].split("/")[1]);
        }
        Readings readings = parts.length == 1 ? null : new Readings(x, n, paired ? "split" : null);
        return new Counts(x[0], n[0], 100.0 * x[0] / n[0], CountKind.ESTIMATED, 1, "side", readings);
    }
}
