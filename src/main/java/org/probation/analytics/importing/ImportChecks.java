package org.probation.analytics.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks an import's files pass before the loader reads them: names, size, text, the inspection id. */
final class ImportChecks {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");

    private ImportChecks() {}

    static String checkFiles(List<ImportFile> files, List<String> errors) {
        if (files.isEmpty()) {
            errors.add("nothing to import: no files");
            return null;
        }
        long bytes = 0;
        String id = null;
        Set<String> seen = new HashSet<>();
        for (ImportFile f : files) {
            bytes += f.content().length();
            if (!ImportService.FILES.contains(f.name())) {
                errors.add(f.name() + ": not a file of an inspection's folder (expected one of "
                        + String.join(
                                ", ", ImportService.FILES.stream().sorted().toList()) + ")");
            } else if (!seen.add(f.name())) {
                errors.add(f.name() + ": given twice");
            }
            if (f.content().indexOf('\0') >= 0) {
                errors.add(f.name() + ": is binary, not CSV text");
            } else if (f.content().indexOf('\uFFFD') >= 0) {
                errors.add(f.name() + ": is not UTF-8 text (line "
                        + (f.content()
                                .substring(0, f.content().indexOf('\uFFFD'))
                                .lines()
                                .count()) + ")");
            }
            if (f.name().equals("inspection.csv")) {
                id = inspectionId(f.content(), errors);
            }
        }
        if (bytes > ImportService.MAX_BYTES) {
            errors.add("the import is " + bytes + " characters; the limit is " + ImportService.MAX_BYTES);
        }
        if (!seen.contains("inspection.csv")) {
            errors.add("inspection.csv: missing (an import needs its inspection's row)");
        }
        if (!seen.contains("results.csv")) {
            errors.add("results.csv: missing (an import needs its results)");
        }
        return id;
    }

    /** The id is the first field of inspection.csv's first data row (the header is checked by the loader). */
    private static String inspectionId(String content, List<String> errors) {
        List<String> lines = content.lines().filter(l -> !l.isBlank()).limit(3).toList();
        if (lines.size() < 2 || !lines.getFirst().startsWith("id,")) {
            errors.add("inspection.csv line 2: no inspection row under a header starting with 'id,'");
            return null;
        }
        if (lines.size() > 2) {
            errors.add("inspection.csv line 3: an import holds exactly one inspection");
        }
        String id = lines.get(1).split(",", 2)[0].strip();
        if (!SLUG.matcher(id).matches() || id.length() > 100) {
            errors.add("inspection.csv line 2, column id: not a lower-case slug: '" + abbreviate(id) + "'");
            return null;
        }
        return id;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
