package dev.migrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.op.Migration;
import dev.migrate.op.MigrationRevision;
import dev.migrate.op.Ops;
import dev.migrate.script.JavaMigrationScript;
import org.junit.jupiter.api.Test;

class ScriptBodiesTest {

    @MigrationRevision(id = "x1")
    static final class NotAMigration {
    }

    @MigrationRevision(id = "x2")
    static final class NeedsArguments implements Migration {
        NeedsArguments(String unused) {
        }

        @Override
        public void upgrade(Ops op) {
        }

        @Override
        public void downgrade(Ops op) {
        }
    }

    @MigrationRevision(id = "x3")
    static final class Fine implements Migration {
        private Fine() {
        }

        @Override
        public void upgrade(Ops op) {
        }

        @Override
        public void downgrade(Ops op) {
        }
    }

    @Test
    void aMigrationClassNeedsTheInterfaceAndAConstructorWithoutParameters() {
        assertThatThrownBy(() -> ScriptBodies.instantiate(JavaMigrationScript.of(NotAMigration.class)))
                .hasMessage("class " + NotAMigration.class.getName() + " is annotated with @MigrationRevision but does "
                        + "not implement dev.migrate.op.Migration; implement it (upgrade(Ops) and downgrade(Ops)).");
        assertThatThrownBy(() -> ScriptBodies.instantiate(JavaMigrationScript.of(NeedsArguments.class)))
                .hasMessage("class " + NeedsArguments.class.getName() + " has no constructor without parameters; add "
                        + "one so that Migrate can create the migration.");
        assertThat(ScriptBodies.instantiate(JavaMigrationScript.of(Fine.class))).isInstanceOf(Fine.class);
    }
}
