package io.notelint.grading;

import io.notelint.output.CsvSheet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A term's grades as the CSV files that Canvas and Moodle import into their gradebooks: one row per student,
 * one column per assignment, the student identified by the column each system matches on (see
 * {@code docs/grading.md} for the documented formats and the import steps).
 *
 * <p>A student's grade for an assignment is the score of their latest note for it (in time order). When that
 * note was not graded the cell is empty, which both systems read as "no grade": never a zero, never an older
 * score. A note that did not pass because it failed a critical criterion is exported, by default, with at most
 * one point below the pass mark, so that no gradebook total shows it as passing (its real score stays in
 * {@code progress.csv} and the note's page). Notes without a student id are left out, since no gradebook could
 * match them.
 */
public final class Gradebook {

    /** What the gradebook gets for a note that failed a critical criterion. */
    public enum FailedNotes {
        /** At most one point below the pass mark: a fail in any gradebook that uses the same pass mark. */
        BELOW_PASS_MARK,
        /** The score as it is. */
        SCORE
    }

    /** The Canvas column that holds our student id: the ids Canvas matches a row on. */
    public enum CanvasId {
        SIS_LOGIN_ID("SIS Login ID"), SIS_USER_ID("SIS User ID"), CANVAS_ID("ID");

        final String column;

        CanvasId(String column) {
            this.column = column;
        }
    }

    /** The Moodle user field that our student id is, named as Moodle's own grade export names it. */
    public enum MoodleId {
        USERNAME("Username"), ID_NUMBER("ID number"), EMAIL("Email address");

        final String column;

        MoodleId(String column) {
            this.column = column;
        }
    }

    /** Canvas's identifying columns, in the order of its own gradebook export. */
    public static final List<String> CANVAS_ID_COLUMNS = List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section");
    /** The first cell of the row Canvas reads the points possible from. */
    public static final String CANVAS_POINTS_ROW = "    Points Possible";

    private final TermReport term;
    private final Function<String, String> columnName;
    private final FailedNotes failed;

    /**
     * @param columnName the column title for an assignment id (e.g. the assignment's title); the id when null
     */
    public Gradebook(TermReport term, Function<String, String> columnName, FailedNotes failed) {
        this.term = term;
        this.columnName = columnName;
        this.failed = java.util.Objects.requireNonNull(failed, "failed");
    }

    /** Assignment ids in column order (time order). */
    public List<String> assignments() {
        return term.assignments();
    }

    /** Student id to (assignment id to latest grade), for students with an id, in id order. */
    public Map<String, Map<String, Grade>> latest() {
        Map<String, Map<String, Grade>> out = new TreeMap<>();
        for (Grade g : term.grades()) {
            if (g.studentId() != null) {
                out.computeIfAbsent(g.studentId(), k -> new LinkedHashMap<>()).put(TermReport.assignmentOf(g), g);
            }
        }
        return out;
    }

    /**
     * The score cell: points (for a note that failed a critical criterion, at most one below the pass mark unless
     * told otherwise), or empty when the student's latest note for the assignment was not graded or is missing.
     */
    String cell(Grade g) {
        if (g == null || !g.graded()) {
            return "";
        }
        if (failed == FailedNotes.BELOW_PASS_MARK && !g.failedCritical().isEmpty()) {
            return String.valueOf(Math.max(0, Math.min(g.score(), g.passMark() - 1)));
        }
        return String.valueOf(g.score());
    }

    private String column(String assignmentId) {
        String name = columnName == null ? null : columnName.apply(assignmentId);
        return name == null ? assignmentId : name;
    }

    /**
     * Canvas: {@code Student, ID, SIS User ID, SIS Login ID, Section}, then one column per assignment; a
     * "Points Possible" row under the header gives each new assignment its points; then a row per student
     * with our student id in the chosen identifying column (and as the name shown in the import preview).
     */
    public String canvas(CanvasId id) {
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(CANVAS_ID_COLUMNS);
        assignments().forEach(a -> head.add(column(a)));
        rows.add(head);
        List<String> points = new ArrayList<>(List.of(CANVAS_POINTS_ROW, "", "", "", ""));
        for (String a : assignments()) {
            points.add(term.grades().stream().filter(g -> TermReport.assignmentOf(g).equals(a) && g.ok())
                    .map(g -> String.valueOf(g.maxScore())).findFirst().orElse(""));
        }
        rows.add(points);
        latest().forEach((student, grades) -> {
            List<String> cells = new ArrayList<>();
            for (String col : CANVAS_ID_COLUMNS) {
                cells.add(col.equals("Student") || col.equals(id.column) ? student : "");
            }
            assignments().forEach(a -> cells.add(cell(grades.get(a))));
            rows.add(cells);
        });
        return CsvSheet.of(rows);
    }

    /**
     * Moodle: the identifying column (named as in Moodle's own export), then one column per assignment, a row
     * per student. Moodle asks at import which column identifies users and which grade item each column is.
     */
    public String moodle(MoodleId id) {
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of(id.column));
        assignments().forEach(a -> head.add(column(a)));
        rows.add(head);
        latest().forEach((student, grades) -> {
            List<String> cells = new ArrayList<>(List.of(student));
            assignments().forEach(a -> cells.add(cell(grades.get(a))));
            rows.add(cells);
        });
        return CsvSheet.of(rows);
    }
}
