package io.notelint.grading;

import io.notelint.core.config.TreeReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.core.rule.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rubric files: a valid one loads; each kind of mistake is reported with file, line and key. */
class RubricFileTest {

    static final String VALID = """
            id: practicum-1
            version: "2.1"
            title: Practicum rubric
            criteria:
              - id: specific
                title: Specific language
                weight: 10
                deductions:
                  - category: vague-language
                    points: 2
                    cap: 6
                  - rule: vague-language/test-vague
                    points: 3
                why: Readers need observations.
                fix: Write what you saw.
              - id: plan
                title: Plan
                weight: 5
                deductions:
                  - category: missing-plan
                    points: 5
                why: The plan is what happens next.
                fix: Write a plan.
            """;

    @Test
    void aValidRubricLoads() {
        Rubric r = Rubric.parse(VALID, "rubric.yaml", false);
        assertThat(r.id()).isEqualTo("practicum-1");
        assertThat(r.version()).isEqualTo("2.1");
        assertThat(r.maxScore()).isEqualTo(15);
        assertThat(r.criteria()).extracting(Criterion::id).containsExactly("specific", "plan");
        Criterion c = r.criteria().get(0);
        assertThat(c.deductions()).hasSize(2);
        assertThat(c.deductions().get(0).cap()).isEqualTo(6);
        assertThat(c.deductions().get(1).target()).isEqualTo(Target.rule("vague-language/test-vague"));
        assertThat(c.deductions().get(0).location()).isEqualTo("rubric.yaml:9:9");
        assertThat(r.coveredCategories()).containsExactlyInAnyOrder(Category.VAGUE_LANGUAGE, Category.MISSING_PLAN);
    }

