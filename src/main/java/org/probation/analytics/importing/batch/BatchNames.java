package org.probation.analytics.importing.batch;

import java.util.regex.Pattern;

/**
 * File names as a batch shows them: a zip's entry names are the sender's words, so they are shown without
 * control or direction-changing characters, at a bounded length, and a path leading out of the zip
 * ({@code ../x}, {@code /etc/x}, {@code C:\x}) is refused. Names are only shown: no file is ever written by one.
 */
final class BatchNames {

    static final int LONGEST = 120;

    private static final Pattern UNSHOWN = Pattern.compile("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private BatchNames() {}

    static String display(String raw) {
        String name = raw == null
                ? ""
                : UNSHOWN.matcher(raw).replaceAll("").replace('\\', '/').strip();
        while (name.startsWith("./")) {
            name = name.substring(2);
        }
        if (name.isEmpty()) {
            return "(no name)";
        }
        return name.length() > LONGEST ? name.substring(0, LONGEST) + "…" : name;
    }

    /** Why an entry's path is refused, or null when it stays inside the zip. */
    static String outside(String raw) {
        String path = raw.replace('\\', '/');
        boolean up = path.equals("..") || path.startsWith("../") || path.contains("/../") || path.endsWith("/..");
        if (up || path.startsWith("/") || DRIVE.matcher(path).matches()) {
            return "its path leads outside the zip ('" + display(raw) + "'): not read";
        }
        return null;
    }
}
