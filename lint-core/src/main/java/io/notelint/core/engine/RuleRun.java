package io.notelint.core.engine;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Section;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Report;
import io.notelint.core.rule.RuleContext;
import io.notelint.core.rule.RuleMeta;
import io.notelint.core.rule.RuleOptions;
import io.notelint.core.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One rule checking one note: the {@link RuleContext} it sees, and the validation that turns its
 * reports into findings. A malformed report (unknown message or suggestion id, unfilled placeholder, span outside
 * the text, a span category without a span) is a bug in the rule and fails the rule, not the batch.
 */
final class RuleRun implements RuleContext {

    private final ActiveRule active;
    private final AnalyzedNote analysis;
    private final List<Finding> findings = new ArrayList<>();

    RuleRun(ActiveRule active, AnalyzedNote analysis) {
        this.active = active;
        this.analysis = analysis;
    }

    @Override
    public AnalyzedNote analysis() {
        return analysis;
    }

    @Override
    public RuleOptions options() {
        return active.options();
    }

    @Override
    public void report(Report report) {
        RuleMeta meta = active.rule().meta();
        String message = meta.render(report.messageId(), report.args());
        String suggestion = report.suggestionId() == null ? null : meta.renderSuggestion(report.suggestionId(), report.args());
        Span span = report.span();
        String text = analysis.text();
        if (span != null && span.end() > text.length()) {
            throw new IllegalStateException("rule " + meta.id() + " reported span " + span.start() + "-" + span.end()
                    + " outside a text of " + text.length() + " chars");
        }
        if (span != null) {
            span = wholeCodePoints(span, text);
        }
        if (span == null && meta.category().kind() == Category.Kind.SPAN) {
            throw new IllegalStateException("rule " + meta.id() + " of span category " + meta.category().id()
                    + " reported no span");
        }
        String section = report.section();
        if (section == null && span != null) {
            section = analysis.sectionAt(span.start()).map(Section::name).orElse(null);
        }
        String excerpt = span == null ? null : span.in(text);
        findings.add(new Finding(meta.id(), meta.category(), active.severity(), message, span, section, excerpt,
                suggestion, report.messageId()));
    }

    /**
     * The span widened to whole code points: a span that starts or ends between the two halves of a
     * surrogate pair (an emoji, a rare CJK character) would cut a character in two in every output.
     */
    static Span wholeCodePoints(Span span, String text) {
        int start = span.start();
        int end = span.end();
        if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))
                && Character.isHighSurrogate(text.charAt(start - 1))) {
            start--;
        }
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))
                && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        return start == span.start() && end == span.end() ? span : new Span(start, end);
    }

    List<Finding> findings() {
        return findings;
    }
}
