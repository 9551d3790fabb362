package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void masksKnownPasswordsAnywhereAndPasswordsInUrls() {
        Secrets secrets = new Secrets();
        secrets.add("hunter2");
        assertThat(secrets.mask("FATAL: password authentication failed (hunter2) for jdbc:postgresql://h/db?user=u&password=other"))
                .isEqualTo("FATAL: password authentication failed (****) for jdbc:postgresql://h/db?user=u&password=****");
        assertThat(secrets.mask("at postgres://u:x@h/db\nnext line")).isEqualTo("at postgres://u:****@h/db\nnext line");
    }

    @Test
    void textAroundAUrlIsKept() {
        Secrets secrets = new Secrets();
        assertThat(secrets.mask("Could not connect to jdbc:x://h/db?user=u&password=abc (check the URL): refused"))
                .isEqualTo("Could not connect to jdbc:x://h/db?user=u&password=**** (check the URL): refused");
        assertThat(secrets.mask("'jdbc:postgresql://u:pw@h/db', 'upgrade'"))
                .isEqualTo("'jdbc:postgresql://u:****@h/db', 'upgrade'");
    }

    @Test
    void learnsThePasswordsOfUrlsAndTheirEncodedForms() {
        Secrets secrets = new Secrets();
        secrets.addFromUrl("jdbc:postgresql://h/db?user=u&password=p%40ss");
        secrets.addFromUrl("postgres://u:top-secret@h/db");
        assertThat(secrets.mask("p@ss and p%40ss and top-secret")).isEqualTo("**** and **** and ****");
    }

    @Test
    void veryShortPasswordsAreOnlyMaskedInsideUrls() {
        Secrets secrets = new Secrets();
        secrets.add("ab");
        assertThat(secrets.mask("about jdbc:x://h/db?password=ab")).isEqualTo("about jdbc:x://h/db?password=****");
        assertThat(secrets.mask(null)).isNull();
    }
}
