package io.notelint.testing;

import io.notelint.declarative.DeclarativeRule;
import io.notelint.declarative.RuleFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Runs the examples written in rule files ({@code examples: {bad: [...], good: [...]}}) as tests, the
 * way {@code notelint test-rules DIR} and a project's own tests do:
 *
 * <pre>{@code
 * List<RuleFileTester.Result> results = RuleFileTester.run(List.of(Path.of("clinic-rules")));
 * assertTrue(results.stream().allMatch(RuleFileTester.Result::passed));
 * }</pre>
 *
 * Loading errors are thrown as {@code RuleFileException} (file, line, key), before any example runs.
 */
public final class RuleFileTester {

    private RuleFileTester() {
    }

    /**
     * One rule's outcome.
     *
     * @param source   where the rule is written (file:line:column)
     * @param bad      how many bad examples it has
     * @param good     how many good examples it has
     * @param failures the failing examples, described (empty when all pass)
     */
    public record Result(String ruleId, String source, int bad, int good, List<String> failures) {

        public Result {
            failures = List.copyOf(failures);
        }

        public boolean passed() {
            return failures.isEmpty();
        }

        /** A rule without both a bad and a good example is not really tested. */
        public boolean untested() {
            return bad == 0 || good == 0;
        }
    }

    /** Loads the rule files and directories together and runs every rule's examples. */
    public static List<Result> run(Collection<Path> paths) {
        return runRules(RuleFiles.load(paths));
    }

    /** Runs the examples of rules already loaded. */
    public static List<Result> runRules(List<DeclarativeRule> rules) {
        List<Result> out = new ArrayList<>();
        for (DeclarativeRule rule : rules) {
            int bad = (int) rule.meta().examples().stream().filter(e -> e.shouldFlag()).count();
            int good = rule.meta().examples().size() - bad;
            List<String> failures = RuleTester.of(rule).withOwnExamples().failures();
            out.add(new Result(rule.meta().id(), rule.source(), bad, good, failures));
        }
        return out;
    }
}
