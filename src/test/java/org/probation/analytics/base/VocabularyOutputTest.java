package org.probation.analytics.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A record with the typed vocabularies writes the same JSON and CSV as one holding their codes as text. */
class VocabularyOutputTest {

    record Typed(String code, QuestionLevel level, CountKind denominator, BenchmarkKind against) {}

    record Text(String code, String level, String denominator, String against) {}

    @Test
    void json_and_csv_write_each_value_as_its_code() {
        List<Typed> typed = List.of(
                new Typed("1.1", QuestionLevel.KEY_QUESTION, CountKind.ESTIMATED, BenchmarkKind.NATIONAL),
                new Typed("1.1.1", QuestionLevel.PROMPT, CountKind.UNKNOWN, BenchmarkKind.COMPARATOR),
                new Typed("1", QuestionLevel.STANDARD, null, null));
        List<Text> text = List.of(
                new Text("1.1", "key_question", "estimated", "national"),
                new Text("1.1.1", "prompt", "unknown", "comparator"),
                new Text("1", "standard", null, null));
        JsonMapper json = JsonMapper.builder().build();

        assertThat(json.writeValueAsString(typed))
                .isEqualTo(json.writeValueAsString(text))
                .contains("\"level\":\"key_question\"", "\"denominator\":\"estimated\"", "\"against\":\"national\"");
        assertThat(Csv.of(typed, Typed.class))
                .isEqualTo(Csv.of(text, Text.class))
                .startsWith("code,level,denominator,against\n")
                .contains("1.1,key_question,estimated,national\n");
    }
}
