package io.notelint.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The architecture that keeps NoteLint embeddable and thread-safe (design.md, docs/architecture.md): one
 * Linter shared by every thread needs the engine and the rules to hold no mutable static state; no
 * package cycle anywhere; modules depend one way, as their poms say (each module's packages may use only
 * the packages of the modules below it); CoreNLP, GPL-licensed, is reached only through its own module;
 * no NLP library type appears in a public signature.
 */
@AnalyzeClasses(packages = "io.notelint", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String CORE = "io.notelint.core..";
    private static final String RULES = "io.notelint.rules..";
    private static final String OPENNLP = "io.notelint.nlp.opennlp..";
    private static final String DECLARATIVE = "io.notelint.declarative..";
    private static final String[] IO = {"io.notelint.io..", "io.notelint.output.."};
    private static final String[] TESTING = {"io.notelint.testing..", "io.notelint.docs.."};
    private static final String GRADING = "io.notelint.grading..";
    private static final String CLI = "io.notelint.cli..";
    private static final String SERVER = "io.notelint.server..";
    private static final String FHIR = "io.notelint.fhir..";
    /** The library packages whose classes a shared Linter may reach: no mutable static state in them. */
    private static final String[] SHARED = {CORE, RULES, OPENNLP, DECLARATIVE, IO[0], IO[1]};

    /** JDK types whose instances change under a reader's feet: never the type of a shared static. */
    private static final Set<String> MUTABLE_TYPES = Set.of(
            "java.util.ArrayList", "java.util.LinkedList", "java.util.Vector", "java.util.Stack",
            "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.Hashtable",
            "java.util.IdentityHashMap", "java.util.WeakHashMap", "java.util.EnumMap",
            "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.EnumSet",
            "java.util.ArrayDeque", "java.util.PriorityQueue", "java.util.BitSet",
            "java.lang.StringBuilder", "java.lang.StringBuffer",
            "java.text.SimpleDateFormat", "java.text.DecimalFormat", "java.text.MessageFormat",
            "java.util.Calendar", "java.util.GregorianCalendar", "java.util.Date",
            "java.util.regex.Matcher", "java.util.Scanner", "java.util.Iterator");

    private static final DescribedPredicate<JavaField> SYNTHETIC = DescribedPredicate.describe("synthetic",
            f -> f.getModifiers().contains(JavaModifier.SYNTHETIC));

    /**
     * The classes jte generates from the report templates ({@code src/main/jte}): their public
     * {@code JTE_LINE_INFO} array only maps a template error to its line, and no code of ours touches it.
     */
    private static final DescribedPredicate<JavaClass> TEMPLATE = DescribedPredicate.describe("generated from a template",
            c -> c.getSimpleName().startsWith("Jte") && c.getSimpleName().endsWith("Generated"));

    @ArchTest
    static final ArchRule staticFieldsAreFinal = fields().that().areStatic()
            .and().areDeclaredInClassesThat().resideInAnyPackage(SHARED)
            .and(DescribedPredicate.not(SYNTHETIC))
            .should().beFinal()
            .because("a Linter is shared by all threads: state that changes belongs to the call, not to a class");

    @ArchTest
    static final ArchRule staticFinalFieldsAreNotOfMutableTypes = fields().that().areStatic().and().areFinal()
            .and().areDeclaredInClassesThat().resideInAnyPackage(SHARED)
            .and().areDeclaredInClassesThat(DescribedPredicate.not(TEMPLATE))
            .and(DescribedPredicate.not(SYNTHETIC))
            .should(notBeOfAMutableType())
            .because("a final reference to a HashMap, a StringBuilder or an array is still shared mutable state;"
                    + " use Map.copyOf, List.of, an immutable wrapper or a thread-safe type");

    /** Every package is a slice: a cycle between any two packages, in any module, fails. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.notelint.(**)").should().beFreeOfCycles()
            .because("a package is understood, tested and moved on its own only when its dependencies point one way");

    @ArchTest
    static final ArchRule coreKnowsNoOtherModule = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    OPENNLP, DECLARATIVE, IO[0], IO[1], TESTING[0], TESTING[1], RULES, GRADING, CLI)
            .because("an embedder takes lint-core alone; backends and rule files are found by ServiceLoader");

    @ArchTest
    static final ArchRule openNlpBackendKnowsOnlyCore = noClasses().that().resideInAPackage(OPENNLP)
            .should().dependOnClassesThat().resideInAnyPackage(
                    DECLARATIVE, IO[0], IO[1], TESTING[0], TESTING[1], RULES, GRADING, CLI)
            .because("lint-nlp-opennlp depends on lint-core only");

    @ArchTest
    static final ArchRule ruleFilesKnowOnlyCore = noClasses().that().resideInAPackage(DECLARATIVE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    OPENNLP, IO[0], IO[1], TESTING[0], TESTING[1], RULES, GRADING, CLI)
            .because("lint-declarative depends on lint-core only and reaches the engine through RuleSource");

    @ArchTest
    static final ArchRule ioKnowsOnlyCore = noClasses().that().resideInAnyPackage(IO)
            .should().dependOnClassesThat().resideInAnyPackage(
                    OPENNLP, DECLARATIVE, TESTING[0], TESTING[1], RULES, GRADING, CLI)
            .because("lint-io (readers and writers) depends on lint-core only");

    @ArchTest
    static final ArchRule testingKnowsCoreAndRuleFiles = noClasses().that().resideInAnyPackage(TESTING)
            .should().dependOnClassesThat().resideInAnyPackage(OPENNLP, IO[0], IO[1], RULES, GRADING, CLI)
            .because("lint-testing depends on lint-core and lint-declarative");

    @ArchTest
    static final ArchRule rulesKnowOnlyCore = noClasses().that().resideInAPackage(RULES)
            .should().dependOnClassesThat().resideInAnyPackage(
                    OPENNLP, DECLARATIVE, IO[0], IO[1], TESTING[0], TESTING[1], GRADING, CLI)
            .because("a rule sees the rule API and the analysis, never a reader, a writer or a backend");

    @ArchTest
    static final ArchRule gradingKnowsNoCli = noClasses().that().resideInAPackage(GRADING)
            .should().dependOnClassesThat().resideInAnyPackage(OPENNLP, DECLARATIVE, TESTING[0], TESTING[1], CLI);

    @ArchTest
    static final ArchRule serverKnowsCoreIoAndGrading = noClasses().that().resideInAPackage(SERVER)
            .should().dependOnClassesThat().resideInAnyPackage(OPENNLP, DECLARATIVE, TESTING[0], TESTING[1], RULES, CLI)
            .because("lint-server answers with the engine, the readers and writers and grading, as check does");

    @ArchTest
    static final ArchRule noLibraryKnowsTheServer = noClasses().that().resideInAnyPackage(
                    CORE, OPENNLP, DECLARATIVE, IO[0], IO[1], TESTING[0], TESTING[1], RULES, GRADING)
            .should().dependOnClassesThat().resideInAPackage(SERVER)
            .because("the server is an add-on of the command: an embedder never pulls Jetty in");

    @ArchTest
    static final ArchRule fhirKnowsCoreAndIo = noClasses().that().resideInAPackage(FHIR)
            .should().dependOnClassesThat().resideInAnyPackage(
                    OPENNLP, DECLARATIVE, TESTING[0], TESTING[1], RULES, GRADING, SERVER, CLI)
            .because("lint-fhir is an input format of lint-io and nothing more");

    @ArchTest
    static final ArchRule nothingCompilesAgainstFhir = noClasses().that().resideOutsideOfPackage(FHIR)
            .should().dependOnClassesThat().resideInAPackage(FHIR)
            .because("FHIR input is found by ServiceLoader, so a run on plain notes never loads HAPI");

    @ArchTest
    static final ArchRule hapiOnlyInTheFhirModule = noClasses().that().resideOutsideOfPackage(FHIR)
            .should().dependOnClassesThat().resideInAnyPackage("ca.uhn.fhir..", "org.hl7.fhir..")
            .because("HAPI FHIR is a dependency of lint-fhir alone");

    @ArchTest
    static final ArchRule coreNlpOnlyInItsModule = noClasses().that().resideOutsideOfPackage("io.notelint.nlp.corenlp..")
            .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
            .because("CoreNLP is GPL-3.0: only lint-nlp-corenlp may reference it, so the default path never needs it");

    @ArchTest
    static final ArchRule openNlpOnlyBehindTheBackend = noClasses().that().resideOutsideOfPackage(OPENNLP)
            .should().dependOnClassesThat().resideInAPackage("opennlp..")
            .because("the NLP library sits behind NoteLint's own interface and can be swapped");

    @ArchTest
    static final ArchRule noNlpTypeInAPublicSignature = methods().that().arePublic()
            .and().areDeclaredInClassesThat().resideInAPackage("io.notelint..")
            // a class nobody outside its package sees may override a library method (OpenNLP's factory)
            .and().areDeclaredInClassesThat().arePublic()
            .should(notMentionPackages("opennlp.", "edu.stanford.nlp."))
            .because("embedders must not break when the NLP library is swapped or upgraded");

    /** The rules above must not pass vacuously: the engine, the rule pack and the CLI are all imported. */
    @Test
    void theImportSeesEveryModule() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.notelint");
        assertThat(classes.contain("io.notelint.core.engine.Linter")).isTrue();
        assertThat(classes.contain("io.notelint.nlp.opennlp.OpenNlpBackend")).isTrue();
        assertThat(classes.contain("io.notelint.declarative.RuleFiles")).isTrue();
        assertThat(classes.contain("io.notelint.io.NoteInputs")).isTrue();
        assertThat(classes.contain("io.notelint.output.SarifResultWriter")).isTrue();
        assertThat(classes.contain("io.notelint.testing.RuleTester")).isTrue();
        assertThat(classes.contain("io.notelint.grading.Rubric")).isTrue();
        assertThat(classes.contain("io.notelint.rules.language.VagueStatusRule")).isTrue();
        assertThat(classes.contain("io.notelint.cli.Main")).isTrue();
        assertThat(classes.contain("io.notelint.cli.testrules.ThrowingRule")).as("tests are left out").isFalse();
    }

    private static ArchCondition<JavaField> notBeOfAMutableType() {
        return new ArchCondition<>("not be of a mutable type") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                JavaClass type = field.getRawType();
                boolean mutable = type.isArray() || MUTABLE_TYPES.contains(type.getName());
                if (mutable) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is of mutable type "
                            + type.getName() + " in " + field.getSourceCodeLocation()));
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> notMentionPackages(String... prefixes) {
        return new ArchCondition<>("not mention NLP library types") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                check(method, method.getRawReturnType(), events);
                method.getRawParameterTypes().forEach(p -> check(method, p, events));
            }

            private void check(JavaMethod method, JavaClass type, ConditionEvents events) {
                JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
                for (String prefix : prefixes) {
                    if (base.getName().startsWith(prefix)) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " exposes "
                                + base.getName()));
                    }
                }
            }
        };
    }
}
