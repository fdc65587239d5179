package org.probation.analytics.stats;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Benjamini-Hochberg and Holm against R's p.adjust, on 10 families of 1 to 50 p-values (ties, zeros
 * and ones, tiny values, and the p-values of the two-proportion reference cases).
 *
 * <p>src/test/resources/stats/reference-p-adjust.csv was produced, from the repository root, by
 * {@code Rscript src/test/resources/stats/reference.R} (R 4.2.2): {@code p.adjust(p, method = "BH")}
 * and {@code p.adjust(p, method = "holm")} per family.
 */
class AdjustmentReferenceTest {

    record Family(int id, List<ReferenceCsv.Row> rows) {

        double[] column(String name) {
            return rows.stream().mapToDouble(r -> r.number(name)).toArray();
        }

        @Override
        public String toString() {
            return "family " + id + " of " + rows.size() + " p-values";
        }
    }

    static List<Family> families() {
        Map<Integer, List<ReferenceCsv.Row>> byFamily = ReferenceCsv.read("reference-p-adjust.csv", 2).stream()
                .collect(Collectors.groupingBy(r -> r.integer("family"), TreeMap::new, Collectors.toList()));
        return byFamily.entrySet().stream()
                .map(e -> new Family(e.getKey(), e.getValue()))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("families")
    void benjamini_hochberg_q_values_agree_with_p_adjust(Family family) {
        double[] q = MultipleComparisons.benjaminiHochberg(family.column("p"));
        double[] expected = family.column("bh");
        for (int i = 0; i < q.length; i++) {
            Close.check("q[" + i + "]", expected[i], q[i]);
        }
    }

    @ParameterizedTest
    @MethodSource("families")
    void holm_adjusted_p_values_agree_with_p_adjust(Family family) {
        double[] adjusted = MultipleComparisons.holm(family.column("p"));
        double[] expected = family.column("holm");
        for (int i = 0; i < adjusted.length; i++) {
            Close.check("Holm[" + i + "]", expected[i], adjusted[i]);
        }
    }
}
