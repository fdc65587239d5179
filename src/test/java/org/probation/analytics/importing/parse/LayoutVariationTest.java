package org.probation.analytics.importing.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser does not depend on one layout: each seed report, transformed, gives the same results (item,
 * sub-sample, percent), ratings, samples and inspection fields as the seed itself.
 */
class LayoutVariationTest {

    static final List<String> SEEDS = List.of(
            "001_b158d966729c0dd6.txt",
            "000_c5dd9fdec4e932ed.txt",
            "002_468d300fb8876cf8.txt",
            "004_721eefaac5d4215c.txt");
    static final Pattern SPLIT_HEADING = Pattern.compile("^#*\\s*(\\d\\.\\s+\\p{Lu}.*|Annexe?\\b.*)$");
    static final Pattern DATA_ROW = Pattern.compile(".*\\t.*\\d\\s*%.*");

    static ReportParser parser;

    @BeforeAll
    static void parser() {
        parser = SeedFixtures.parser();
    }

    static Stream<Arguments> variations() {
        Map<String, UnaryOperator<String>> variations = new TreeMap<>(Map.of(
                "reordered sections", LayoutVariationTest::reorderSections,
                "extra blank lines and CRLF line endings", LayoutVariationTest::extraBlankLines,
                "footnote markers glued to words", LayoutVariationTest::glueFootnotes,
                "other dash and quote characters", LayoutVariationTest::otherDashesAndQuotes,
                "'per cent' instead of '%'", LayoutVariationTest::perCent,
                "tables split across page breaks", LayoutVariationTest::pageBreaks,
                "all of these at once",
                        text -> pageBreaks(
                                perCent(otherDashesAndQuotes(glueFootnotes(extraBlankLines(reorderSections(text))))))));
        return SEEDS.stream()
                .flatMap(seed -> variations.entrySet().stream().map(v -> Arguments.of(seed, v.getKey(), v.getValue())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("variations")
    void a_transformed_seed_gives_the_same_rows(String seed, String variation, UnaryOperator<String> transform) {
        String text = SeedFixtures.seed(seed);
        ParsedReport original = parser.parse(text, seed);
        String changed = transform.apply(text);
        assertThat(changed).as("the variation changes the text").isNotEqualTo(text);
        ParsedReport parsed = parser.parse(changed, seed);

        assertThat(keys(parsed.results(), "item_code", "subsample", "percent"))
                .as(variation + ": results")
                .isEqualTo(keys(original.results(), "item_code", "subsample", "percent"))
                .isNotEmpty();
        assertThat(keys(parsed.ratings(), "standard_code", "rating"))
                .as(variation + ": ratings")
                .isEqualTo(keys(original.ratings(), "standard_code", "rating"));
        assertThat(keys(parsed.samples(), "sample", "subsample", "cases"))
                .as(variation + ": samples")
                .isEqualTo(keys(original.samples(), "sample", "subsample", "cases"));
        for (String field : SeedReportParserTest.INSPECTION_FIELDS) {
            assertThat(parsed.inspection().get(field))
                    .as(variation + ": inspection " + field)
                    .isEqualTo(original.inspection().get(field));
        }
        assertThat(parsed.problems()).as(variation + ": problems").hasSameSizeAs(original.problems());
    }

    static TreeSet<String> keys(List<ParsedRow> rows, String... columns) {
        TreeSet<String> keys = new TreeSet<>();
        for (ParsedRow row : rows) {
            keys.add(String.join(" ", Stream.of(columns).map(row::get).toList()));
        }
        return keys;
    }

    /** The domain and annexe sections in reverse order (annexes first), the front matter kept first. */
    static String reorderSections(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        List<List<String>> blocks = new ArrayList<>(List.of(new ArrayList<>()));
        for (String line : lines) {
            if (line.indexOf('\t') < 0 && SPLIT_HEADING.matcher(line.strip()).matches()) {
                blocks.add(new ArrayList<>());
            }
            blocks.getLast().add(line);
        }
        List<List<String>> body = new ArrayList<>(blocks.subList(1, blocks.size()));
        Collections.reverse(body);
        List<String> out = new ArrayList<>(blocks.getFirst());
        body.forEach(out::addAll);
        return String.join("\n", out);
    }

    /** A blank line after every line, and Windows line endings. */
    static String extraBlankLines(String text) {
        return String.join("\r\n\r\n", text.split("\n", -1)) + "\r\n";
    }

    /** Footnote references glued to questions ("decision-making?¹⁷", "<sup>18</sup>", "?19") and to ratings. */
    static String glueFootnotes(String text) {
        String[] marks = {"¹⁷", "<sup>18</sup>", "19"};
        List<String> out = new ArrayList<>();
        int n = 0;
        for (String line : text.split("\n", -1)) {
            String[] cells = line.split("\t", -1);
            if (cells.length > 1 && cells[0].strip().matches(".*\\?( \\*+)*")) {
                cells[0] = cells[0].replaceFirst("\\?", Matcher.quoteReplacement("?" + marks[n++ % marks.length]));
                line = String.join("\t", cells);
            } else if (line.strip().matches("Outstanding|Good|Requires improvement|Inadequate")) {
                line = line.strip() + "²⁰";
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    /** Curly quotes and apostrophes, Unicode hyphens inside words, dashes between words. */
    static String otherDashesAndQuotes(String text) {
        return text.replaceAll("(?<=\\p{L})'(?=\\p{L})", "’")
                .replaceAll("(?<=\\s|^)'", "‘")
                .replace("'", "’")
                .replaceAll("(?<=\\p{L})-(?=\\p{L})", "\u2010")
                .replace(" - ", " — ")
                .replace(" – ", " — ")
                .replaceAll("\"(?=\\p{L})", "“")
                .replace("\"", "”");
    }

    /** "55 per cent" wherever the report prints "55%". */
    static String perCent(String text) {
        return text.replaceAll("(\\d)\\s?%", "$1 per cent");
    }

    /** Every table broken after each second data row by a page break: footnote, running header, page number, blank lines. */
    static String pageBreaks(String text) {
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        int run = 0;
        for (int i = 0; i < lines.length; i++) {
            out.add(lines[i]);
            boolean dataRow = DATA_ROW.matcher(lines[i]).matches() || lines[i].matches(".*\\t.*\\d per cent.*");
            run = dataRow ? run + 1 : lines[i].indexOf('\t') >= 0 ? run : 0;
            if (dataRow && run % 2 == 0 && i + 1 < lines.length && lines[i + 1].indexOf('\t') >= 0) {
                out.addAll(List.of(
                        "",
                        "²¹ Data supplied by the provider; see the data workbook for this inspection.",
                        "",
                        "Inspection of probation services",
                        "",
                        String.valueOf(20 + i % 30),
                        ""));
            }
        }
        return String.join("\n", out);
    }
}
