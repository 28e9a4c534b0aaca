package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users' own rules reach {@code notelint check}: rule files through the config, Java rules through --plugin. */
class CustomRulesCliTest {

    @TempDir
    Path dir;
    private Path notes;

    static Path repoRoot() {
        Path d = Path.of("").toAbsolutePath();
        while (d != null && !Files.isDirectory(d.resolve("examples/rule-packs"))) {
            d = d.getParent();
        }
        assertThat(d).isNotNull();
        return d;
    }

    @BeforeEach
    void writeNotes() throws IOException {
        notes = Files.writeString(dir.resolve("n1.txt"), "S: Client feels fine.\nP: Next session 12/4; a zebra crossing.");
    }

    /** Every rule on the class path off, so only the users' rules speak; {@code extra} goes on top. */
    private Path config(String extra) throws IOException {
        Path base = TestConfigs.onlyTestRules(dir);
        Path c = dir.resolve("notelint.yaml");
        Files.writeString(c, extra + Files.readString(base));
        return c;
    }

    @Test
    void ruleFilesListedInTheConfigAreLintedWithTheirSeverity() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("clinic-rules"));
        Files.writeString(rules.resolve("fine.yaml"), """
                id: clinic/no-fine
                type: existence
                category: vague-language
                message: "'{match}' says nothing observable"
                terms: [fine]
                """);
        Path config = config("ruleFiles: [clinic-rules/]\n");
        Files.writeString(config, Files.readString(config) + "  clinic/no-fine: error\n");
        Cli.Run run = Cli.run("check", "--config", config.toString(), notes.toString());
        assertThat(run.out()).as(run.err()).contains(notes + ":1:17: error [clinic/no-fine] 'fine' says nothing observable");
        assertThat(run.exit()).isEqualTo(ExitCodes.FOUND);
    }

    @Test
    void aBrokenRuleFileInTheConfigIsAConfigError() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("clinic-rules"));
        Files.writeString(rules.resolve("bad.yaml"), "id: clinic/x\ntype: existance\n");
        Cli.Run run = Cli.run("check", "--config", config("ruleFiles: [clinic-rules/]\n").toString(), notes.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(rules.resolve("bad.yaml") + ":2:1: type: unknown rule type 'existance'");
    }

    /** Issue 19 item 3: this rule file hung check forever (RE2/J's case folding loops on U+1C80). */
    @Test
    void aRulePatternRe2jCannotFoldIsAConfigErrorAtOnce() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("clinic-rules"));
        Files.writeString(rules.resolve("ve.yaml"), "id: clinic/ve\ntype: existence\ncategory: vague-language\n"
                + "message: found\npatterns: ['\\x{1c80}']\n");
        Path config = config("ruleFiles: [clinic-rules/]\n");
        Cli.Run run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> Cli.run("check", "--config", config.toString(), notes.toString()));
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(rules.resolve("ve.yaml") + ":5:12: patterns[0]: pattern '\\x{1c80}': U+1C80 cannot be"
                + " matched ignoring case");
    }

    @Test
    void aPluginJarAddsItsJavaRules() throws IOException {
        Path jar = compilePluginJar();
        Cli.Run run = Cli.run("check", "--config", config("").toString(), "--plugin", jar.toString(), notes.toString());
        assertThat(run.out()).as(run.err()).contains("warning [test-plugin/zebra] a zebra in the note");
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);

        Cli.Run without = Cli.run("check", "--config", config("").toString(), notes.toString());
        assertThat(without.out()).doesNotContain("test-plugin/zebra");

        Cli.Run missing = Cli.run("check", "--plugin", dir.resolve("nope.jar").toString(), notes.toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("no such plugin jar");
    }

    @Test
    void aPluginJarNamingAMissingClassIsAUsageError() throws IOException {
        Path jar = dir.resolve("broken.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/services/io.notelint.core.rule.Rule"));
            out.write("plug.Missing\n".getBytes(StandardCharsets.UTF_8));
        }
        Cli.Run run = Cli.run("check", "--plugin", jar.toString(), notes.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("cannot load a rule");
    }

    @Test
    void aPluginThatIsNotAJarIsAPlainUsageError() throws IOException {
        Path notAJar = dir.resolve("rules.jar");
        Files.writeString(notAJar, "id: clinic/x\ntype: existence\n");
        Cli.Run run = Cli.run("check", "--plugin", notAJar.toString(), notes.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--plugin " + notAJar + " is not a jar file").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();

        Path noRules = dir.resolve("empty.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(noRules))) {
            out.putNextEntry(new JarEntry("plug/Readme.txt"));
        }
        Cli.Run empty = Cli.run("check", "--plugin", noRules.toString(), notes.toString());
        assertThat(empty.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(empty.err()).contains("lists no rule");
    }

    /** A rule compiled here and packed with its services file, as a plugin author's build would. */
    private Path compilePluginJar() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assumeTrue(javac != null, "needs a JDK");
        Path src = Files.createDirectories(dir.resolve("src/plug"));
        Files.writeString(src.resolve("ZebraRule.java"), """
                package plug;

                import io.notelint.core.rule.*;
                import io.notelint.core.text.Span;

                public final class ZebraRule implements Rule {
                    static final RuleMeta META = RuleMeta.builder("test-plugin/zebra", Category.VAGUE_LANGUAGE)
                            .description("Flags zebras.").message("m", "a zebra in the note").build();

                    public RuleMeta meta() {
                        return META;
                    }

                    public void check(RuleContext ctx) {
                        int at = ctx.text().indexOf("zebra");
                        if (at >= 0) {
                            ctx.report(Report.of("m").at(new Span(at, at + 5)));
                        }
                    }
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int rc = javac.run(null, OutputStream.nullOutputStream(), System.err, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), src.resolve("ZebraRule.java").toString());
        assertThat(rc).isZero();
        Path jar = dir.resolve("zebra.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("plug/ZebraRule.class"));
            out.write(Files.readAllBytes(classes.resolve("plug/ZebraRule.class")));
            out.putNextEntry(new JarEntry("META-INF/services/io.notelint.core.rule.Rule"));
            out.write("plug.ZebraRule\n".getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }
}
