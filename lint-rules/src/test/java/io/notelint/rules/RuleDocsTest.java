package io.notelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.rule.Rule;
import io.notelint.docs.RuleDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/rules/ is generated from the rules' metadata; this test fails when it is out of date. Regenerate with
 * {@code ./notelint docs docs/rules} (or this test with {@code -Dnotelint.updateDocs=true}).
 */
class RuleDocsTest {

    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("lint-rules")) ) {
            dir = dir.getParent();
        }
        return dir;
    }

    @Test
    void docsPagesMatchTheRulesMetadata(@TempDir Path tmp) throws IOException {
        List<io.notelint.core.rule.RuleMeta> rules = RuleExamplesTest.allRules().stream().map(Rule::meta).toList();
        Path docs = repoRoot().resolve("docs/rules");
        if (Boolean.getBoolean("notelint.updateDocs")) {
            if (Files.isDirectory(docs)) {
                try (var old = Files.list(docs)) {
                    for (Path p : old.toList()) {
                        Files.delete(p);
                    }
                }
            }
            RuleDocs.write(rules, docs);
        }
        List<Path> expected = RuleDocs.write(rules, tmp);
        for (Path generated : expected) {
            Path committed = docs.resolve(generated.getFileName().toString());
            assertThat(committed).as("docs/rules/%s is missing or stale: regenerate (see RuleDocsTest)", generated.getFileName())
                    .exists();
            assertThat(Files.readString(committed, StandardCharsets.UTF_8)).as("docs/rules/%s is stale", generated.getFileName())
                    .isEqualTo(Files.readString(generated, StandardCharsets.UTF_8));
        }
        try (var present = Files.list(docs)) {
            assertThat(present.count()).as("docs/rules has pages of rules that no longer exist").isEqualTo(expected.size());
        }
    }
}
