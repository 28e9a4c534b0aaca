package io.notelint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.core.schema.Contract;
import io.notelint.core.schema.ContractValidator;
import org.junit.jupiter.api.Test;

/**
 * The schemas are the run-time gate (here of config files; rule files: RuleFileErrorsTest, rubrics and
 * assignments: their file tests): a document the reader would have bound is refused when it breaks
 * its schema, at the file, line, column and key, in plain words; where the reader refuses too, its
 * message (with its did-you-mean) is the one the user reads.
 */
class ContractGateTest {

    @Test
    void aConfigTheBinderWouldTakeButTheSchemaRefusesIsRefusedWhereTheKeyIs() {
        // the binder ignores 'version'; the contract says it is text or a number
        assertThatThrownBy(() -> ConfigLoader.parse("extends: default\nversion: [1, 2]\n", "c.yaml", false))
                .isInstanceOf(ConfigException.class)
                .hasMessage("c.yaml:2:1: version: has the wrong type: expected text or a number");
    }

    @Test
    void ofAValueWithSeveralFormsTheMistypedKeyIsNamed() {
        assertThatThrownBy(() -> ConfigLoader.parse("rules:\n  vague-language/vague-status: {severity: [warning]}\n",
                "c.yaml", false)).hasMessageStartingWith("c.yaml:2:33: rules.vague-language/vague-status.severity: must be ");
    }

    @Test
    void wordsTheReadersTakeInAnyLetterCaseTheGateTakesToo() {
        LintConfig c = ConfigLoader.parse("rules:\n  a/b: {severity: Warning}\n  c/d: Off\n  e/f: ERROR\n  g/h: ' info '\n",
                "c.yaml", false);
        assertThat(c.rules().get("a/b").severity()).isEqualTo(io.notelint.core.rule.Severity.WARNING);
        assertThat(c.rules().get("c/d").enabled()).isFalse();
        assertThat(c.rules().get("e/f").severity()).isEqualTo(io.notelint.core.rule.Severity.ERROR);
        assertThat(c.rules().get("g/h").severity()).isEqualTo(io.notelint.core.rule.Severity.INFO);
        // a word the schema does not list is still refused, whatever its case
        assertThatThrownBy(() -> ConfigLoader.parse("rules:\n  a/b: {severity: Loud}\n", "c.yaml", false))
                .hasMessageStartingWith("c.yaml:2:9: rules.a/b.severity: ");
    }

    @Test
    void theGateFoldsOnlyTheSchemasOwnWordsAndLeavesOtherTextAsWritten() {
        var words = ContractValidator.shipped().enumWords();
        assertThat(ContractGate.folded(java.util.Map.of("s", "Warning", "t", "Some Text", "l", java.util.List.of("OFF")), words))
                .isEqualTo(java.util.Map.of("s", "warning", "t", "Some Text", "l", java.util.List.of("off")));
    }

    @Test
    void whereTheReaderRefusesTooItsMessageWithItsHintIsKept() {
        assertThatThrownBy(() -> ConfigLoader.parse("rulez: {}\n", "c.yaml", false))
                .hasMessageStartingWith("c.yaml:1:1: rulez: unknown key (did you mean 'rules'?)");
    }

    @Test
    void theShippedSchemasAreTheOnesInDocs() throws Exception {
        for (Contract c : Contract.values()) {
            String shipped = new String(ContractValidator.class.getResourceAsStream("/io/notelint/schema/" + c.fileName())
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            java.nio.file.Path docs = java.nio.file.Path.of("..", "docs", "schema", c.fileName());
            assertThat(shipped).as(c.fileName()).isEqualTo(java.nio.file.Files.readString(docs));
        }
    }

    @Test
    void violationsNameTheKeyPathAndNeverTheValue() {
        var violations = ContractValidator.shipped().validateValue(Contract.CONFIG,
                java.util.Map.of("limits", java.util.Map.of("maxNoteChars", "secret-note-text")));
        assertThat(violations).isNotEmpty();
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.path()).isEqualTo("limits.maxNoteChars");
            assertThat(v.problem()).doesNotContain("secret-note-text");
        });
    }
}
