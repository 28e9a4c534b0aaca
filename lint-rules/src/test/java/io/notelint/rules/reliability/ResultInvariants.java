package io.notelint.rules.reliability;

import io.notelint.core.engine.LintResult;
import io.notelint.core.rule.Finding;
import io.notelint.core.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * What must hold for every result, whatever the note: no rule failed, every span lies within the text,
 * starts and ends on whole characters and covers words (its excerpt is exactly the text under it and
 * is not blank), and the findings are in position order.
 */
final class ResultInvariants {

    private ResultInvariants() {
    }

    /** The broken invariants, each named without quoting the note; empty when all hold. */
    static List<String> violations(String text, LintResult result) {
        List<String> out = new ArrayList<>();
        if (result.error() != null) {
            out.add("note error " + result.error().code() + ": " + result.error().message());
        }
        result.ruleErrors().forEach(e -> out.add("rule error " + e.ruleId() + ": " + e.message()));
        Finding previous = null;
        for (Finding f : result.findings()) {
            Span s = f.span();
            if (s != null) {
                if (s.end() > text.length()) {
                    out.add(f + ": span past the end of a text of " + text.length());
                    continue;
                }
                if (!s.in(text).equals(f.excerpt())) {
                    out.add(f + ": excerpt is not the text under the span");
                }
                if (splitsPair(text, s.start()) || splitsPair(text, s.end())) {
                    out.add(f + ": span splits a surrogate pair");
                }
                if (s.in(text).isBlank()) {
                    out.add(f + ": span covers no word");
                }
            } else if (f.excerpt() != null) {
                out.add(f + ": excerpt without a span");
            }
            if (previous != null && previous.compareTo(f) > 0) {
                out.add(f + ": out of order after " + previous);
            }
            previous = f;
        }
        return out;
    }

    private static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }
}
