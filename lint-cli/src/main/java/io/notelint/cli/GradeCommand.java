package io.notelint.cli;

import io.notelint.core.config.TreeReader;

import io.notelint.core.batch.BatchRunner;
import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.batch.RecordReader;
import io.notelint.core.config.ConfigException;
import io.notelint.core.engine.Linter;
import io.notelint.core.files.IoProblem;
import io.notelint.core.limits.Limits;
import io.notelint.grading.Assignment;
import io.notelint.grading.BatchGrader;
import io.notelint.grading.ClassReport;
import io.notelint.grading.Grade;
import io.notelint.grading.GradeJson;
import io.notelint.grading.GradeText;
import io.notelint.grading.Gradebook;
import io.notelint.grading.Grader;
import io.notelint.grading.GradingFileException;
import io.notelint.grading.ReportDirectory;
import io.notelint.grading.Rubric;
import io.notelint.io.InputFile;
import io.notelint.io.InputScan;
import io.notelint.io.NoteInputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code notelint grade}: scores student notes against a rubric, with feedback pages and a class report. */
@Command(name = "grade", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Grades notes against a rubric (and optionally an assignment): a score per note, every lost point"
                    + " explained, and with --output-dir an HTML page per note and a class report (HTML and CSV).",
            "",
            "Inputs as for 'check'. The student id is the note's fields.studentId (see --student-field), else the"
                    + " input file's name without extension.",
            ""},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            "0:every note was graded",
            "1:a record could not be graded, or a check failed on a note (it is not graded: a score could be too high)",
            "2:usage error, bad rubric, assignment or config, unreadable input, or output that cannot be written",
            "3:the watchdog stopped a note: a rule used more than the CPU time budget (limits.timeBudgetMs)"})
final class GradeCommand implements Callable<Integer> {

