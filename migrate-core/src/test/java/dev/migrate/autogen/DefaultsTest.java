package dev.migrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "'new'::character varying|'new'",
            "'new'|'new'",
            "('new')|'new'",
            "'It''s'::text|'It''s'",
            "'-1'::integer|-1",
            "(-1)|-1",
            "1.50|1.5",
            "'1.5'::numeric|1.5",
            "0|0",
            "now()|current_timestamp",
            "CURRENT_TIMESTAMP|current_timestamp",
            "true|true",
            "TRUE|true",
            "'t'::boolean|'t'",
            "false|false",
            "DATE '2024-01-02'|'2024-01-02'",
            "'2024-01-02'::date|'2024-01-02'",
            "'2024-01-02 03:04:05'::timestamp without time zone|'2024-01-02 03:04:05'",
            "TIMESTAMP WITH TIME ZONE '2024-01-02 03:04:05+00:00'|'2024-01-02 03:04:05+00:00'",
            "'Mixed Case'::\"MyType\"|'Mixed Case'",
            "'a::b'|'a::b'",
            "lower('ABC')|lower('ABC')",
            "(1 + 2)|1 + 2",
            "'{}'::text[]|'{}'",
            "'x'::character varying(10)|'x'"})
    void bringsDefaultsToOneSpelling(String expression, String normalized) {
        assertThat(Defaults.normalize(expression)).isEqualTo(normalized);
    }
}
