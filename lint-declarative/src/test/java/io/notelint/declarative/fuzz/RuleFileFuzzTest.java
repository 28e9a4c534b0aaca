package io.notelint.declarative.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.model.Note;
import io.notelint.core.rule.Finding;
import io.notelint.declarative.DeclarativeRule;
import io.notelint.declarative.RuleFileException;
import io.notelint.declarative.RuleFiles;
import java.time.Duration;
import java.util.List;

/**
 * Declarative rule files on arbitrary text: rules, or a {@link RuleFileException} naming where; never
 * any other exception. Every rule that loads then runs on a few notes without failing, its spans on
 * the text. A first byte '{' or '[' reads the text as JSON, anything else as YAML.
 */
class RuleFileFuzzTest {

    private static final List<Note> NOTES = List.of(
            Note.of("a", "S: Client presented as usual and refused the referral.\nO: Calm.\nP: Homework: thought record."),
            Note.of("b", "Data: \uD83D\uDE00 \u0130 caf\u00E9 \"as usual\"\r\nPlan:"),
            Note.of("c", ""));

    @FuzzTest
    void ruleFile(byte[] data) {
        String text = FuzzInput.text(data);
        boolean json = data.length > 0 && (data[0] == '{' || data[0] == '[');
        List<DeclarativeRule> rules;
        try {
            rules = RuleFiles.parse(text, "fuzz." + (json ? "json" : "yaml"), json);
        } catch (RuleFileException e) {
            return;
        }
        for (DeclarativeRule rule : rules) {
            Linter linter = Linter.builder().addRule(rule).timeBudget(Duration.ZERO).build();
            for (Note note : NOTES) {
                LintResult r = linter.lint(note);
                assertThat(r.ruleErrors()).as(rule.meta().id()).isEmpty();
                for (Finding f : r.findings()) {
                    if (f.span() != null) {
                        assertThat(f.span().end()).isLessThanOrEqualTo(note.text().length());
                        assertThat(f.excerpt()).isEqualTo(f.span().in(note.text()));
                    }
                }
            }
        }
    }
}
