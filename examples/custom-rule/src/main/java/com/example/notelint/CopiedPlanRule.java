package com.example.notelint;

import static io.notelint.core.rule.ExampleNote.note;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Section;
import io.notelint.core.analysis.SectionLayout;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.model.Note;
import io.notelint.core.model.SectionKind;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.ExampleNote;
import io.notelint.core.rule.OptionSpec;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.Rule;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * A clinic's own rule, written in Java because it compares a note with the client's previous note,
 * which rule files cannot do: the Plan is copied word for word from the last session's Plan. (NoteLint's
 * cloned-content rules look at the whole note; this clinic also wants the Plan on its own.)
 *
 * <p>Like every rule, it is a stateless singleton: everything about one note lives in {@link #check}'s
 * locals, so one instance serves all threads. It is found through
 * {@code META-INF/services/io.notelint.core.rule.Rule} when its jar is on the class path or given to
 * {@code notelint check --plugin}.
 */
public final class CopiedPlanRule implements Rule {

    /** The earlier note the examples compare with. */
    private static final ExampleNote LAST_WEEK =
            note("S: Poor sleep.\nP: Continue CBT for insomnia, sleep diary nightly, follow up in 2 weeks.").id("n-0");

    static final RuleMeta META = RuleMeta.builder("riverside/copied-plan", Category.CLONED_CONTENT)
            .severity(Severity.WARNING)
            .description("The Plan is the previous note's Plan, word for word.")
            .rationale("A plan copied forward unchanged suggests the plan was not reviewed; auditors treat copied"
                    + " documentation as cloned (CMS program-integrity guidance).")
            .reference("CMS definition of cloned documentation, quoted in shared/research/domain.md 1.1")
            .option(OptionSpec.integer("minChars", 30, "Plans shorter than this (after spacing is normalised) are not compared:"
                    + " 'Weekly.' repeated is not a copied plan."))
            .message("copied", "The Plan repeats the previous note's Plan ({previous}) word for word")
            .suggestion("copied", "Review the plan: what changes after this session, and when is the next contact?")
            .bad(note("S: Better sleep.\nP: Continue CBT for insomnia, sleep diary nightly, follow up in 2 weeks.")
                    .previous(LAST_WEEK))
            .good(note("S: Better sleep.\nP: Taper sleep diary to 3 nights; follow up in 3 weeks.")
                    .previous(LAST_WEEK))
            .good("S: Better sleep.\nP: Continue CBT for insomnia, sleep diary nightly, follow up in 2 weeks.")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext ctx) {
        Optional<Note> previous = ctx.note().previous();
        if (previous.isEmpty()) {
            return;
        }
        AnalyzedNote analysis = ctx.analysis();
        Optional<Section> plan = analysis.sections().first(SectionKind.PLAN);
        if (plan.isEmpty()) {
            return;
        }
        String current = normalised(plan.get().body().in(ctx.text()));
        if (current.length() < ctx.options().integer("minChars")) {
            return;
        }
        Note earlier = previous.get();
        SectionLayout earlierLayout = TextToolkit.standard().sectionDetector().detect(earlier.text(), earlier.format());
        Optional<Section> earlierPlan = earlierLayout.first(SectionKind.PLAN);
        if (earlierPlan.isPresent() && current.equals(normalised(earlierPlan.get().body().in(earlier.text())))) {
            ctx.report(Report.of("copied").at(plan.get().body()).inSection(plan.get().name())
                    .arg("previous", earlier.id())
                    .suggest("copied"));
        }
    }

    /** Case and spacing do not make a plan new. */
    private static String normalised(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
