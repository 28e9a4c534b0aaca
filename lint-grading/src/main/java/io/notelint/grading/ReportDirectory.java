package io.notelint.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.HashSet;
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

    private final Path dir;
    private final Rubric rubric;
    private final Assignment assignment;
    private final NotePage pages;
    private final List<Grade> grades = new ArrayList<>();
    private final Map<Grade, String> links = new IdentityHashMap<>(); // two equal grades still get their own pages
    private final Set<String> used = new HashSet<>();

    /** Creates the directory (and its {@code notes/}) if needed. */
    public ReportDirectory(Path dir, Rubric rubric, Assignment assignment) {
        this.dir = dir;
        this.rubric = rubric;
        this.assignment = assignment;
        this.pages = new NotePage(rubric, assignment);
        try {
            Files.createDirectories(dir.resolve(NOTES));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + io.notelint.core.io.IoProblem.describe(e), e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** Writes the note's page and keeps its grade (without the note text) for the class report. */
    public void add(Grade grade) {
        String name = pageName(grade);
        write(dir.resolve(NOTES).resolve(name), pages.render(grade, "../" + CLASS_HTML));
        Grade kept = new Grade(grade.noteId(), grade.studentId(), grade.score(), grade.maxScore(), grade.rubricId(),
                grade.rubricVersion(), grade.assignmentId(), grade.assignmentVersion(), grade.criteria(), grade.unscored(),
                grade.ruleErrors(), grade.error(), null);
        grades.add(kept);
        links.put(kept, NOTES + "/" + name);
    }

    /** Writes the class report files and returns the report. */
    public ClassReport finish() {
        ClassReport report = new ClassReport(rubric, assignment, grades);
        write(dir.resolve(CLASS_HTML), report.html(links::get));
        write(dir.resolve(CLASS_CSV), report.csv());
        write(dir.resolve(CRITERIA_CSV), report.criteriaCsv());
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
            throw new UncheckedIOException("cannot write " + file + ": " + io.notelint.core.io.IoProblem.describe(e), e);
        }
    }
}