    @Test
    void aValidJsonRubricLoadsFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.json");
        Files.writeString(file, """
                {"id": "j", "version": 3, "title": "T", "criteria": [
                  {"id": "a", "title": "A", "weight": 4, "why": "w", "fix": "f",
                   "deductions": [{"category": "administrative", "points": 1}]}]}
                """);
        Rubric r = Rubric.load(file);
        assertThat(r.version()).isEqualTo("3");
        assertThat(r.source()).isEqualTo(file.toString());
    }

    private static List<TreeReader.Problem> problems(String yaml) {
        try {
            Rubric.parse(yaml, "rubric.yaml", false);
        } catch (GradingFileException e) {
            return e.problems();
        }
        throw new AssertionError("expected the rubric to be refused");
    }

    /** Exactly one problem, at the given line, for the given key, whose text contains {@code words}. */
    private static void refused(String yaml, int line, String key, String words) {
        List<TreeReader.Problem> ps = problems(yaml);
        assertThat(ps).as(ps.toString()).hasSize(1);
        TreeReader.Problem p = ps.get(0);
        assertThat(p.location()).startsWith("rubric.yaml:" + line + ":");
        assertThat(p.key()).isEqualTo(key);
        assertThat(p.problem()).contains(words);
        assertThat(p.toString()).startsWith("rubric.yaml:" + line + ":").contains(key);
    }

    @Test
    void unknownKeyWithAHint() {
        refused(VALID.replace("title: Practicum rubric", "title: Practicum rubric\ndescripton: x"), 4, "descripton",
                "did you mean 'description'");
    }

    @Test
    void missingIdIsReportedAtTheDocument() {
        refused(VALID.replace("id: practicum-1\n", ""), 1, "id", "required key is missing");
    }

    @Test
    void badIdCharacters() {
        refused(VALID.replace("id: practicum-1", "id: practicum 1"), 1, "id", "not a valid id");
    }

    @Test
    void decimalVersionMustBeQuoted() {
        refused(VALID.replace("version: \"2.1\"", "version: 2.10"), 2, "version", "in quotes");
    }

    @Test
    void weightMustBeAWholeNumber() {
        refused(VALID.replace("weight: 10", "weight: 2.5"), 7, "criteria[0].weight", "whole number");
        refused(VALID.replace("weight: 10", "weight: ten"), 7, "criteria[0].weight", "whole number");
        refused(VALID.replace("weight: 10", "weight: 0"), 7, "criteria[0].weight", "between 1 and");
    }

    @Test
    void missingWeightIsReportedAtItsCriterion() {
        refused(VALID.replace("    weight: 5\n", ""), 16, "criteria[1].weight", "required key is missing");
    }

    @Test
    void pointsMustBePositive() {
        refused(VALID.replace("points: 2", "points: -2"), 10, "criteria[0].deductions[0].points", "between 1 and");
    }

    @Test
    void capBelowOneFindingsPoints() {
        refused(VALID.replace("cap: 6", "cap: 1"), 11, "criteria[0].deductions[0].cap", "less than one finding");
    }

    @Test
    void unknownCategoryWithAHint() {
        refused(VALID.replace("category: vague-language", "category: vague-langauge"), 9,
                "criteria[0].deductions[0].category", "did you mean 'vague-language'");
    }

    @Test
    void ruleIdUnderCategory() {
        refused(VALID.replace("category: vague-language", "category: vague-language/x"), 9,
                "criteria[0].deductions[0].category", "is a rule id");
    }

    @Test
    void malformedRuleId() {
        refused(VALID.replace("rule: vague-language/test-vague", "rule: vague-language/Test Vague"), 12,
                "criteria[0].deductions[1].rule", "not a rule id");
        refused(VALID.replace("rule: vague-language/test-vague", "rule: vague-language/"), 12,
                "criteria[0].deductions[1].rule", "not a rule id");
    }

    @Test
    void bothCategoryAndRule() {
        refused(VALID.replace("  - category: missing-plan", "  - category: missing-plan\n        rule: missing-plan/x"), 20,
                "criteria[1].deductions[0]", "not both");
    }

    @Test
    void neitherCategoryNorRule() {
        refused(VALID.replace("  - category: missing-plan\n        points: 5", "  - points: 5"), 20,
                "criteria[1].deductions[0]", "required key is missing");
    }

    @Test
    void sameTargetTwiceInOneCriterion() {
        refused(VALID.replace("rule: vague-language/test-vague", "category: vague-language"), 12,
                "criteria[0].deductions[1]", "already counted");
    }

    @Test
    void duplicateCriterionId() {
        refused(VALID.replace("id: plan", "id: specific"), 16, "criteria[1].id", "duplicate criterion id");
    }

    @Test
    void whyAndFixAreRequired() {
        refused(VALID.replace("    why: Readers need observations.\n", ""), 5, "criteria[0].why", "required key is missing");
        refused(VALID.replace("fix: Write a plan.", "fix: \"  \""), 23, "criteria[1].fix", "must not be empty");
    }

    @Test
    void noDeductions() {
        refused(VALID.replace("    deductions:\n      - category: missing-plan\n        points: 5\n", "    deductions: []\n"),
                19, "criteria[1].deductions", "must not be an empty list");
    }

    @Test
    void criteriaMustBeAList() {
        refused("id: a\nversion: \"1\"\ntitle: T\ncriteria: {x: 1}\n", 4, "criteria", "expected a list");
    }

    @Test
    void aDocumentThatIsNotAMapping() {
        refused("- a\n- b\n", 1, "", "expected a rubric");
    }

    @Test
    void yamlSyntaxErrorsNameTheLine() {
        refused(VALID.replace("weight: 5", "weight: [5"), 19, "", "YAML syntax error: expected ',' or ']'");
    }

    @Test
    void duplicateKeys() {
        refused(VALID.replace("title: Plan", "title: Plan\n    title: Plan again"), 18, "criteria[1].title", "duplicate key");
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        String yaml = VALID.replace("weight: 10", "weight: 0").replace("points: 5", "points: x")
                .replace("category: missing-plan", "category: plans");
        List<TreeReader.Problem> ps = problems(yaml);
        assertThat(ps).extracting(TreeReader.Problem::key).containsExactly("criteria[0].weight",
                "criteria[1].deductions[0].category", "criteria[1].deductions[0].points");
        assertThatThrownBy(() -> Rubric.parse(yaml, "rubric.yaml", false)).hasMessageContaining("rubric.yaml:7:")
                .hasMessageContaining("rubric.yaml:20:").hasMessageContaining("rubric.yaml:21:");
    }

    @Test
    void aMissingFileIsAProblemNotACrash(@TempDir Path dir) {
        assertThatThrownBy(() -> Rubric.load(dir.resolve("nope.yaml"))).isInstanceOf(GradingFileException.class)
                .hasMessageContaining("nope.yaml").hasMessageContaining("cannot read");
    }
}
