package org.probation.analytics.importing.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.probation.analytics.importing.pdf.Inline.Run;

/**
 * A seed report's text read as blocks: headings ({@code #}..{@code ###}), rules ({@code ---}), paragraphs (one
 * line each; bullets {@code - }; footnote texts, which start with a footnote marker), blank gaps, and tables (a run
 * of consecutive lines with TAB-separated cells). A page break is put before "Contents": the lines above it are
 * the report's cover.
 *
 * @param title the place the report is about (the line after "An inspection of ..."), for running page heads
 */
record SeedReport(String title, List<Block> blocks) {

    sealed interface Block permits Heading, Para, Rule, Gap, PageBreak, Table {}

    /** A heading, level 1..3; {@code line} is the seed line (1-based), for error messages. */
    record Heading(int level, List<Run> runs, int line) implements Block {}

    record Para(List<Run> runs, Kind kind, int line) implements Block {}

    enum Kind {
        BODY,
        BULLET,
        FOOTNOTE
    }

    record Rule(int line) implements Block {}

    record Gap() implements Block {}

    record PageBreak() implements Block {}

    /** A seed table row: its cells' runs, padded to the table's column count. */
    record Row(List<List<Run>> cells, int line) {
        String text(int column) {
            return Inline.text(cells.get(column)).strip();
        }
    }

    /** @param headed the first row is a heading row ("Standard/Key question", "Rating/% yes") */
    record Table(List<Row> rows, int columns, boolean headed) implements Block {}

    private static final Pattern HEADING = Pattern.compile("^\\s*(#{1,6})\\s+.*");
    private static final Pattern RULE = Pattern.compile("^\\s*-{3,}\\s*$");
    private static final Pattern DASHES = Pattern.compile("^\\s*-*\\s*$");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    static SeedReport parse(String seed) {
        List<String> lines = seed.lines().toList();
        List<Block> blocks = new ArrayList<>();
        List<String[]> table = new ArrayList<>();
        int tableStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('\t') >= 0) {
                if (table.isEmpty()) {
                    tableStart = i + 1;
                }
                table.add(line.split("\t", -1));
                continue;
            }
            flushTable(blocks, table, tableStart);
            if (line.isBlank()) {
                if (!blocks.isEmpty() && !(blocks.getLast() instanceof Gap)) {
                    blocks.add(new Gap());
                }
            } else if (RULE.matcher(line).matches()) {
                blocks.add(new Rule(i + 1));
            } else if (HEADING.matcher(line).matches()) {
                int level = Math.min(3, line.strip().indexOf(' '));
                addCoverBreak(blocks, line, i);
                blocks.add(new Heading(
                        level, Inline.parse(Inline.withoutHeadingMark(line).strip()), i + 1));
            } else {
                addCoverBreak(blocks, line, i);
                blocks.add(paragraph(line, i + 1));
            }
        }
        flushTable(blocks, table, tableStart);
        return new SeedReport(title(lines), blocks);
    }

    private static Para paragraph(String line, int number) {
        String s = line.strip();
        if (s.startsWith("- ") || s.startsWith("* ")) {
            return new Para(Inline.parse(s.substring(2).strip()), Kind.BULLET, number);
        }
        List<Run> runs = Inline.parse(s);
        boolean footnote = !runs.isEmpty() && runs.getFirst().style().sup();
        return new Para(runs, footnote ? Kind.FOOTNOTE : Kind.BODY, number);
    }

    /** The cover ends where the contents start (within the first 80 lines). */
    private static void addCoverBreak(List<Block> blocks, String line, int index) {
        if (index < 80 && Inline.withoutHeadingMark(line).strip().equals("Contents")) {
            blocks.add(new PageBreak());
        }
    }

    /**
     * The rows gathered so far as a table. Rows without a word (all cells empty or dashes, a markdown table's
     * {@code ---	-----} line) are left out; so are trailing columns empty in every row.
     */
    private static void flushTable(List<Block> blocks, List<String[]> cells, int firstLine) {
        if (cells.isEmpty()) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        int columns = 0;
        for (int r = 0; r < cells.size(); r++) {
            String[] row = cells.get(r);
            boolean words = false;
            for (String c : row) {
                words |= !DASHES.matcher(c).matches();
            }
            if (!words) {
                continue;
            }
            List<List<Run>> parsed = new ArrayList<>();
            for (int c = 0; c < row.length; c++) {
                parsed.add(Inline.parse(row[c].strip()));
                if (!row[c].isBlank()) {
                    columns = Math.max(columns, c + 1);
                }
            }
            rows.add(new Row(parsed, firstLine + r));
        }
        cells.clear();
        if (rows.isEmpty()) {
            return;
        }
        int n = Math.max(columns, 1);
        List<Row> padded = rows.stream()
                .map(row -> {
                    List<List<Run>> c = new ArrayList<>(
                            row.cells().subList(0, Math.min(n, row.cells().size())));
                    while (c.size() < n) {
                        c.add(List.of());
                    }
                    return new Row(List.copyOf(c), row.line());
                })
                .toList();
        blocks.add(new Table(padded, n, headed(padded)));
    }

    /** A heading row: no figure in its cells after the first, while a later row has one there (a short value). */
    private static boolean headed(List<Row> rows) {
        if (rows.size() < 2 || rows.getFirst().cells().size() < 2) {
            return false;
        }
        return !figures(rows.getFirst()) && rows.stream().skip(1).anyMatch(SeedReport::figures);
    }

    private static boolean figures(Row row) {
        for (int c = 1; c < row.cells().size(); c++) {
            String plain = row.cells().get(c).stream()
                    .filter(r -> !r.style().sup())
                    .map(Run::text)
                    .reduce("", String::concat);
            if (DIGIT.matcher(plain).find() && plain.strip().length() <= TableShape.SHORT) {
                return true;
            }
        }
        return false;
    }

    /** The line after "An inspection of ..." (skipping blank lines), else the first heading or line. */
    private static String title(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("An inspection of")) {
                for (int j = i + 1; j < lines.size(); j++) {
                    if (!lines.get(j).isBlank()) {
                        return Inline.text(Inline.parse(
                                Inline.withoutHeadingMark(lines.get(j)).strip()));
                    }
                }
            }
        }
        return lines.stream()
                .filter(l -> !l.isBlank())
                .map(l -> Inline.text(Inline.parse(Inline.withoutHeadingMark(l).strip())))
                .findFirst()
                .orElse("Inspection report");
    }
}
