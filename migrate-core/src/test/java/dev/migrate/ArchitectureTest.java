package dev.migrate;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package table of the architecture guide true: dependencies run one way, never up,
 * and the packages form no cycle.
 */
class ArchitectureTest {

    /** Each package and the packages of {@code dev.migrate} it may use (sub-packages included). */
    static final Map<String, List<String>> ALLOWED = Map.of(
            "graph", List.of(),
            "schema", List.of(),
            "op", List.of("schema"),
            "jdbc", List.of(),
            "dialect", List.of("op", "schema", "jdbc"),
            "script", List.of("graph", "op", "schema", "jdbc"),
            "history", List.of("dialect", "jdbc", "graph", "op", "schema"),
            "autogen", List.of("op", "schema", "dialect", "jdbc"),
            "runtime", List.of("graph", "schema", "op", "jdbc", "dialect", "script", "history"),
            "command", List.of("graph", "schema", "op", "jdbc", "dialect", "script", "history", "autogen", "runtime"));

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.migrate");
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("dev.migrate.(*)..").should().beFreeOfCycles()
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void eachPackageUsesOnlyThePackagesBelowIt() {
        ALLOWED.forEach((pkg, allowed) -> {
            String[] permitted = new String[allowed.size() + 1];
            permitted[0] = "dev.migrate." + pkg + "..";
            for (int i = 0; i < allowed.size(); i++) {
                permitted[i + 1] = "dev.migrate." + allowed.get(i) + "..";
            }
            ArchRule rule = ArchRuleDefinition.noClasses()
                    .that().resideInAPackage("dev.migrate." + pkg + "..")
                    .should().dependOnClassesThat(
                            com.tngtech.archunit.base.DescribedPredicate.and(
                                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("dev.migrate.."),
                                    com.tngtech.archunit.base.DescribedPredicate.not(
                                            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(permitted))))
                    .allowEmptyShould(true)
                    .because("the architecture guide lets dev.migrate." + pkg + " use only " + allowed);
            rule.check(classes);
        });
    }

    @Test
    void graphAndSchemaUseNothingButTheJdk() {
        for (String pkg : List.of("graph", "schema")) {
            ArchRuleDefinition.classes().that().resideInAPackage("dev.migrate." + pkg + "..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.migrate." + pkg + "..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void noPackageOfTheCoreUsesJdbcDriversOrSpring() {
        ArchRuleDefinition.noClasses().that().resideInAPackage("dev.migrate..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.postgresql..", "org.sqlite..", "picocli..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
