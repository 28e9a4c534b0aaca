package io.notelint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.LintResult;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Finding;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void theExampleLintsFromCodeAndPrintsFindings() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        List<LintResult> results = EmbeddingExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String printed = buffer.toString(StandardCharsets.UTF_8);

        assertThat(results).hasSize(2);
        LintResult vague = results.get(0);
        assertThat(vague.findings()).extracting(Finding::category).contains(Category.VAGUE_LANGUAGE);
        assertThat(vague.findings()).filteredOn(f -> f.category() == Category.VAGUE_LANGUAGE)
                .extracting(Finding::excerpt).contains("doing well");
        assertThat(results.get(1).findings()).extracting(Finding::category)
                .doesNotContain(Category.VAGUE_LANGUAGE, Category.MISSING_PLAN, Category.MISSING_SECTION);
        assertThat(printed).contains("draft-1:").contains("[vague-language/");
        // the position printed comes from LintResult.positionOf: 'doing well' starts at line 1, column 11
        assertThat(printed).containsPattern("\\n  1:11 warning \\[vague-language/");
    }
}
