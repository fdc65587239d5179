package org.probation.analytics.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.probation.analytics.db.Tables.CASE_SAMPLE;
import static org.probation.analytics.db.Tables.COMPARATOR;
import static org.probation.analytics.db.Tables.CONTEXT_FIGURE;
import static org.probation.analytics.db.Tables.RESULT;
import static org.probation.analytics.db.Tables.STANDARD_RATING;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.probation.analytics.TestDatabase;

/**
 * Every transcribed figure of the seed datasets is printed where its row says it is: line
 * {@code source_line} of the seed report {@code source_file} (in {@code ../shared/seeds/}, beside
 * the checkout) holds the row's printed text, in the row's own column where the line is a table
 * row, and the number loaded is the number printed. Outside CI a missing seed folder skips the class.
 */
class SeedProvenanceTest {

    static final Path SEEDS = Path.of("..", "shared", "seeds");
    /** Footnote references (superscript digits, HTML sup tags): the dataset may keep or drop them. */
    static final Pattern FOOTNOTE = Pattern.compile("<sup>[^<]*</sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]+");

    static final Pattern TAG = Pattern.compile("<[^>]+>");
    static final Pattern PERCENT_CELL = Pattern.compile("\\d+(\\.\\d+)?%\\*?");
    /** Column order of the PDU-round tables: Community sentences, Post-release sentences, All cases. */
    static final List<String> PDU_COLUMNS = List.of("community", "licence", "all");

    static TestDatabase db;
    static final Map<String, List<String>> seedLines = new HashMap<>();

    /** One row's printed text and where it cites it. */
    record Printed(String row, String text, String file, Integer line, String subsample, boolean comparator) {}

    @BeforeAll
    static void load() {
        if (!Files.isDirectory(SEEDS)) {
            String why = "no seed reports at " + SEEDS.toAbsolutePath().normalize() + " (see datasets/README.md)";
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true requires the seed reports: " + why);
            }
            Assumptions.abort("seed provenance test skipped: " + why);
        }
        db = new TestDatabase();
        new DatasetLoader(db.dataSource).load(Path.of("datasets"));
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void every_result_percent_is_printed_on_its_source_line() {
        assertAllPrinted(results());
    }

    @Test
    void every_comparator_percent_is_printed_on_its_source_line() {
        assertAllPrinted(comparators());
    }

    @Test
    void every_standard_rating_is_printed_on_its_source_line_and_read_without_its_footnote_marker() {
        List<Printed> ratings = db.dsl
                .selectFrom(STANDARD_RATING)
                .fetch(r -> new Printed(
                        "rating " + r.getInspectionId() + " " + r.getStandardCode(),
                        r.getRatingPrinted(),
                        r.getSourceFile(),
                        r.getSourceLine(),
                        null,
                        false));
        assertAllPrinted(ratings);
        // "Good¹¹" (Midlands 3.2, footnote 11 on the positive bias of the victim sample) is a Good
        db.dsl
                .selectFrom(STANDARD_RATING)
                .forEach(r -> assertThat(normalise(r.getRatingPrinted()))
                        .as(r.getInspectionId() + " " + r.getStandardCode())
                        .isEqualTo(r.getRating()));
    }

    @Test
    void every_sample_quote_and_context_figure_is_printed_on_its_source_line() {
        List<Printed> rows = new ArrayList<>(db.dsl
                .selectFrom(CASE_SAMPLE)
                .fetch(r -> new Printed(
                        "sample " + r.getInspectionId() + " " + r.getSample() + " " + r.getSubsample(),
                        r.getQuote(),
                        r.getSourceFile(),
                        r.getSourceLine(),
                        null,
                        false)));
        rows.addAll(db.dsl
                .selectFrom(CONTEXT_FIGURE)
                .where(CONTEXT_FIGURE.SOURCE_LINE.isNotNull())
                .fetch(r -> new Printed(
                        "context " + r.getInspectionId() + " " + r.getTableName() + " / " + r.getRowLabel() + " / "
                                + r.getColumnLabel(),
                        r.getValuePrinted(),
                        r.getSourceFile(),
                        r.getSourceLine(),
                        null,
                        false)));
        assertAllPrinted(rows);
    }

    @Test
    void every_percent_is_the_number_printed_or_else_the_share_of_its_counts() {
        List<String> wrong = new ArrayList<>();
        Pattern number = Pattern.compile("\\d+(\\.\\d+)?");
        db.dsl.selectFrom(RESULT).forEach(r -> {
            BigDecimal expected;
            if (r.getPercentPrinted() != null) {
                Matcher m = number.matcher(r.getPercentPrinted());
                expected = m.find() ? new BigDecimal(m.group()) : null;
            } else {
                expected = BigDecimal.valueOf(100.0 * r.getYesCount() / r.getDenominator())
                        .setScale(2, RoundingMode.HALF_UP);
            }
            if (expected == null || expected.compareTo(r.getPercent()) != 0) {
                wrong.add(r.getInspectionId() + " " + r.getItemCode() + " " + r.getSubsample() + " line "
                        + r.getSourceLine() + ": '" + r.getPercentPrinted() + "' / " + r.getYesCount() + " of "
                        + r.getDenominator() + " loaded as " + r.getPercent());
            }
        });
        db.dsl.selectFrom(COMPARATOR).forEach(r -> {
            Matcher m = number.matcher(r.getPercentPrinted());
            if (!m.find() || new BigDecimal(m.group()).compareTo(r.getPercent()) != 0) {
                wrong.add("comparator " + r.getInspectionId() + " " + r.getSeries() + " " + r.getItemCode() + ": '"
                        + r.getPercentPrinted() + "' loaded as " + r.getPercent());
            }
        });
        assertThat(wrong).as("percent not the printed number").isEmpty();
    }

