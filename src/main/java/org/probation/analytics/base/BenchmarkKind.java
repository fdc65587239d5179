package org.probation.analytics.base;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * What an inspection is measured against: the national pool (every other inspected provider of
 * its framework), its region's other providers, or the comparator figure its report prints. The
 * code is what URLs ({@code against=}, {@code benchmark=}) and the API use.
 */
public enum BenchmarkKind {
    NATIONAL("national"),
    REGION("region"),
    COMPARATOR("comparator");

    private final String code;

    BenchmarkKind(String code) {
        this.code = code;
    }

    /** The URL and API value: {@code national}, {@code region}, {@code comparator}. */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The benchmark a code names.
     *
     * @throws IllegalArgumentException for a code that names none (null included)
     */
    public static BenchmarkKind parse(String code) {
        return find(code)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no benchmark '" + code + "': expected national, region or comparator"));
    }

    /** The benchmark a code names, or empty: for a value typed into a URL, where anything may come. */
    public static Optional<BenchmarkKind> find(String code) {
        for (BenchmarkKind b : values()) {
            if (b.code.equals(code)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** The code: what a benchmark reads as wherever it is written out as text. */
    @Override
    public String toString() {
        return code;
    }
}
