package io.notelint.grading;

import io.notelint.core.json.NoteJson;
import io.notelint.core.rule.Finding;
import io.notelint.core.text.LineIndex;
import io.notelint.core.text.Span;
import io.notelint.output.ResultJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A grade as JSON: {@code noteId, studentId, score, maxScore, passMark, passed (null when not graded),
 * outcome, failReason and failedCritical (when not passed), sessionDate, rubric {id, version}, assignment,
 * criteria [{id, title, source, score, max, summary, feedback, losses, findings, evidence}], unscored,
 * ruleErrors, error}. Keys in a fixed order and no time stamp, so equal grades give equal bytes.
 */
public final class GradeJson {

    private GradeJson() {
    }

    public static ObjectNode toTree(Grade g) {
        ObjectNode out = NoteJson.mapper().createObjectNode();
        out.put("noteId", g.noteId());
        if (g.studentId() == null) {
            out.putNull("studentId");
        } else {
            out.put("studentId", g.studentId());
        }
        if (g.graded()) {
            out.put("score", g.score());
        } else {
            out.putNull("score"); // not graded: no number that could be read as a score
        }
        out.put("maxScore", g.maxScore());
        out.put("passMark", g.passMark());
        if (g.passed() == null) {
            out.putNull("passed");
        } else {
            out.put("passed", g.passed());
        }
        out.put("outcome", g.outcome().label());
        if (g.outcome() == Grade.Outcome.FAILED) {
            out.put("failReason", g.failReason());
            ArrayNode critical = out.putArray("failedCritical");
            for (CriterionScore c : g.failedCritical()) {
                critical.addObject().put("id", c.id()).put("title", c.title()).put("summary", c.summary());
            }
        }
        if (g.sessionDate() != null) {
            out.put("sessionDate", g.sessionDate());
        }
        out.putObject("rubric").put("id", g.rubricId()).put("version", g.rubricVersion());
        if (g.assignmentId() != null) {
            ObjectNode a = out.putObject("assignment").put("id", g.assignmentId());
            if (g.assignmentVersion() != null) {
                a.put("version", g.assignmentVersion());
            }
        }
        if (!g.ok()) {
            ObjectNode err = out.putObject("error").put("code", g.error().code()).put("message", g.error().message());
            if (g.error().line() > 0) {
                err.put("line", g.error().line());
            }
            if (!g.ruleErrors().isEmpty()) {
                g.ruleErrors().forEach(out.putArray("ruleErrors")::add);
            }
            return out;
        }
        LineIndex lines = g.text() == null ? null : LineIndex.of(g.text());
        ArrayNode criteria = out.putArray("criteria");
        for (CriterionScore c : g.criteria()) {
            ObjectNode o = criteria.addObject();
            o.put("id", c.id());
            o.put("title", c.title());
            o.put("source", c.source() == CriterionScore.Source.RUBRIC ? "rubric" : "assignment");
            o.put("score", c.score());
            o.put("max", c.max());
            if (c.critical()) {
                o.put("critical", true);
                o.put("failedCritical", c.failedCritical());
            }
            o.put("summary", c.summary());
            o.put("feedback", c.feedback());
            if (!c.losses().isEmpty()) {
                ArrayNode losses = o.putArray("losses");
                for (Loss l : c.losses()) {
                    losses.addObject().put("target", l.target()).put("findings", l.findings())
                            .put("pointsEach", l.pointsEach()).put("lost", l.lost()).put("capped", l.capped());
                }
            }
            ArrayNode findings = o.putArray("findings");
            for (Finding f : c.findings()) {
                findings.add(ResultJson.finding(f, lines));
            }
            if (c.source() == CriterionScore.Source.ASSIGNMENT) {
                ArrayNode evidence = o.putArray("evidence");
                for (Span s : c.evidence()) {
                    ObjectNode e = evidence.addObject().put("start", s.start()).put("end", s.end());
                    if (lines != null) {
                        e.put("line", lines.line(s.start())).put("column", lines.column(s.start()));
                    }
                }
            }
        }
        ArrayNode unscored = out.putArray("unscored");
        for (Finding f : g.unscored()) {
            unscored.add(ResultJson.finding(f, lines));
        }
        if (!g.ruleErrors().isEmpty()) {
            ArrayNode errors = out.putArray("ruleErrors");
            g.ruleErrors().forEach(errors::add);
        }
        return out;
    }

    /** One grade as a single JSON line (no trailing newline). */
    public static String toLine(Grade g) {
        return NoteJson.mapper().writeValueAsString(toTree(g));
    }
}
