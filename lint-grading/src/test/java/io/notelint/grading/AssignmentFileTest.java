package io.notelint.grading;

import io.notelint.core.config.TreeReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Assignment files: a valid one loads; each kind of mistake is reported with file, line and key. */
class AssignmentFileTest {

    static final String VALID = """
            id: case-maria
            version: "1"
            title: Maria, week 6
            requirements:
              - id: phq9
                title: PHQ-9 score recorded
                weight: 5
                patterns: ['(?i)PHQ-?9\\D{0,12}\\d{1,2}']
                why: Measurement shows change.
                fix: Give the PHQ-9 total.
              - id: safety-plan
                title: Safety plan reviewed
                weight: 4
                phrases: [safety plan, crisis line]
                noFindings: [risk-documentation]
                why: Passive SI needs a safety plan.
                fix: Review the safety plan.
            """;

    @Test
    void aValidAssignmentLoads() {
        Assignment a = Assignment.parse(VALID, "case.yaml", false);
        assertThat(a.id()).isEqualTo("case-maria");
        assertThat(a.maxScore()).isEqualTo(9);
        assertThat(a.requirements()).extracting(Requirement::id).containsExactly("phq9", "safety-plan");
        Requirement q = a.requirements().get(1);
        assertThat(q.phrases()).containsExactly("safety plan", "crisis line");
        assertThat(q.noFindings()).containsExactly(Target.category(io.notelint.core.rule.Category.RISK_DOCUMENTATION));
    }

    private static void refused(String yaml, int line, String key, String words) {
        List<TreeReader.Problem> ps;
        try {
            Assignment.parse(yaml, "case.yaml", false);
            throw new AssertionError("expected the assignment to be refused");
        } catch (GradingFileException e) {
            ps = e.problems();
        }
        assertThat(ps).as(ps.toString()).hasSize(1);
        assertThat(ps.get(0).location()).startsWith("case.yaml:" + line + ":");
        assertThat(ps.get(0).key()).isEqualTo(key);
        assertThat(ps.get(0).problem()).contains(words);
    }

    @Test
    void invalidPattern() {
        refused(VALID.replace("'(?i)PHQ-?9\\D{0,12}\\d{1,2}'", "'PHQ-9 (score'"), 8, "requirements[0].patterns[0]",
                "not a valid RE2/J pattern");
    }

    @Test
    void backReferencesAreNotRe2() {
        refused(VALID.replace("'(?i)PHQ-?9\\D{0,12}\\d{1,2}'", "'(a)\\1'"), 8, "requirements[0].patterns[0]",
                "not a valid RE2/J pattern");
    }

    /**
     * Issue 19 item 4: assignment patterns were compiled unguarded. A case-folded pattern over
     * U+1C80-U+1C88 hung {@code grade}; {@code (?s:.{1000}){1000}x} took 26 s a note; nested repetition ran
     * the heap out after two minutes. Each is now a problem naming file, line and key, at once (the
     * timeout only keeps a regression from hanging the build).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(?i)[\\x{1c00}-\\x{1cff}]      | U+1C80 cannot be matched ignoring case",
        "(?i)\\x{1c80}                  | U+1C80 cannot be matched ignoring case",
        "(?s:.{1000}){1000}x              | regular expression too large",
        "(?:(?:a{1000}){1000}){1000}      | regular expression too large"})
    void costlyPatternsAreProblemsNotHangs(String pattern, String words) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refused(
                VALID.replace("'(?i)PHQ-?9\\D{0,12}\\d{1,2}'", "'" + pattern + "'"), 8, "requirements[0].patterns[0]", words));
    }

    @Test
    void aPatternThatMatchesNothingAtAllIsRefused() {
        refused(VALID.replace("'(?i)PHQ-?9\\D{0,12}\\d{1,2}'", "'x*'"), 8, "requirements[0].patterns[0]", "matches empty text");
    }

    @Test
    void aPhraseWithNoWords() {
        refused(VALID.replace("[safety plan, crisis line]", "[safety plan, \"--\"]"), 14, "requirements[1].phrases[1]",
                "no words");
    }

    @Test
    void unknownCategoryInNoFindings() {
        refused(VALID.replace("noFindings: [risk-documentation]", "noFindings: [risk]"), 15, "requirements[1].noFindings[0]",
                "unknown category 'risk'");
    }

    @Test
    void nothingToLookFor() {
        refused(VALID.replace("    patterns: ['(?i)PHQ-?9\\D{0,12}\\d{1,2}']\n", ""), 5, "requirements[0]", "say what the note must contain");
    }

    @Test
    void unknownKey() {
        refused(VALID.replace("phrases: [", "phrase: ["), 14, "requirements[1].phrase", "did you mean 'phrases'");
    }

    @Test
    void duplicateRequirementId() {
        refused(VALID.replace("id: safety-plan", "id: phq9"), 11, "requirements[1].id", "duplicate requirement id");
    }

    @Test
    void missingWeight() {
        refused(VALID.replace("    weight: 4\n", ""), 11, "requirements[1].weight", "required key is missing");
    }

    @Test
    void patternsMustBeText() {
        refused(VALID.replace("'(?i)PHQ-?9\\D{0,12}\\d{1,2}'", "{a: 1}"), 8, "requirements[0].patterns[0]", "expected text");
    }

    @Test
    void theGraderRefusesRulesItDoesNotRun() {
        Assignment a = Assignment.parse(VALID.replace("noFindings: [risk-documentation]",
                "noFindings: [risk-documentation/test-no-safety-pln]"), "case.yaml", false);
        assertThatThrownBy(() -> Grader.builder().rubric(Rubric.parse(RubricFileTest.VALID, "rubric.yaml", false))
                .linter(TestRules.linter()).assignment(a).build())
                .isInstanceOf(GradingFileException.class)
                .hasMessageContaining("case.yaml:11:")
                .hasMessageContaining("noFindings")
                .hasMessageContaining("did you mean 'risk-documentation/test-no-safety-plan'");
    }

    @Test
    void theGraderRefusesRubricRulesItDoesNotRun() {
        // RubricFileTest.VALID counts vague-language/test-vague; a linter without that rule would award free points
        assertThatThrownBy(() -> Grader.builder().rubric(Rubric.parse(RubricFileTest.VALID, "rubric.yaml", false))
                .linter(io.notelint.core.engine.Linter.builder().addRule(TestRules.noPlan()).build()).build())
                .isInstanceOf(GradingFileException.class)
                .hasMessageContaining("rubric.yaml:12:")
                .hasMessageContaining("vague-language/test-vague")
                .hasMessageContaining("not run by the linter");
    }

    @Test
    void requirementIdsMustNotReuseCriterionIds() {
        Assignment a = Assignment.parse(VALID.replace("id: phq9", "id: plan"), "case.yaml", false);
        assertThatThrownBy(() -> Grader.builder().rubric(Rubric.parse(RubricFileTest.VALID, "rubric.yaml", false))
                .linter(TestRules.linter()).assignment(a).build())
                .isInstanceOf(GradingFileException.class).hasMessageContaining("case.yaml:5:")
                .hasMessageContaining("already a criterion");
    }
}