    private final Streams io;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files, directories, or - for standard input (JSON Lines).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--rubric", paramLabel = "FILE",
            description = "Rubric file, YAML or JSON (default: the built-in notelint-default rubric).")
    Path rubric;

    @Option(names = "--assignment", paramLabel = "FILE",
            description = "Assignment file: what this case's note must contain, scored as extra criteria. Repeat it for a"
                    + " term: each note is scored against the assignment its assignment field names.")
    List<Path> assignment = new ArrayList<>();

    @Option(names = "--student-field", paramLabel = "NAME", defaultValue = Grader.DEFAULT_STUDENT_FIELD,
            description = "The custom field holding the student id (default: ${DEFAULT-VALUE}).")
    String studentField;

    @Option(names = "--assignment-field", paramLabel = "NAME", defaultValue = Grader.DEFAULT_ASSIGNMENT_FIELD,
            description = "The custom field naming the assignment a note was written for, to grade a term's notes in"
                    + " one run (default: ${DEFAULT-VALUE}).")
    String assignmentField;

    @Option(names = "--canvas-id", paramLabel = "COLUMN", defaultValue = "sis-login",
            description = "Which Canvas column the student ids are: sis-login, sis-user or canvas (default: ${DEFAULT-VALUE}).")
    String canvasId;

    @Option(names = "--moodle-id", paramLabel = "FIELD", defaultValue = "username",
            description = "Which Moodle user field the student ids are: username, idnumber or email (default: ${DEFAULT-VALUE}).")
    String moodleId;

    @Option(names = "--gradebook-failed", paramLabel = "HOW", defaultValue = "below-pass-mark",
            description = "What the gradebook files get for a note that failed a critical criterion: below-pass-mark (at"
                    + " most one point under it) or score (default: ${DEFAULT-VALUE}).")
    String gradebookFailed;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: text, json or jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    ReportOutput output = new ReportOutput();

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Also write notes/*.html (one page per note), class-report.html, class-report.csv and"
                    + " class-criteria.csv, students/*.html (each student's progress over the term), progress.csv, and"
                    + " gradebook-canvas.csv and gradebook-moodle.csv for import into those gradebooks, into DIR.")
    Path outputDir;

    @Mixin
    LintOptions lintOptions = new LintOptions();

    GradeCommand(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        return output.finish(grade(), io); // a failed run leaves the previous grades, if any, as they were
    }

    private int grade() {
        int workers;
        try {
            workers = lintOptions.workers();
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "jsonl").contains(fmt)) {
            return fail("--format: expected text, json or jsonl, not '" + format + "'");
        }
        Gradebook.CanvasId canvas = choice(canvasId, Map.of("sis-login", Gradebook.CanvasId.SIS_LOGIN_ID,
                "sis-user", Gradebook.CanvasId.SIS_USER_ID, "canvas", Gradebook.CanvasId.CANVAS_ID));
        Gradebook.MoodleId moodle = choice(moodleId, Map.of("username", Gradebook.MoodleId.USERNAME,
                "idnumber", Gradebook.MoodleId.ID_NUMBER, "email", Gradebook.MoodleId.EMAIL));
        Gradebook.FailedNotes failedNotes = choice(gradebookFailed, Map.of("below-pass-mark",
                Gradebook.FailedNotes.BELOW_PASS_MARK, "score", Gradebook.FailedNotes.SCORE));
        if (canvas == null || moodle == null || failedNotes == null) {
            return fail(canvas == null ? "--canvas-id: expected sis-login, sis-user or canvas, not '" + canvasId + "'"
                    : moodle == null ? "--moodle-id: expected username, idnumber or email, not '" + moodleId + "'"
                    : "--gradebook-failed: expected below-pass-mark or score, not '" + gradebookFailed + "'");
        }
        List<InputFile> files;
        Grader grader;
        try {
            InputScan scan = NoteInputs.scan(inputs);
            InputReport.print(scan, io.err());
            String nothing = InputReport.nothingToRead(scan);
            if (nothing != null) {
                return fail(nothing);
            }
            files = scan.files();
            output.refuseInput(files);
            Linter linter = Linter.builder().config(lintOptions.config()).build();
            grader = Grader.builder().rubric(rubric == null ? Rubric.defaultRubric() : Rubric.load(rubric))
                    .assignments(loadAssignments())
                    .studentField(studentField).assignmentField(assignmentField).linter(linter).build();
        } catch (ConfigException e) {
            return fail("config error: " + e.getMessage());
        } catch (GradingFileException e) {
            return fail("cannot use the rubric or assignment:\n" + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return fail(e.getMessage());
        }
        Tally tally = new Tally();
        try (Writer out = output.open(io)) {
            ReportDirectory reports = outputDir == null ? null
                    : ReportDirectory.forAssignments(outputDir, grader.rubric(), grader.assignments())
                            .gradebookIds(canvas, moodle).gradebookFailedNotes(failedNotes);
            if (fmt.equals("json")) {
                out.write("[");
            }
            RuntimeException failure = null;
            try (RecordReader reader = NoteInputs.open(files, io::in)) {
                new BatchGrader(grader, workers).run(reader, (origin, grade) -> {
                    tally.add(grade);
                    write(out, fmt, origin, grade, tally.count == 1);
                    if (reports != null) {
                        reports.add(grade);
                    }
                });
            } catch (BatchRunner.InputFailure | BatchRunner.Stalled e) {
                failure = e; // what was graded before it is still written
            }
            if (fmt.equals("json")) {
                out.write(tally.count == 0 ? "]\n" : "\n]\n");
            } else if (fmt.equals("text")) {
                out.write(tally.summary(grader) + "\n");
            }
            if (reports != null) {
                ClassReport report = reports.finish();
                io.err().println("notelint: " + report.grades().size() + " grades; class report in "
                        + outputDir.resolve(ReportDirectory.CLASS_HTML));
            }
            if (failure != null) {
                out.flush();
                int code = fail(failure.getMessage());
                return failure instanceof BatchRunner.Stalled ? ExitCodes.STOPPED : code;
            }
        } catch (UncheckedIOException e) {
            return fail(e.getMessage());
        } catch (IOException e) {
            return fail("cannot write " + output.name() + ": " + IoProblem.describe(e));
        }
        if (tally.count == 0) {
            // an empty file or pipe: nothing was graded, which must not look like a class that passed
            return fail("no notes were read: the input" + (files.size() == 1 ? " is" : "s are") + " empty");
        }
        return tally.stopped ? ExitCodes.STOPPED : tally.troubled ? ExitCodes.FOUND : ExitCodes.OK;
    }

    private static void write(Writer out, String fmt, RecordOrigin origin, Grade grade, boolean first) {
        try {
            switch (fmt) {
                case "json" -> out.write((first ? "\n" : ",\n") + GradeJson.toLine(grade));
                case "jsonl" -> out.write(GradeJson.toLine(grade) + "\n");
                default -> out.write(GradeText.render(grade, origin.noteLabel(grade.noteId())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + IoProblem.describe(e), e);
        }
    }

    /** Counts for the closing line and the exit code. */
    private static final class Tally {
        int count;
        int graded;
        int passed;
        double fractions;
        boolean troubled;
        boolean stopped;

        void add(Grade g) {
            count++;
            if (g.ok()) {
                graded++;
                fractions += g.fraction();
            }
            passed += g.outcome() == Grade.Outcome.PASSED ? 1 : 0;
            troubled |= !g.ok() || !g.ruleErrors().isEmpty();
            stopped |= !g.ok() && Limits.OVER_BUDGET.equals(g.error().code());
        }

        String summary(Grader grader) {
            String mean = graded == 0 ? "" : String.format(Locale.ROOT, ", mean %.1f%%", 100 * fractions / graded);
            return graded + " of " + count + " notes graded" + mean + ", " + passed + " passed (rubric " + grader.rubric().id() + " "
                    + grader.rubric().version() + ").";
        }
    }

    /** Every assignment file, each mistake of every file reported at once. */
    private List<Assignment> loadAssignments() {
        List<Assignment> out = new ArrayList<>();
        List<TreeReader.Problem> problems = new ArrayList<>();
        for (Path p : assignment) {
            try {
                out.add(Assignment.load(p));
            } catch (GradingFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new GradingFileException(problems);
        }
        return out;
    }

    private static <T> T choice(String value, Map<String, T> choices) {
        return choices.get(value.toLowerCase(Locale.ROOT));
    }

    private int fail(String message) {
        io.err().println("notelint: " + message);
        return ExitCodes.USAGE;
    }
}
