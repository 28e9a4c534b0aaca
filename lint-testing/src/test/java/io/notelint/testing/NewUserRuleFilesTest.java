package io.notelint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.declarative.DeclarativeRule;
import io.notelint.declarative.RuleFiles;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Rule files written from docs/custom-rules.md alone, one of each type (one in JSON), the way a new
 * user would: they must load and their own examples must pass. If the docs mislead, this fails.
 */
class NewUserRuleFilesTest {

    @Test
    void oneRuleOfEachTypeWrittenFromTheDocsWorks() throws URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(getClass().getResource("new-user")).toURI());
        List<DeclarativeRule> rules = RuleFiles.load(dir);
        assertThat(rules).extracting(DeclarativeRule::type).containsExactlyElementsOf(RuleFiles.types());
        List<RuleFileTester.Result> results = RuleFileTester.runRules(rules);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.failures()).as(r.ruleId()).isEmpty();
            assertThat(r.untested()).as(r.ruleId()).isFalse();
        });
    }
}
