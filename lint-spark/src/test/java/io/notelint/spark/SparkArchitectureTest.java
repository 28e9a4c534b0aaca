package io.notelint.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * lint-spark's place in docs/architecture.md. lint-cli's ArchitectureTest cannot see this module (the
 * command does not depend on Spark), so the module checks itself: it uses the engine, the readers and
 * writers and the rule pack, never the command, the server or grading; FHIR input comes through the
 * readers' ServiceLoader, not a compile-time dependency; and no static can be reassigned (the
 * per-executor Linter holder's map is the one shared state, behind its lock).
 */
class SparkArchitectureTest {

    private static final JavaClasses SPARK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.notelint.spark");

    @Test
    void usesOnlyTheLibraryModulesItsPomNames() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "io.notelint.cli..", "io.notelint.server..", "io.notelint.grading..",
                        "io.notelint.testing..", "io.notelint.docs..", "io.notelint.declarative..",
                        "io.notelint.nlp..", "io.notelint.fhir..", "ca.uhn.fhir..", "org.hl7.fhir..")
                .because("lint-spark compiles against lint-core, lint-io and lint-rules only (docs/architecture.md)")
                .check(SPARK);
    }

    @Test
    void hasNoPackageCycle() {
        slices().matching("io.notelint.(**)").should().beFreeOfCycles().allowEmptyShould(true).check(SPARK);
    }

    @Test
    void everyStaticIsFinal() {
        fields().that().areStatic()
                .should().beFinal()
                .because("task threads of one executor share its classes: state belongs to a task, or to the one holder")
                .check(SPARK);
    }
}
