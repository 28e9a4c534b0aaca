package io.notelint.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a class's reports into one directory: {@code notes/<student>--<note>.html} per note as grades
 * arrive, then {@code class-report.html}, {@code class-report.csv} (one row per note) and
 * {@code class-criteria.csv} (one row per criterion). Page names are made from ids with every character
 * outside {@code [A-Za-z0-9._-]} replaced, and numbered when two notes would share a name, so names are
 * safe and the same input always gives the same files. Used from one thread.
 */
public final class ReportDirectory {

    public static final String CLASS_HTML = "class-report.html";
    public static final String CLASS_CSV = "class-report.csv";
    public static final String CRITERIA_CSV = "class-criteria.csv";
    public static final String NOTES = "notes";
    public static final String STUDENTS = "students";
    public static final String PROGRESS_CSV = "progress.csv";
    public static final String CANVAS_CSV = "gradebook-canvas.csv";
    public static final String MOODLE_CSV = "gradebook-moodle.csv";

    private final Path dir;
    private final Rubric rubric;
    private final List<Assignment> assignments;
    private final NotePage pages;
    private final List<Grade> grades = new ArrayList<>();
    private final Map<Grade, String> links = new IdentityHashMap<>(); // two equal grades still get their own pages
    private final Set<String> used = new HashSet<>();
    private Gradebook.CanvasId canvasId = Gradebook.CanvasId.SIS_LOGIN_ID;
    private Gradebook.MoodleId moodleId = Gradebook.MoodleId.USERNAME;
    private Gradebook.FailedNotes failedNotes = Gradebook.FailedNotes.BELOW_PASS_MARK;

    /** Creates the directory (and its {@code notes/}) if needed. */
    public ReportDirectory(Path dir, Rubric rubric, Assignment assignment) {
        this(dir, rubric, assignment == null ? List.of() : List.of(assignment));
    }

    /** Reports for a term graded against several assignments. Creates the directory if needed. */
    public static ReportDirectory forAssignments(Path dir, Rubric rubric, List<Assignment> assignments) {
        return new ReportDirectory(dir, rubric, assignments);
    }

    private ReportDirectory(Path dir, Rubric rubric, List<Assignment> assignments) {
        this.dir = dir;
        this.rubric = rubric;
        this.assignments = List.copyOf(assignments);
        this.pages = NotePage.forAssignments(rubric, assignments);
        try {
            Files.createDirectories(dir.resolve(NOTES));
            Files.createDirectories(dir.resolve(STUDENTS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + io.notelint.core.files.IoProblem.describe(e), e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** Writes the note's page and keeps its grade (without the note text) for the class report. */
    public void add(Grade grade) {
        String name = pageName(grade);
        write(dir.resolve(NOTES).resolve(name), pages.render(grade, "../" + CLASS_HTML));
        Grade kept = grade.withoutText();
        grades.add(kept);
        links.put(kept, NOTES + "/" + name);
    }

    /** Which column of each gradebook our student ids go in (default: Canvas's SIS Login ID, Moodle's username). */
    public ReportDirectory gradebookIds(Gradebook.CanvasId canvas, Gradebook.MoodleId moodle) {
        this.canvasId = java.util.Objects.requireNonNull(canvas, "canvas");
        this.moodleId = java.util.Objects.requireNonNull(moodle, "moodle");
        return this;
    }

    /** What the gradebooks get for a note that failed a critical criterion (default: one point below the pass mark). */
    public ReportDirectory gradebookFailedNotes(Gradebook.FailedNotes value) {
        this.failedNotes = java.util.Objects.requireNonNull(value, "value");
        return this;
    }

    /**
     * Writes the class report files, each student's progress page ({@code students/<student>.html}),
     * {@code progress.csv} and the Canvas and Moodle gradebook files, and returns the report.
     */
    public ClassReport finish() {
        ClassReport report = ClassReport.forAssignments(rubric, assignments, grades);
        TermReport term = new TermReport(grades);
        Map<String, String> studentPages = new java.util.HashMap<>();
        Set<String> usedStudents = new HashSet<>();
        TermPages pages = new TermPages(rubric, report.assignmentTitles());
        for (TermReport.StudentProgress p : term.progress()) {
            String base = safe(p.studentId());
            String name = base + ".html";
            for (int n = 2; !usedStudents.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "-" + n + ".html";
            }
            studentPages.put(p.studentId(), STUDENTS + "/" + name);
            write(dir.resolve(STUDENTS).resolve(name), pages.studentPage(p, g -> links.get(g) == null ? null
                    : "../" + links.get(g), "../" + CLASS_HTML));
        }
        write(dir.resolve(CLASS_HTML), report.html(links::get, studentPages::get));
        write(dir.resolve(CLASS_CSV), report.csv());
        write(dir.resolve(CRITERIA_CSV), report.criteriaCsv());
        write(dir.resolve(PROGRESS_CSV), term.csv());
        Gradebook book = new Gradebook(term, report.assignmentTitles(), failedNotes);
        write(dir.resolve(CANVAS_CSV), book.canvas(canvasId));
        write(dir.resolve(MOODLE_CSV), book.moodle(moodleId));
        return report;
    }

    private String pageName(Grade g) {
        String base = (g.studentId() == null ? "" : safe(g.studentId()) + "--") + safe(g.noteId());
        String name = base + ".html";
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n + ".html"; // case-insensitive file systems would merge names differing in case
        }
        return name;
    }

    static String safe(String id) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < id.length() && out.length() < 80; i++) {
            char c = id.charAt(i);
            out.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.') ? c : '_');
        }
        String s = out.toString();
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + io.notelint.core.files.IoProblem.describe(e), e);
        }
    }
}
