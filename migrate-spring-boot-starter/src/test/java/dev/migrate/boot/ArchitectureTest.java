package dev.migrate.boot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.Configuration;

/** The starter's shape, in the spirit of Spring Boot's own architecture rules. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.migrate.boot");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.migrate.boot.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void actuateAndCommandDoNotKnowTheAutoConfiguration() {
        noClasses().that().resideInAnyPackage("dev.migrate.boot.actuate..", "dev.migrate.boot.command..")
                .should().dependOnClassesThat().resideInAPackage("dev.migrate.boot.autoconfigure..")
                .check(CLASSES);
    }

    @Test
    void autoConfigurationsArePublicFinalWithNestedPackagePrivateConfigurations() {
        classes().that().areAnnotatedWith(AutoConfiguration.class).should().bePublic().andShould()
                .haveModifier(JavaModifier.FINAL).check(CLASSES);
        classes().that().areAnnotatedWith(Configuration.class).and().areNotAnnotatedWith(AutoConfiguration.class)
                .should().notBePublic().andShould().beNestedClasses().check(CLASSES);
    }

    @Test
    void beanMethodsArePackagePrivateAndReturnNonPrivateTypes() {
        methods().that().areAnnotatedWith(Bean.class).should().notBePublic().andShould().notBePrivate()
                .check(CLASSES);
        methods().that().areAnnotatedWith(Bean.class).should().haveRawReturnType(
                com.tngtech.archunit.base.DescribedPredicate.describe("a non-private type",
                        type -> !type.getModifiers().contains(JavaModifier.PRIVATE)))
                .check(CLASSES);
    }

    @Test
    void conditionsAreNotPublic() {
        classes().that().implement(Condition.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void configurationPropertiesUseTheValueAttribute() {
        classes().that().areAnnotatedWith(ConfigurationProperties.class).should()
                .beAnnotatedWith(com.tngtech.archunit.base.DescribedPredicate.describe("@ConfigurationProperties(value)",
                        (com.tngtech.archunit.core.domain.JavaAnnotation<?> a) -> a.getRawType()
                                .isEquivalentTo(ConfigurationProperties.class)
                                && !"".equals(a.get("value").orElse(""))))
                .check(CLASSES);
    }

    @Test
    void caseConversionsNameTheirLocale() {
        noClasses().should().callMethod(String.class, "toLowerCase").orShould()
                .callMethod(String.class, "toUpperCase").check(CLASSES);
    }
}
