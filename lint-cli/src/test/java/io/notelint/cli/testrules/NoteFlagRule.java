package io.notelint.cli.testrules;

import io.notelint.core.rule.Category;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;

/** Test rule: a note-level error (no span) for notes that contain NOPLANHERE. */
public final class NoteFlagRule implements Rule {

    public static final String ID = "test-cli/note-flag";

    private static final RuleMeta META = RuleMeta.builder(ID, Category.MISSING_PLAN)
            .severity(Severity.ERROR)
            .description("Flags notes carrying a test marker, at note level.")
            .message("flag", "the note carries the note-level test marker")
            .good("P: Next session 12/4.")
            .bad("NOPLANHERE")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.text().contains("NOPLANHERE")) {
            ctx.report(Report.of("flag"));
        }
    }
}
