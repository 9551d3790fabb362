package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(Json.write("a\"b\\c\nd\re\tf\bg\fh\u0001i\u001fj"))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001i\\u001fj\"");
    }

    @Test
    void keepsNonAsciiButEscapesLineSeparatorsAndLoneSurrogates() {
        assertThat(Json.write("é ü 日本 \uD83D\uDE00")).isEqualTo("\"é ü 日本 \uD83D\uDE00\"");
        assertThat(Json.write("a\u2028b\u2029c")).isEqualTo("\"a\\u2028b\\u2029c\"");
        assertThat(Json.write("x\uD83Dy\uDE00")).isEqualTo("\"x\\ud83dy\\ude00\"");
    }

    @Test
    void writesNestedObjectsAndArraysIndentedInInsertionOrder() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1);
        inner.put("a", List.of());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", "m");
        doc.put("flags", List.of(true, false));
        doc.put("none", null);
        doc.put("inner", inner);
        doc.put("empty", Map.of());
        doc.put("n", 12L);
        assertThat(Json.write(doc)).isEqualTo("""
                {
                  "name": "m",
                  "flags": [
                    true,
                    false
                  ],
                  "none": null,
                  "inner": {
                    "z": 1,
                    "a": []
                  },
                  "empty": {},
                  "n": 12
                }""");
    }

    @Test
    void nullsInListsAreWritten() {
        List<Object> list = new ArrayList<>(Arrays.asList("a", null));
        assertThat(Json.write(list)).isEqualTo("[\n  \"a\",\n  null\n]");
    }

    @Test
    void refusesValuesItCannotWrite() {
        assertThatThrownBy(() -> Json.write(new Object()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot write a java.lang.Object as JSON");
        assertThatThrownBy(() -> Json.write(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JSON has no value for NaN");
    }
}
