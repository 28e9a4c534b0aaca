package io.notelint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.declarative.DeclarativeRule;
import io.notelint.declarative.RuleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * docs/custom-rules.md promises that every complete rule file on it works: each YAML block that starts
 * with {@code id:} or {@code rules:} is loaded and its examples must pass, and every rule type has one.
 */
class CustomRulesDocTest {

    static Path repoFile(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(relative))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("%s above the working directory", relative).isNotNull();
        return dir.resolve(relative);
    }

    /** The complete rule files among the page's YAML blocks. */
    static List<String> ruleBlocks(String markdown) {
        List<String> out = new ArrayList<>();
        String[] parts = markdown.split("```yaml\n", -1);
        for (int i = 1; i < parts.length; i++) {
            String block = parts[i].substring(0, parts[i].indexOf("```"));
            String first = block.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElse("");
            if (first.startsWith("id:") || first.startsWith("rules:")) {
                out.add(block);
            }
        }
        return out;
    }

    @Test
    void everyCompleteRuleFileOnThePageLoadsAndItsExamplesPass() throws IOException {
        String page = Files.readString(repoFile("docs/custom-rules.md"), StandardCharsets.UTF_8);
        List<String> blocks = ruleBlocks(page);
        Set<String> types = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            List<DeclarativeRule> rules = RuleFiles.parse(blocks.get(i), "custom-rules.md block " + (i + 1), false);
            rules.forEach(r -> types.add(r.type()));
            for (RuleFileTester.Result r : RuleFileTester.runRules(rules)) {
                if (!r.passed() || r.untested()) {
                    problems.add(r.ruleId() + " (untested: " + r.untested() + "): " + r.failures());
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(types).containsExactlyInAnyOrderElementsOf(RuleFiles.types());
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(RuleFiles.types().size());
    }
}
