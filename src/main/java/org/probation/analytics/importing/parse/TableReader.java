package org.probation.analytics.importing.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the report's tables (tab-separated rows, or a question followed by its percents) into printed percents
 * per sub-sample column, following column headings across page breaks (footnotes and blank lines inside a table).
 */
final class TableReader {

    /** A percent printed in one column of a table row; {@code subsample} from the column heading. */
    record Cell(String subsample, String printed, String number, String marker, boolean onlyColumn) {}

    /**
     * A table row with a label: its cells (none for a heading or group row such as a key question over prompts),
     * or why its values could not be read; {@code table} numbers the tables (a page break does not end one).
     */
    record Row(int line, int table, String label, List<Cell> cells, String problem) {}

    /** A line explaining a marker, e.g. "Questions marked ** do not apply in every case". */
    record MarkerMeaning(int line, String marker, String text) {}

    private static final String COMPARATOR = "-";
    private static final Pattern INLINE = Pattern.compile(
            "^(.+?\\?[\\s*⁰¹²³⁴⁵⁶⁷⁸⁹]*)((?:\\s+\\d{1,3}(?:\\.\\d+)?\\s*(?:%|per\\s*cent)\\s*\\**)+)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_VALUE =
            Pattern.compile("\\d{1,3}(?:\\.\\d+)?\\s*(?:%|per\\s*cent)\\s*\\**", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEANING = Pattern.compile(
            "^(?:(?:\\w+\\s+){1,4}(?:marked|with)\\s+(\\*+)|(\\*+)\\s*(?:denotes|indicates|means|=))\\s+\\S.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FOOTNOTE_OR_PAGE = Pattern.compile(
            "^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+.*|\\d{1,2}\\s+\\S.*|(?i:page\\s+)?\\d{1,3}(?:\\s+of\\s+\\d+)?|[-_=*\\s]{3,})$");

    private final String[] lines;
    private final SectionFinder sections;
    private final List<Row> rows = new ArrayList<>();
    private final List<MarkerMeaning> meanings = new ArrayList<>();

    TableReader(String[] lines, SectionFinder sections) {
        this.lines = lines;
        this.sections = sections;
        read();
    }

    List<Row> rows() {
        return rows;
    }

    List<MarkerMeaning> meanings() {
        return meanings;
    }

    private void read() {
        List<String> layout = null;
        List<String> lastLayout = null;
        int table = 0;
        boolean afterHeading = false;
        for (int n = 1; n <= lines.length; n++) {
            String raw = lines[n - 1];
            if (raw.isBlank()) {
                continue;
            }
            List<String> cells = cells(raw);
            if (cells == null) {
                String plain = Text.plain(raw);
                Matcher meaning = MEANING.matcher(Text.unify(plain));
                if (meaning.matches()) {
                    String marker = meaning.group(1) != null ? meaning.group(1) : meaning.group(2);
                    meanings.add(new MarkerMeaning(n, marker, plain));
                } else if (!FOOTNOTE_OR_PAGE.matcher(plain).matches()) {
                    layout = null; // prose or a heading: the table, if any, has ended
                    if (plain.length() > 60
                            || plain.endsWith(".")
                            || plain.endsWith(":")
                            || sections.isHeading(n) && Character.isDigit(plain.charAt(0))) {
                        table++;
                    }
                }
                continue;
            }
            List<String> values = cells.subList(1, cells.size());
            List<Integer> filled = new ArrayList<>();
            boolean anyPercent = false;
            for (int i = 0; i < values.size(); i++) {
                if (!values.get(i).isEmpty()) {
                    filled.add(i);
                    anyPercent |= Text.percent(values.get(i)).isPresent();
                }
            }
            if (!anyPercent) {
                List<String> heading = heading(values);
                if (heading != null) {
                    table += afterHeading ? 0 : 1;
                    layout = heading;
                    lastLayout = heading;
                } else if (sections.isHeading(n)) {
                    layout = null;
                    table++;
                }
                afterHeading = heading != null;
                rows.add(new Row(n, table, cells.get(0), List.of(), null));
                continue;
            }
            afterHeading = false;
            List<String> columns = fits(layout, filled)
                    ? layout
                    : layout == null && filled.size() > 1 && fits(lastLayout, filled) ? lastLayout : null;
            if (columns == null && filled.size() > 1) {
                rows.add(new Row(
                        n,
                        table,
                        cells.get(0),
                        List.of(),
                        filled.size() + " values do not line up with the column" + " headings"
                                + (layout == null ? " (none found)" : " " + layout)));
                continue;
            }
            rows.add(new Row(n, table, cells.get(0), cellsOf(values, filled, columns), null));
        }
    }

    private static List<Cell> cellsOf(List<String> values, List<Integer> filled, List<String> columns) {
        long results = columns == null
                ? 1
                : columns.stream()
                        .filter(c -> c != null && !c.equals(COMPARATOR))
                        .count();
        List<Cell> out = new ArrayList<>();
        for (int i : filled) {
            String subsample = columns == null ? "all" : columns.get(i);
            Optional<Text.Percent> percent = Text.percent(values.get(i));
            if (subsample.equals(COMPARATOR) || percent.isEmpty()) {
                continue;
            }
            String printed = Text.withoutFootnotes(values.get(i));
            out.add(new Cell(
                    subsample, printed, percent.get().number(), percent.get().marker(), results == 1));
        }
        return out;
    }

    private static boolean fits(List<String> columns, List<Integer> filled) {
        return columns != null && filled.stream().allMatch(i -> i < columns.size() && columns.get(i) != null);
    }

    /** The cells of a table row, cleaned of markup; null when the line is not a table row. */
    static List<String> cells(String raw) {
        if (raw.indexOf('\t') >= 0) {
            return Arrays.stream(raw.split("\t", -1)).map(Text::plain).toList();
        }
        Matcher m = INLINE.matcher(Text.plain(raw));
        if (!m.matches()) {
            return null;
        }
        List<String> cells = new ArrayList<>(List.of(m.group(1).strip()));
        Matcher v = INLINE_VALUE.matcher(m.group(2));
        while (v.find()) {
            cells.add(v.group().strip());
        }
        return cells;
    }

    /** The sub-sample of each column when every filled cell is a column heading; null otherwise. */
    private static List<String> heading(List<String> values) {
        List<String> columns = new ArrayList<>();
        boolean any = false;
        for (String value : values) {
            if (value.isEmpty()) {
                columns.add(null);
                continue;
            }
            String column = column(value);
            if (column == null) {
                return null;
            }
            columns.add(column);
            any = true;
        }
        while (!columns.isEmpty() && columns.getLast() == null) {
            columns.removeLast();
        }
        return any ? columns : null;
    }

    /** The sub-sample a column heading names, {@link #COMPARATOR} for a comparison figure, null if not a heading. */
    static String column(String heading) {
        String h = Text.withoutFootnotes(Text.unify(heading))
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
        if (h.matches(".*\\b(current|this) (inspection|nps|region|division|pdu|crc|provider)\\b.*|all cases")) {
            return "all";
        }
        if (h.contains("community")) {
            return "community";
        }
        if (h.matches(".*\\b(post-release|licence|license|post-custody|custodial)\\b.*")) {
            return "licence";
        }
        if (h.matches(".*\\bhigh( and |/| or )very high\\b.*")) {
            return "high_very_high";
        }
        for (String group : List.of("very high", "high", "medium", "low", "female", "male")) {
            if (h.matches("(?:.*\\b)?" + group + "\\b.*") && !h.startsWith("all")) {
                return group.replace(' ', '_');
            }
        }
        if (h.matches("all\\b.*|.*\\b(national|england|previous|last|comparator|average|benchmark|region|division"
                + "|year one)\\b.*")) {
            return COMPARATOR;
        }
        return h.matches(".*\\b(percentage|yes|scores?|results?|rating)\\b.*") ? "all" : null;
    }
}
