package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.cli.testrules.FlagWordRule;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsCommandTest {

    @Test
    void writesAPagePerRuleAndAnIndex(@TempDir Path dir) throws Exception {
        Cli.Run run = Cli.run("docs", dir.resolve("rules").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Path page = dir.resolve("rules").resolve(FlagWordRule.ID.replace("/", "__") + ".md");
        assertThat(page).exists();
        assertThat(Files.readString(page)).startsWith("# " + FlagWordRule.ID).contains("## Flagged");
        assertThat(Files.readString(dir.resolve("rules/README.md"))).contains("[" + FlagWordRule.ID + "]");
    }
}
