package io.notelint.testing;

import io.notelint.core.config.LintConfig;
import io.notelint.core.config.RuleSettings;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.model.Note;
import io.notelint.core.rule.Example;
import io.notelint.core.rule.ExampleCollector;
import io.notelint.core.rule.ExampleNote;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Rule;
import io.notelint.core.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tests one rule on notes that must and must not trigger it, in the style of ESLint's RuleTester:
 *
 * <pre>{@code
 * RuleTester.of(new MyRule())
 *     .good("Client reports mood 6/10, up from 3/10.")
 *     .bad("Client is [[doing well]].")
 *     .run();                     // AssertionError listing every failing case
 * }</pre>
 *
 * A case is note text, with {@code [[...]]} around each span the rule must report exactly, or a note
 * with fields and history built with {@link ExampleNote#note}: {@code note(text).field("riskLevel",
 * "high").previous(note(earlier))}. A bad case without markers needs at least one finding of the rule;
 * a bad case with a message id ({@code bad("no-plan", text)}) fails when a finding says another message,
 * and names an unknown id as such (ESLint's {@code messageId}). A good case fails on any finding. The
 * rule's own examples ({@code RuleMeta.examples()}) run with {@link #withOwnExamples()}. Works with any
 * test framework: failures are {@link AssertionError}s.
 */
public final class RuleTester implements ExampleCollector<RuleTester> {

    private final Rule rule;
    private final List<Example> cases = new ArrayList<>();
    private Map<String, Object> options = Map.of();

    private RuleTester(Rule rule) {
        this.rule = rule;
    }

    public static RuleTester of(Rule rule) {
        return new RuleTester(rule);
    }

    /** Adds a case: a note the rule must leave alone or flag. */
    @Override
    public RuleTester example(Example value) {
        cases.add(value);
        return this;
    }

    public RuleTester withOwnExamples() {
        cases.addAll(rule.meta().examples());
        return this;
    }

    public RuleTester withOptions(Map<String, Object> values) {
        this.options = Map.copyOf(values);
        return this;
    }

    /** Runs every case; throws one AssertionError naming all failures. */
    public void run() {
        List<String> failures = failures();
        if (!failures.isEmpty()) {
            throw new AssertionError(rule.meta().id() + ": " + failures.size() + " failing case(s)\n  "
                    + String.join("\n  ", failures));
        }
    }

    /** The failing cases, described; empty when all pass. */
    public List<String> failures() {
        Set<Example> seen = new java.util.HashSet<>();
        // no watchdog: a rule's test must pass or fail on what the rule says, never on how busy the machine is
        Linter linter = Linter.builder()
                .addRule(rule)
                .config(LintConfig.builder().rule(rule.meta().id(), new RuleSettings(true, null, options)).build())
                .timeBudget(java.time.Duration.ZERO)
                .build();
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (Example example : cases) {
            n++;
            if (!seen.add(example)) {
                failures.add("case " + n + " is a duplicate");
                continue;
            }
            String problem = check(linter, example, n);
            if (problem != null) {
                failures.add("case " + n + " (" + (example.shouldFlag() ? "bad" : "good") + "): " + problem
                        + "\n    " + abbreviate(example.text()));
            }
        }
        return failures;
    }

    private String check(Linter linter, Example example, int n) {
        String expectedId = example.messageId();
        if (expectedId != null && !rule.meta().messages().containsKey(expectedId)) {
            return "expects message '" + expectedId + "', which the rule does not declare (it has "
                    + String.join(", ", new java.util.TreeSet<>(rule.meta().messages().keySet())) + ")";
        }
        MarkedText mt = MarkedText.parse(example.note().text());
        List<Span> marked = mt.marked();
        Note note = ExampleNotes.toNote(example.note(), "example-" + n);
        LintResult result = linter.lint(note);
        if (!result.ruleErrors().isEmpty()) {
            return "rule failed: " + result.ruleErrors().get(0).message();
        }
        List<Finding> own = result.findings().stream().filter(f -> f.ruleId().equals(rule.meta().id())).toList();
        if (!example.shouldFlag()) {
            return own.isEmpty() ? null : "expected no finding, got " + describe(own, note.text());
        }
        if (own.isEmpty()) {
            return "expected a finding" + (expectedId == null ? "" : " with message '" + expectedId + "'") + ", got none";
        }
        if (expectedId != null) {
            List<Finding> other = own.stream().filter(f -> !expectedId.equals(f.messageId())).toList();
            if (!other.isEmpty()) {
                return "expected message '" + expectedId + "', got " + other.stream()
                        .map(f -> "'" + f.messageId() + "'").distinct().toList() + " " + describe(other, note.text());
            }
        }
        if (!marked.isEmpty()) {
            List<Span> got = own.stream().map(Finding::span).toList();
            if (!new LinkedHashSet<>(got).equals(new LinkedHashSet<>(marked))) {
                return "expected spans " + quote(marked, note.text()) + ", got " + describe(own, note.text());
            }
        }
        return null;
    }

    private static String describe(List<Finding> findings, String text) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(f.span() == null ? "(note) " + f.message() : "'" + f.span().in(text) + "'@" + f.span().start());
        }
        return out.toString();
    }

    private static String quote(List<Span> spans, String text) {
        return spans.stream().map(s -> "'" + s.in(text) + "'@" + s.start()).toList().toString();
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 160 ? one.substring(0, 157) + "..." : one;
    }
}
