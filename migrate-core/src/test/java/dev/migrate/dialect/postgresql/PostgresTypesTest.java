package dev.migrate.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.SqlType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostgresTypesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "int4|integer", "INT|integer", "integer|integer", "int8|bigint", "int2|smallint",
            "float8|double precision", "DOUBLE   PRECISION|double precision", "float|double precision",
            "float(10)|real", "float(30)|double precision", "float4|real", "bool|boolean",
            "varchar(100)|character varying(100)", "VARCHAR( 100 )|character varying(100)",
            "character varying(100)|character varying(100)", "varchar|character varying",
            "char(3)|character(3)", "bpchar|character(1)", "char|character(1)",
            "decimal(10, 2)|numeric(10,2)", "NUMERIC(10)|numeric(10,0)", "numeric|numeric",
            "timestamp|timestamp without time zone", "timestamptz|timestamp with time zone",
            "TIMESTAMP WITH TIME ZONE|timestamp with time zone", "timestamp(3)|timestamp(3) without time zone",
            "time|time without time zone", "timetz|time with time zone",
            "int4[]|integer[]", "text[][]|text[][]", "jsonb|jsonb", "blob|bytea", "\"MyType\"|\"MyType\""})
    void bringsSpellingsOfOneTypeToTheOneFormatTypeWrites(String spelling, String canonical) {
        assertThat(PostgresTypes.canonical(spelling)).isEqualTo(canonical);
    }

    @Test
    void mapsCatalogNamesToPortableTypes() {
        assertThat(PostgresTypes.parse("integer")).isEqualTo(SqlType.INTEGER);
        assertThat(PostgresTypes.parse("bigint")).isEqualTo(SqlType.BIGINT);
        assertThat(PostgresTypes.parse("smallint")).isEqualTo(SqlType.SMALLINT);
        assertThat(PostgresTypes.parse("boolean")).isEqualTo(SqlType.BOOLEAN);
        assertThat(PostgresTypes.parse("text")).isEqualTo(SqlType.TEXT);
        assertThat(PostgresTypes.parse("real")).isEqualTo(SqlType.REAL);
        assertThat(PostgresTypes.parse("double precision")).isEqualTo(SqlType.DOUBLE);
        assertThat(PostgresTypes.parse("date")).isEqualTo(SqlType.DATE);
        assertThat(PostgresTypes.parse("time without time zone")).isEqualTo(SqlType.TIME);
        assertThat(PostgresTypes.parse("timestamp without time zone")).isEqualTo(SqlType.TIMESTAMP);
        assertThat(PostgresTypes.parse("timestamp with time zone")).isEqualTo(SqlType.TIMESTAMP_WITH_TIME_ZONE);
        assertThat(PostgresTypes.parse("bytea")).isEqualTo(SqlType.BLOB);
        assertThat(PostgresTypes.parse("uuid")).isEqualTo(SqlType.UUID);
        assertThat(PostgresTypes.parse("json")).isEqualTo(SqlType.JSON);
        assertThat(PostgresTypes.parse("numeric")).isEqualTo(SqlType.NUMERIC);
        assertThat(PostgresTypes.parse("numeric(10,2)")).isEqualTo(SqlType.NUMERIC(10, 2));
        assertThat(PostgresTypes.parse("character varying(100)")).isEqualTo(SqlType.VARCHAR(100));
        assertThat(PostgresTypes.parse("character(2)")).isEqualTo(SqlType.CHAR(2));
        assertThat(PostgresTypes.parse("jsonb")).isEqualTo(SqlType.raw("jsonb"));
        assertThat(PostgresTypes.parse("character varying")).isEqualTo(SqlType.raw("character varying"));
        assertThat(PostgresTypes.parse("timestamp(3) without time zone")).isEqualTo(SqlType.raw("timestamp(3) without time zone"));
    }
}
