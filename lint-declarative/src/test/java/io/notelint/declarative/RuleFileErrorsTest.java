package io.notelint.declarative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.core.config.ConfigException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Every kind of mistake in a rule file fails on load with the file, line, column and key. */
class RuleFileErrorsTest {

    private static final String VALID = """
            id: clinic/no-fine
            type: existence
            category: vague-language
            message: "'{match}' says nothing observable"
            terms: [fine]
            """;

    private static AbstractThrowableAssert<?, ? extends Throwable> loading(String yaml) {
        return assertThatThrownBy(() -> RuleFiles.parse(yaml, "clinic.yaml", false))
                .isInstanceOf(RuleFileException.class).isInstanceOf(ConfigException.class);
    }

    private static RuleFileException error(String yaml) {
        try {
            RuleFiles.parse(yaml, "clinic.yaml", false);
        } catch (RuleFileException e) {
            return e;
        }
        throw new AssertionError("expected a RuleFileException");
    }

    @Test
    void theValidBaseLoads() {
        assertThat(RuleFiles.parse(VALID, "clinic.yaml", false)).hasSize(1);
    }

    @Test
    void unknownType() {
        loading(VALID.replace("type: existence", "type: existance"))
                .hasMessageStartingWith("clinic.yaml:2:1: type: unknown rule type 'existance' (did you mean 'existence'?)");
    }

    @Test
    void missingType() {
        loading(VALID.replace("type: existence\n", "")).hasMessageStartingWith("clinic.yaml:1:1: type: required key is missing");
    }

    @Test
    void missingId() {
        RuleFileException e = error(VALID.replace("id: clinic/no-fine\n", ""));
        assertThat(e.key()).isEqualTo("id");
        assertThat(e.location()).isEqualTo("clinic.yaml:1:1");
        assertThat(e).hasMessage("clinic.yaml:1:1: id: required key is missing: expected text");
    }

    @Test
    void missingIdInAPackNamesTheRuleItem() {
        String pack = "rules:\n  - " + VALID.replace("id: clinic/no-fine\n", "").strip().replace("\n", "\n    ") + "\n";
        loading(pack).hasMessageStartingWith("clinic.yaml:2:5: rules[0].id: required key is missing");
    }

    @Test
    void malformedId() {
        loading(VALID.replace("clinic/no-fine", "Clinic/No Fine")).hasMessageStartingWith("clinic.yaml:1:1: id: rule id 'Clinic/No Fine'");
    }

    @Test
    void badCategory() {
        loading(VALID.replace("category: vague-language", "category: vague-langauge"))
                .hasMessageStartingWith("clinic.yaml:3:1: category: unknown category 'vague-langauge' (did you mean 'vague-language'?)");
    }

    @Test
    void spanCategoryOnANoteLevelType() {
        loading("id: c/x\ntype: field\ncategory: vague-language\nmessage: m\nexpect: startTime present\n")
                .hasMessageStartingWith("clinic.yaml:3:1: category: 'vague-language' is a span category");
    }

    @Test
    void badSeverity() {
        loading(VALID + "severity: loud\n").hasMessageStartingWith("clinic.yaml:6:1: severity: must be one of info, warning, error, note, warn");
    }

    @Test
    void badRegex() {
        loading(VALID + "patterns: ['ok', '(unclosed']\n")
                .hasMessageStartingWith("clinic.yaml:6:18: patterns[1]: invalid regular expression");
        loading(VALID + "patterns: ['(?<=look)behind']\n").hasMessageContaining("patterns[0]: invalid regular expression");
        loading(VALID + "patterns: ['(a)\\1']\n").hasMessageContaining("patterns[0]: invalid regular expression");
        loading(VALID + "patterns: ['(a{1000}){1000}']\n").hasMessageContaining("patterns[0]: pattern '(a{1000}){1000}': regular expression too large");
    }

    @Test
    void unknownKey() {
        loading(VALID + "ignorecase: true\n")
                .hasMessageStartingWith("clinic.yaml:6:1: ignorecase: unknown key for a existence rule (did you mean 'ignoreCase'?)");
        loading(VALID + "min: 2\n").hasMessageStartingWith("clinic.yaml:6:1: min: unknown key");
    }

    @Test
    void wrongValueType() {
        loading(VALID + "ignoreCase: sometimes\n").hasMessageStartingWith("clinic.yaml:6:1: ignoreCase: expected true or false, not text");
        loading(VALID.replace("terms: [fine]", "terms: {fine: 1}"))
                .hasMessageStartingWith("clinic.yaml:5:1: terms: expected text or a list of text, not a mapping");
        loading(VALID.replace("terms: [fine]", "terms: [fine, [nested]]"))
                .hasMessageStartingWith("clinic.yaml:5:15: terms[1]: expected text, not a list");
        loading("id: c/x\ntype: occurrence\ncategory: plan-quality\nmessage: m\nterms: [x]\nmin: two\n")
                .hasMessageStartingWith("clinic.yaml:6:1: min: expected a whole number, not text");
        loading(VALID.replace("message: \"'{match}' says nothing observable\"", "message: [a, b]"))
                .hasMessageStartingWith("clinic.yaml:4:1: message: expected text, not a list");
    }

