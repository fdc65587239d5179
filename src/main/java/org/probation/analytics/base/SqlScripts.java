package org.probation.analytics.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The hand-written SQL of {@code sql/}, read from the classpath: whole files of statements
 * (DDL) and files of named statements ({@code -- name: x}) with {@code ${placeholders}}.
 */
public final class SqlScripts {

    private static final Pattern NAME = Pattern.compile("^--\\s*name:\\s*(\\S+)\\s*$", Pattern.MULTILINE);
    private static final Pattern PLACEHOLDER = Pattern.compile("([$#])\\{([a-zA-Z]+)}");

    private SqlScripts() {}

    /** The statements of every file matching {@code sql/<pattern>}, files in name order. */
    public static List<String> statementsOf(String pattern) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:sql/" + pattern);
            Arrays.sort(files, (a, b) -> a.getFilename().compareTo(b.getFilename()));
            List<String> statements = new ArrayList<>();
            for (Resource file : files) {
                statements.addAll(split(read(file)));
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The named statements of {@code sql/<fileName>}, in file order. */
    public static Map<String, String> namedStatements(String fileName) {
        Resource file = new PathMatchingResourcePatternResolver().getResource("classpath:sql/" + fileName);
        String text = read(file);
        Map<String, String> named = new LinkedHashMap<>();
        Matcher m = NAME.matcher(text);
        String name = null;
        int start = 0;
        while (m.find()) {
            if (name != null) {
                named.put(name, stripTerminator(text.substring(start, m.start())));
            }
            name = m.group(1);
            start = m.end();
        }
        if (name == null) {
            throw new IllegalStateException("sql/" + fileName + " has no '-- name:' statements");
        }
        named.put(name, stripTerminator(text.substring(start)));
        return named;
    }

    /**
     * Replaces {@code ${key}} by the value quoted as the body of a SQL string literal, and
     * {@code #{key}} by the value as it is (only for SQL fragments the program builds itself).
     */
    public static String bind(String sql, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(2));
            if (value == null) {
                throw new IllegalArgumentException("no value for " + m.group(1) + "{" + m.group(2) + "}");
            }
            String text = m.group(1).equals("$") ? value.replace("'", "''") : value;
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Splits a script into statements at lines ending with a semicolon; comment lines are dropped. */
    public static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                statements.add(stripTerminator(current.toString()));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(stripTerminator(current.toString()));
        }
        return statements;
    }

    private static String stripTerminator(String sql) {
        String s = sql.strip();
        return s.endsWith(";") ? s.substring(0, s.length() - 1).strip() : s;
    }

    private static String read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sql/" + file.getFilename(), e);
        }
    }
}
