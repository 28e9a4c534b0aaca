package io.notelint.grading;

import io.notelint.core.rule.Finding;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import io.notelint.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arithmetic of grading, kept apart from linting so it can be checked on its own: findings in,
 * scores out. Deductions only: a finding can take points away, never add them, so removing a finding
 * never lowers a score. Immutable and thread-safe.
 */
final class Scorer {

    private final Rubric rubric;
    private final Assignment assignment;
    private final Tokenizer tokenizer;

    Scorer(Rubric rubric, Assignment assignment, Tokenizer tokenizer) {
        this.rubric = rubric;
        this.assignment = assignment;
        this.tokenizer = tokenizer;
    }

    int maxScore() {
        return rubric.maxScore() + (assignment == null ? 0 : assignment.maxScore());
    }

    /** The points a note needs to pass. */
    int passPoints() {
        return rubric.passMark().points(maxScore());
    }

    Grade score(String noteId, String studentId, String text, List<Finding> findings, List<String> ruleErrors) {
        List<Finding> sorted = findings.stream().sorted().toList();
        List<CriterionScore> scores = new ArrayList<>();
        Set<Finding> counted = new LinkedHashSet<>();
        for (Criterion c : rubric.criteria()) {
            CriterionScore s = criterion(c, sorted);
            counted.addAll(s.findings());
            scores.add(s);
        }
        if (assignment != null) {
            List<Token> tokens = needsTokens() ? tokenizer.tokenize(text, new Span(0, text.length())) : List.of();
            for (Requirement q : assignment.requirements()) {
                CriterionScore s = requirement(q, text, tokens, sorted);
                counted.addAll(s.findings());
                scores.add(s);
            }
        }
        List<Finding> unscored = sorted.stream().filter(f -> !counted.contains(f)).toList();
        int total = scores.stream().mapToInt(CriterionScore::score).sum();
        return new Grade(noteId, studentId, total, maxScore(), rubric.id(), rubric.version(),
                assignment == null ? null : assignment.id(), assignment == null ? null : assignment.version(),
                scores, unscored, ruleErrors, null, text, passPoints());
    }

    private boolean needsTokens() {
        return assignment.requirements().stream().anyMatch(q -> q.lexicon() != null);
    }

    static CriterionScore criterion(Criterion c, List<Finding> findings) {
        Map<Deduction, List<Finding>> hits = new LinkedHashMap<>();
        c.deductions().forEach(d -> hits.put(d, new ArrayList<>()));
        List<Finding> mine = new ArrayList<>();
        for (Finding f : findings) {
            Deduction d = c.deductionFor(f);
            if (d != null) {
                hits.get(d).add(f);
                mine.add(f);
            }
        }
        List<Loss> losses = new ArrayList<>();
        long lost = 0;
        for (Map.Entry<Deduction, List<Finding>> e : hits.entrySet()) {
            int n = e.getValue().size();
            if (n > 0) {
                Deduction d = e.getKey();
                int l = d.lost(n);
                losses.add(new Loss(d.target().id(), n, d.points(), l, l < (long) n * d.points()));
                lost += l;
            }
        }
        int score = (int) Math.max(0, c.weight() - lost);
        String summary = Feedback.criterionSummary(c, score, losses);
        boolean failedCritical = score < c.weight() && !c.criticalOf(mine).isEmpty();
        return new CriterionScore(c.id(), c.title(), CriterionScore.Source.RUBRIC, score, c.weight(), mine, losses,
                List.of(), summary, Feedback.full(summary, score < c.weight(), c.why(), c.fix()), c.why(), c.fix(),
                c.isCritical(), failedCritical);
    }

    static CriterionScore requirement(Requirement q, String text, List<Token> tokens, List<Finding> findings) {
        List<Span> evidence = q.needsWording() ? q.evidence(text, tokens) : List.of();
        List<Finding> blocking = q.blocking(findings);
        boolean shown = !q.needsWording() || !evidence.isEmpty();
        boolean met = shown && blocking.isEmpty();
        int score = met ? q.weight() : 0;
        String summary = Feedback.requirementSummary(q, shown, blocking);
        return new CriterionScore(q.id(), q.title(), CriterionScore.Source.ASSIGNMENT, score, q.weight(), blocking,
                List.of(), evidence, summary, Feedback.full(summary, !met, q.why(), q.fix()), q.why(), q.fix(), false, false);
    }
}