    @Test
    void badFieldPredicate() {
        String field = "id: c/x\ntype: field\ncategory: administrative\nmessage: m\nexpect:\n  - %s\n";
        loading(field.formatted("riskLvl in [high]"))
                .hasMessageStartingWith("clinic.yaml:6:5: expect[0]: unknown field 'riskLvl' (did you mean 'riskLevel'?)");
        loading(field.formatted("riskLevel in [high, extreme]"))
                .hasMessageStartingWith("clinic.yaml:6:5: expect[0]: 'extreme' is not a risk level");
        loading(field.formatted("durationMinutes >= an hour")).hasMessageStartingWith("clinic.yaml:6:5: expect[0]: 'an hour' is not a number");
        loading(field.formatted("cptCode > 90837")).hasMessageContaining("expect[0]: field cptCode is text");
        loading(field.formatted("startTime exists")).hasMessageContaining("expect[0]: cannot read field expression");
        loading(field.formatted("cptCode matches 9083[2")).hasMessageContaining("expect[0]: invalid regular expression");
        // the mapping form of older rule files: refused, with the expressions to write instead
        loading(field.formatted("{field: durationMinutes, min: 16, max: 37}")).hasMessageStartingWith(
                "clinic.yaml:6:5: expect[0]: a field predicate is one expression string, no longer a mapping with 'field'"
                        + " (did you mean a list of \"durationMinutes >= 16\", \"durationMinutes <= 37\"?)");
        loading(field.formatted("{field: riskLevel, in: [high, imminent]}"))
                .hasMessageContaining("(did you mean \"riskLevel in [high, imminent]\"?)");
        loading(field.formatted("sessionDate < 03/01/2026")).hasMessageContaining("is not a date (YYYY-MM-DD)");
    }

    /** The schema is the gate too: what the parser used to take and the contract refuses, with the right word. */
    @Test
    void aWordTheSchemaListsIsTakenInAnyLetterCaseAndAnUnknownOneIsRefusedWithTheNearest() {
        assertThat(RuleFiles.parse(VALID + "severity: Warning\n", "clinic.yaml", false).get(0).meta().defaultSeverity())
                .isEqualTo(io.notelint.core.rule.Severity.WARNING);
        assertThat(RuleFiles.parse(VALID.replace("type: existence", "type: Existence"), "clinic.yaml", false)).hasSize(1);
        loading(VALID + "severity: warnign\n").hasMessageStartingWith(
                "clinic.yaml:6:1: severity: must be one of info, warning, error, note, warn (did you mean 'warning'?)");
    }

    @Test
    void badCondition() {
        String req = "id: c/x\ntype: requirement\ncategory: risk-documentation\nmessage: m\nterms: [safety plan]\n";
        loading(req).hasMessageStartingWith("clinic.yaml:1:1: when: missing");
        loading(req + "when: {terms: [SI], scope: plna}\n")
                .hasMessageStartingWith("clinic.yaml:6:21: when.scope: unknown scope 'plna' (did you mean 'plan'?)");
        loading(req + "when:\n  any: []\n").hasMessageStartingWith("clinic.yaml:7:3: when.any: must be a non-empty list");
        loading(req + "when: {terms: [SI], skip: [denied]}\n")
                .hasMessageStartingWith("clinic.yaml:6:28: when.skip[0]: unknown value 'denied'");
    }

    @Test
    void placeholdersTheTypeDoesNotFill() {
        loading(VALID + "suggestion: 'Use {preferred}'\n")
                .hasMessageStartingWith("clinic.yaml:6:1: suggestion: unknown placeholder {preferred}; this rule type fills {match}, {scope}");
    }

    @Test
    void badSectionsAndExamples() {
        String sections = "id: c/x\ntype: sections\ncategory: missing-section\nmessage: m\nformat: DAPE\nsections: [data, education]\n";
        loading(sections).hasMessageStartingWith("clinic.yaml:6:18: sections[1]: 'education' is not a section NoteLint detects");
        loading(VALID + "examples:\n  bad: ['It is [[fine.']\n").hasMessageStartingWith("clinic.yaml:7:9: examples.bad[0]: unclosed [[ marker");
        loading(VALID + "examples:\n  good:\n    - fields: {}\n").hasMessageContaining("examples.good[0]: a note example needs 'text'");
        loading(VALID + "examples:\n  ugly: [x]\n").hasMessageContaining("examples.ugly: unknown key for examples");
    }

    @Test
    void syntaxErrorsAndNonMappings() {
        loading("id: [unclosed\n").hasMessageStartingWith("clinic.yaml:");
        loading("- a\n- b\n").hasMessageStartingWith("clinic.yaml: a rule file must be a mapping");
        loading("").hasMessage("clinic.yaml: empty rule file");
        loading("rules: []\n").hasMessageStartingWith("clinic.yaml:1:1: rules: must be a non-empty list");
        loading("rules:\n  - " + VALID.strip().replace("\n", "\n    ") + "\nrulez: 1\n")
                .hasMessageStartingWith("clinic.yaml:7:1: rulez: unknown key for a rule pack");
        assertThatThrownBy(() -> RuleFiles.parse("{\"id\": \"c/x\", \"type\": \"existence\", \"category\": \"vague-language\",\n"
                + " \"message\": \"m\", \"terms\": true}", "r.json", true))
                .hasMessageStartingWith("r.json:2:18: terms: expected text or a list of text, not true/false");
    }

    @Test
    void duplicateIdsAcrossAPack() {
        String pack = "rules:\n  - " + VALID.strip().replace("\n", "\n    ") + "\n  - " + VALID.strip().replace("\n", "\n    ") + "\n";
        loading(pack).hasMessageStartingWith("clinic.yaml:7:5: id: duplicate rule id 'clinic/no-fine' (also at clinic.yaml:2:5)");
    }
}
