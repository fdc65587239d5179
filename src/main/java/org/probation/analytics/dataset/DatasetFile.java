package org.probation.analytics.dataset;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * The kinds of file in {@code datasets/}, each with the glob that finds them, its staging table
 * and the trailing columns a file of that kind may leave out (staged as empty).
 */
enum DatasetFile {
    REFERENCE("glob:reference/probation-regions-and-pdus.csv", "stg_reference"),
    SUBSAMPLES("glob:subsamples.csv", "stg_subsample"),
    PROVIDERS("glob:providers.csv", "stg_provider"),
    FRAMEWORKS("glob:frameworks.csv", "stg_framework"),
    // applies_to: absent or empty for a question asked of every sub-sample;
    // short_title, short_title_line: a standard's title as printed in the ratings tables, absent if none
    FRAMEWORK_ITEMS(
            "glob:framework-items/*.csv", "stg_framework_item", "applies_to", "short_title", "short_title_line"),
    QUESTION_MAPPING("glob:question-mapping.csv", "stg_question_mapping"),
    STANDARD_SAMPLES("glob:standard-samples.csv", "stg_standard_sample"),
    SUCCESSION("glob:provider-succession.csv", "stg_succession"),
    // synthetic: absent in real datasets (false), true in a generated one (see synthetic/)
    INSPECTIONS("glob:inspections/*/inspection.csv", "stg_inspection", "synthetic"),
    SAMPLES("glob:inspections/*/samples.csv", "stg_sample"),
    RESULTS("glob:inspections/*/results.csv", "stg_result"),
    RATINGS("glob:inspections/*/ratings.csv", "stg_rating"),
    COMPARATORS("glob:inspections/*/comparators.csv", "stg_comparator"),
    CONTEXT("glob:inspections/*/context.csv", "stg_context"),
    FLAGS("glob:inspections/*/flags.csv", "stg_flag");

    final String glob;
    final String stagingTable;
    final List<String> optionalColumns;
    /** The glob compiled once: a load asks every file against every kind. */
    private final PathMatcher matcher;

    DatasetFile(String glob, String stagingTable, String... optionalColumns) {
        this.glob = glob;
        this.matcher = FileSystems.getDefault().getPathMatcher(glob);
        this.stagingTable = stagingTable;
        this.optionalColumns = List.of(optionalColumns);
    }

    /** Whether a path relative to the datasets folder is a file of this kind. */
    boolean matches(Path relative) {
        return matcher.matches(relative);
    }

    /** Files of one inspection's folder (the only kind an import may hold). */
    boolean perInspection() {
        return glob.startsWith("glob:inspections/");
    }

    /** Files that must exist exactly once; the others may be absent or repeated. */
    boolean required() {
        return this == REFERENCE || this == SUBSAMPLES || this == FRAMEWORKS;
    }
}