    /**
     * Where the cited line is a table row with a figure per column, the row's figure is the one in
     * its own column: community / post-release / all cases in the PDU-round tables (3 figures), the
     * inspection's own then the comparator in the South West comparison tables (2 figures).
     */
    @Test
    void a_figure_from_a_table_row_is_the_one_in_the_column_of_its_subsample_or_series() {
        List<Printed> rows = new ArrayList<>(results());
        rows.addAll(comparators());
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Printed p : rows) {
            String line = p.line() == null ? null : seedLine(p.file(), p.line());
            if (line == null) {
                continue; // reported by the provenance tests
            }
            List<String> cells = new ArrayList<>();
            String[] split = line.split("\t");
            for (int i = 1; i < split.length; i++) {
                if (PERCENT_CELL.matcher(split[i].strip()).matches()) {
                    cells.add(split[i].strip());
                }
            }
            int column = switch (cells.size()) {
                case 3 -> PDU_COLUMNS.indexOf(p.subsample());
                case 2 -> p.comparator() ? 1 : 0;
                default -> -2;
            };
            if (column == -2) {
                continue;
            }
            checked++;
            if (column < 0 || !cells.get(column).equals(p.text())) {
                wrong.add(p.row() + ": '" + p.text() + "' but the row prints " + cells);
            }
        }
        assertThat(wrong).as("figures in the wrong column").isEmpty();
        assertThat(checked)
                .as("table rows checked (Swansea and South West tables)")
                .isGreaterThan(200);
    }

    static List<Printed> results() {
        return db.dsl
                .selectFrom(RESULT)
                .where(RESULT.PERCENT_PRINTED.isNotNull())
                .fetch(r -> new Printed(
                        "result " + r.getInspectionId() + " " + r.getItemCode() + " " + r.getSubsample() + " ["
                                + r.getSourceSection() + "]",
                        r.getPercentPrinted(),
                        r.getSourceFile(),
                        r.getSourceLine(),
                        r.getSubsample(),
                        false));
    }

    static List<Printed> comparators() {
        return db.dsl
                .selectFrom(COMPARATOR)
                .fetch(r -> new Printed(
                        "comparator " + r.getInspectionId() + " " + r.getSeries() + " " + r.getItemCode() + " "
                                + r.getSubsample(),
                        r.getPercentPrinted(),
                        r.getSourceFile(),
                        r.getSourceLine(),
                        r.getSubsample(),
                        true));
    }

    /**
     * The printed text, footnote markers and HTML tags removed and whitespace collapsed on both
     * sides, must occur on the cited line as a whole token ("8%" is not found in "48%"). The seed
     * texts are hard-wrapped, so it may run on into the next line, but it must start on the cited one
     * (context: Somerset's "(64 per" / "cent)", lines 416-417).
     */
    static void assertAllPrinted(List<Printed> rows) {
        List<String> mismatches = new ArrayList<>();
        for (Printed p : rows) {
            String line = p.line() == null ? null : seedLine(p.file(), p.line());
            if (line == null) {
                mismatches.add(p.row() + ": " + p.file() + " has no line " + p.line());
                continue;
            }
            String cited = normalise(line);
            String next = seedLine(p.file(), p.line() + 1);
            String token = "(?<![\\p{L}\\p{N}.])" + Pattern.quote(normalise(p.text())) + "(?![\\p{L}\\p{N}])";
            Matcher m = Pattern.compile(token).matcher(next == null ? cited : cited + " " + normalise(next));
            if (!m.find() || m.start() >= cited.length()) {
                mismatches.add(p.row() + ": '" + p.text() + "' not on " + p.file() + " line " + p.line() + ": " + line);
            }
        }
        assertThat(rows).as("rows to check").isNotEmpty();
        assertThat(mismatches)
                .as("rows whose printed text is not on their source line")
                .isEmpty();
    }

    static String normalise(String s) {
        return TAG.matcher(FOOTNOTE.matcher(s).replaceAll(""))
                .replaceAll("")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** Line {@code n} (1-based) of a seed report, null past its end or for a missing report. */
    static String seedLine(String file, int n) {
        List<String> lines = seedLines.computeIfAbsent(file, f -> {
            if (!Files.isRegularFile(SEEDS.resolve(f))) {
                return List.of();
            }
            try {
                return Files.readAllLines(SEEDS.resolve(f), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : null;
    }
}
