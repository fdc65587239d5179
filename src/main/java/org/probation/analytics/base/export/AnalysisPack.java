package org.probation.analytics.base.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.probation.analytics.base.Csv;
import org.probation.analytics.base.Methodology;

/**
 * An analysis pack: one zip, named after a view and its state, holding the view's tables as CSV,
 * one workbook of them all, the chart PNGs, the working with R code, the methodology, and a
 * README listing every file with the permalink and the data version. The zip is made whole in
 * memory before anything is sent: a pack is either complete or refused, never cut short.
 */
public final class AnalysisPack {

    /** Why a pack cannot be made for the state asked for, in words a person can act on. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    /** A file of the pack: its name in the zip, what it is, its bytes (null: left out, with the reason as what it is). */
    private record File(String name, String what, byte[] bytes) {}

    public static final String README = "README.md";
    public static final String METHODOLOGY = "methodology.md";

    private final String name;
    private final About about;
    private final List<Workbook.Table<?>> tables = new ArrayList<>();
    private final Map<String, File> files = new LinkedHashMap<>();

    /**
     * @param name the pack's name, made of the view and its state ("compare-inspections-a-to-b-alpha-0.1"): its
     *     file is {@code name-analysis-pack.zip}
     */
    public AnalysisPack(String name, About about) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new Refused("the view's state gives no file name to pack under ('" + name + "')");
        }
        this.name = name;
        this.about = about;
    }

    public String fileName() {
        return name + "-analysis-pack.zip";
    }

    /** A table: its CSV (named {@code file}.csv, the same bytes as the view's CSV download) and a sheet of the workbook. */
    public <T> AnalysisPack table(String file, String sheet, String what, List<T> rows, Class<T> type) {
        add(file + ".csv", what + " (CSV, the view's \"Download CSV\")", Csv.of(rows, type));
        tables.add(new Workbook.Table<>(sheet, rows, type));
        return this;
    }

    /** A text file (Markdown, R). */
    public AnalysisPack text(String file, String what, String text) {
        return add(file, what, text);
    }

    /** A chart's picture, or a line in the README saying why it is missing when {@code png} is null. */
    public AnalysisPack chart(String file, String what, byte[] png) {
        String entry = "charts/" + file + ".png";
        files.put(
                entry, new File(entry, png == null ? what + ": not included, the browser did not draw it" : what, png));
        return this;
    }

    private AnalysisPack add(String file, String what, String text) {
        if (files.containsKey(file)) {
            throw new IllegalArgumentException("two files named " + file + " in one pack");
        }
        files.put(file, new File(file, what, text.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** The zip's bytes; refused when the view shows no table to pack. */
    public byte[] zip() {
        if (tables.isEmpty() || tables.stream().allMatch(t -> t.rows().isEmpty())) {
            throw new Refused("the view shows no figures in this state, so there is nothing to pack");
        }
        String workbook = name + ".xlsx";
        byte[] book = Workbook.of(tables, about.titled(about.title() + " (analysis pack " + name + ")"));
        List<File> all = new ArrayList<>();
        all.add(new File(workbook, "every table above as a sheet of one workbook, with an About sheet", book));
        all.addAll(files.values());
        all.add(new File(
                METHODOLOGY,
                "how the figures are made and what they cannot tell (the Methodology page)",
                Methodology.text().getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, README, readme(all).getBytes(StandardCharsets.UTF_8));
            for (File file : all) {
                if (file.bytes() != null) {
                    put(zip, file.name(), file.bytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the analysis pack", e);
        }
        return out.toByteArray();
    }

    private String readme(List<File> all) {
        StringBuilder s = new StringBuilder("# Analysis pack: ").append(name).append("\n\n");
        about.facts()
                .forEach((label, text) -> s.append("- **")
                        .append(label)
                        .append("**: ")
                        .append(text)
                        .append('\n'));
        s.append("\n## Files\n\n- `").append(README).append("`: this list\n");
        for (File file : all) {
            s.append(file.bytes() == null ? "- (" : "- `")
                    .append(file.name())
                    .append(file.bytes() == null ? "): " : "`: ")
                    .append(file.what())
                    .append('\n');
        }
        return s.toString();
    }

    private static void put(ZipOutputStream zip, String entry, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write(bytes);
        zip.closeEntry();
    }
}
