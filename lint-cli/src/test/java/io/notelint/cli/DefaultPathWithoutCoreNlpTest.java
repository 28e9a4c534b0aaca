package io.notelint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.json.NoteJson;
import io.notelint.core.nlp.NlpBackendProvider;
import io.notelint.core.nlp.NlpBackends;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Apache-2.0 default path never needs the GPL CoreNLP backend: CoreNLP is not on the command's class
 * path, and a lint that asks for sentences, tags and parses on the default backend loads no CoreNLP class
 * (checked in a fresh JVM with -verbose:class, so classes loaded by other tests cannot hide or fake one).
 */
class DefaultPathWithoutCoreNlpTest {

    private static final String CORENLP_PACKAGE = "edu.stanford.nlp";
    private static final String NOTE = "{\"id\": \"n1\", \"text\": \"Subjective: Client denies SI but reports "
            + "thoughts of self-harm. Sleep is poor.\\nPlan: Return next Tuesday.\", "
            + "\"fields\": {\"sessionDate\": \"2026-11-20\"}}";

    /** Asks the analysis for everything an NLP backend provides, so the backend is exercised for real. */
    public static final class ExerciseNlp implements Rule {
        static final RuleMeta META = RuleMeta.builder("vague-language/test-exercise-nlp", Category.VAGUE_LANGUAGE)
                .description("test").rationale("test").message("tagged", "{n} tagged tokens")
                .good("All clear.").build();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(RuleContext ctx) {
            AnalyzedNote analysis = ctx.analysis();
            int tagged = 0;
            for (Sentence s : analysis.sentences()) {
                tagged += analysis.tagged(s).size();
                analysis.dependencies(s);
                analysis.assertion(s.span());
            }
            Sentence first = analysis.sentences().get(0);
            ctx.report(Report.of("tagged").at(first.span()).arg("n", tagged));
        }
    }

    /** Child-JVM entry: lints one note with the default backend, every discovered rule and {@link ExerciseNlp}. */
    public static final class LintOnce {
        public static void main(String[] args) {
            Linter linter = Linter.builder().addRule(new ExerciseNlp()).discoverRules().build();
            LintResult result = linter.lint(NoteJson.parseNote(NOTE, "n1"));
            System.out.println("NLP=" + linter.nlp().name() + " findings=" + result.findings().size()
                    + " errors=" + result.ruleErrors().size());
        }
    }

    @Test
    void coreNlpIsNotOnTheClassPath() {
        assertThatThrownBy(() -> Class.forName(CORENLP_PACKAGE + ".pipeline.StanfordCoreNLP", false,
                getClass().getClassLoader())).isInstanceOf(ClassNotFoundException.class);
        // resources, not java.class.path: Surefire may pass the class path inside a manifest-only jar
        ClassLoader loader = getClass().getClassLoader();
        assertThat(loader.getResource("edu/stanford/nlp/pipeline/StanfordCoreNLP.class")).isNull();
        assertThat(loader.getResource("edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger")).isNull();
        assertThat(loader.getResource("io/notelint/nlp/corenlp/CoreNlpBackend.class")).isNull();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            assertThat(entry).doesNotContain("stanford-corenlp").doesNotContain("lint-nlp-corenlp");
        }
        for (NlpBackendProvider p : ServiceLoader.load(NlpBackendProvider.class)) {
            assertThat(p.name()).isNotEqualToIgnoringCase("corenlp");
        }
    }

    @Test
    void askingForCoreNlpWithoutTheModuleNamesTheModule() {
        assertThatThrownBy(() -> NlpBackends.load("corenlp"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lint-nlp-corenlp");
    }

    @Test
    void aDefaultLintLoadsNoCoreNlpClass() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-verbose:class", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), LintOnce.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        // the lint really ran on OpenNLP: its tagger classes were loaded and the rule reported tagged tokens
        assertThat(output).contains("NLP=opennlp findings=", "opennlp.tools.postag.POSTaggerME");
        assertThat(output).doesNotContain(CORENLP_PACKAGE);
    }
}
