package org.probation.analytics.importing.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the report's headings, wherever its sections are, and names the section of any line. */
final class SectionFinder {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})(?:\\.(\\d{1,2}))?\\.?\\s+\\p{Lu}[^\\t]*$");
    private static final Pattern TOP_TITLE = Pattern.compile(
            "(?i)^(annexe?\\b.*|appendix\\b.*|foreword|ratings|recommendations|background|contents|executive summary"
                    + "|overall findings|summary of ratings|acknowledgements|glossary)$");
    private static final Pattern GENERIC_COLUMN =
            Pattern.compile("(?i)^((standard/)?key questions?|questions?|prompts?)$");
    private static final Pattern PAGE_ARTIFACT =
            Pattern.compile("(?i)^(page\\s+)?\\d{1,3}(\\s+of\\s+\\d+)?$|^[-_=*\\s]{3,}$");

    private static final int TOP = 0;
    private static final int OTHER = 1;
    private static final int STANDARD = 2;

    private final String[] heading;
    private final int[] level;

    SectionFinder(String[] lines) {
        heading = new String[lines.length + 1];
        level = new int[lines.length + 1];
        for (int n = 1; n <= lines.length; n++) {
            classify(n, lines[n - 1], n > 1 ? lines[n - 2] : "", n < lines.length ? lines[n] : "");
        }
    }

    private void classify(int n, String raw, String before, String after) {
        if (raw.indexOf('\t') >= 0) {
            classifyTableRow(n, raw);
            return;
        }
        boolean markdown = raw.stripLeading().startsWith("#");
        int depth = markdown ? raw.strip().indexOf(' ') : 0;
        String text = Text.withoutFootnotes(Text.plain(raw));
        if (text.isEmpty() || text.length() > 100) {
            return;
        }
        Matcher numbered = NUMBERED.matcher(Text.unify(text));
        if (numbered.matches() && text.length() <= 80) {
            set(n, text, numbered.group(2) != null ? STANDARD : markdown && depth > 2 ? OTHER : TOP);
        } else if (markdown) {
            set(n, text, depth <= 2 ? TOP : OTHER);
        } else if (TOP_TITLE.matcher(Text.unify(text)).matches()) {
            set(n, text, TOP);
        } else if (looksLikeTitle(text) && (before.isBlank() || after.isBlank())) {
            set(n, text, OTHER);
        }
    }

    /**
     * A table's first row heads it: a numbered title ("2.2. Assessment\tCommunity sentences"), or a short title
     * over column headings ("Outcomes\tCommunity sentences\t..."); contents lines (title, page number) do not.
     */
    private void classifyTableRow(int n, String raw) {
        String[] cells = raw.split("\t", -1);
        String first = Text.withoutFootnotes(Text.plain(cells[0]));
        boolean columns = false;
        boolean other = false;
        for (int i = 1; i < cells.length; i++) {
            String cell = Text.plain(cells[i]);
            if (!cell.isEmpty() && TableReader.column(cell) != null) {
                columns = true;
            } else if (!cell.replace(".", "").isBlank()) {
                other = true;
            }
        }
        Matcher m = NUMBERED.matcher(Text.unify(first));
        if (first.isEmpty() || first.contains("...") || other && !columns) {
            return;
        }
        if (m.matches() && m.group(2) != null) {
            set(n, first, STANDARD);
        } else if (columns
                && !other
                && looksLikeTitle(first)
                && !GENERIC_COLUMN.matcher(first).matches()) {
            set(n, first, OTHER);
        }
    }

    private void set(int n, String text, int headingLevel) {
        heading[n] = text;
        level[n] = headingLevel;
    }

    private static boolean looksLikeTitle(String text) {
        if (text.length() > 70
                || !Character.isUpperCase(text.charAt(0))
                || ".,;:?!".indexOf(text.charAt(text.length() - 1)) >= 0) {
            return false;
        }
        return text.split("\\s+").length <= 9
                && Text.rating(text).isEmpty()
                && !text.equalsIgnoreCase("Not rated")
                && !PAGE_ARTIFACT.matcher(text).matches();
    }

    boolean isHeading(int line) {
        return line >= 1 && line < heading.length && heading[line] != null;
    }

    /** The nearest heading at or above the line, or "" when there is none. */
    String nearestHeading(int line) {
        for (int n = Math.min(line, heading.length - 1); n >= 1; n--) {
            if (heading[n] != null) {
                return heading[n];
            }
        }
        return "";
    }

    /**
     * The section path of a line: its top-level heading, the nearest numbered standard heading under it and the
     * nearest other heading under that, e.g. "Annexe two – Data, Case supervision data, 2.2. Assessment".
     */
    String sectionOf(int line) {
        int top = nearest(line, 1, TOP);
        int standard = nearest(line, top + 1, STANDARD);
        int other = nearest(line, Math.max(top, standard) + 1, OTHER);
        List<String> path = new ArrayList<>();
        for (int n : new int[] {top, standard, other}) {
            if (n > 0) {
                path.add(heading[n]);
            }
        }
        return String.join(", ", path);
    }

    private int nearest(int line, int from, int wanted) {
        for (int n = Math.min(line, heading.length - 1); n >= Math.max(1, from); n--) {
            if (heading[n] != null && level[n] == wanted) {
                return n;
            }
        }
        return -1;
    }

    /** The standard code ("2.3") of the nearest numbered two-level heading at or above the line, or "". */
    String standardOf(int line) {
        for (int n = Math.min(line, heading.length - 1); n >= 1; n--) {
            if (heading[n] == null) {
                continue;
            }
            Matcher m = NUMBERED.matcher(Text.unify(heading[n]));
            if (m.matches() && m.group(2) != null) {
                return m.group(1) + "." + m.group(2);
            }
            if (level[n] == TOP) {
                return "";
            }
        }
        return "";
    }
}
