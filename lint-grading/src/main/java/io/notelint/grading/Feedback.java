package io.notelint.grading;

import io.notelint.core.rule.Finding;
import java.util.ArrayList;
import java.util.List;

/** The sentences a student reads for one criterion: what cost points, why it matters, how to fix it. */
final class Feedback {

    private Feedback() {
    }

    /** What happened on a rubric criterion, in one sentence. */
    static String criterionSummary(Criterion c, int score, List<Loss> losses) {
        if (losses.isEmpty()) {
            return "Full marks.";
        }
        List<String> parts = new ArrayList<>();
        int total = 0;
        for (Loss l : losses) {
            total += l.lost();
            String each = l.findings() == 1 ? " (" + l.pointsEach() + " " + plural(l.pointsEach(), "point") + ")"
                    : " at " + l.pointsEach() + " " + plural(l.pointsEach(), "point") + " each";
            parts.add(l.findings() + " " + plural(l.findings(), "finding") + " of " + l.target() + each
                    + (l.capped() ? ", capped at " + l.lost() : ""));
        }
        String floor = total > c.weight() ? " (the criterion stops at 0)" : "";
        return "Lost " + (c.weight() - score) + " of " + c.weight() + " " + plural(c.weight(), "point") + ": "
                + String.join("; ", parts) + floor + ".";
    }

    /** What happened on an assignment requirement, in one sentence. */
    static String requirementSummary(Requirement q, boolean shown, List<Finding> blocking) {
        if (shown && blocking.isEmpty()) {
            return "Met.";
        }
        List<String> reasons = new ArrayList<>();
        if (!shown) {
            reasons.add("the note does not show it");
        }
        if (!blocking.isEmpty()) {
            List<String> rules = blocking.stream().map(Finding::ruleId).distinct().toList();
            reasons.add(blocking.size() + " " + plural(blocking.size(), "finding") + " of " + String.join(", ", rules));
        }
        return "Not met (" + String.join("; ", reasons) + "): lost " + q.weight() + " " + plural(q.weight(), "point") + ".";
    }

    /** The summary, and when points were lost, why it matters and how to fix it. */
    static String full(String summary, boolean lostPoints, String why, String fix) {
        return lostPoints ? summary + " Why it matters: " + sentence(why) + " How to fix: " + sentence(fix) : summary;
    }

    private static String plural(int n, String word) {
        return n == 1 ? word : word + "s";
    }

    /** Text ending in a full stop, so the parts read as sentences whatever the file's author wrote. */
    static String sentence(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }
}
