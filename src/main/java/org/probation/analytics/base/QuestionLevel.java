package org.probation.analytics.base;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The level of a framework item: a domain holds standards, a standard key questions, a key
 * question prompts. Results are published for key questions and prompts. The code is what
 * {@code framework_item.level}, the framework-item CSVs, the API and the CSV exports hold.
 */
public enum QuestionLevel {
    DOMAIN("domain", "domain"),
    STANDARD("standard", "standard"),
    KEY_QUESTION("key_question", "key question"),
    PROMPT("prompt", "prompt");

    private final String code;
    private final String words;

    QuestionLevel(String code, String words) {
        this.code = code;
        this.words = words;
    }

    /** The stored code: {@code domain}, {@code standard}, {@code key_question}, {@code prompt}. */
    @JsonValue
    public String code() {
        return code;
    }

    /** How a sentence names it: "key question". */
    public String words() {
        return words;
    }

    /** True for the levels a result is published for: a key question or a prompt. */
    public boolean question() {
        return this == KEY_QUESTION || this == PROMPT;
    }

    /**
     * The level a stored code names.
     *
     * @throws IllegalArgumentException for a code that names none (null included)
     */
    public static QuestionLevel parse(String code) {
        for (QuestionLevel l : values()) {
            if (l.code.equals(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException(
                "no question level '" + code + "': expected domain, standard, key_question or prompt");
    }

    /** The code: what a level reads as wherever it is written out as text. */
    @Override
    public String toString() {
        return code;
    }
}
