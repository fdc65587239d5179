package org.probation.analytics.base.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an export's figures come from: what it shows, the source (the reports and datasets as the
 * app knows them), the data version, the permalink that shows the same figures again and when it was made.
 */
public record About(String title, String source, long dataVersion, String permalink, Instant generated) {

    public About {
        title = title == null || title.isBlank() ? "Figures" : title;
        source = source == null ? "" : source;
        permalink = permalink == null ? "" : permalink;
        generated = generated == null ? Instant.now() : generated;
    }

    /** The same with another title (a pack names each table it holds). */
    public About titled(String other) {
        return new About(other, source, dataVersion, permalink, generated);
    }

    /** When it was made, in UTC to the second: "2026-12-03 09:41:07 UTC". */
    public String generatedText() {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
                .withZone(ZoneOffset.UTC)
                .format(generated);
    }

    /** The facts as label → text, in the order an About sheet or a README lists them. */
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("What", title);
        facts.put("Source", source);
        facts.put(
                "Data version",
                dataVersion + " (this server's data version: it changes with every dataset load, import or deletion)");
        facts.put("Permalink", permalink);
        facts.put("Generated", generatedText());
        return facts;
    }
}
