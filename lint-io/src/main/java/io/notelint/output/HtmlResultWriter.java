package io.notelint.output;

import io.notelint.core.batch.RecordOrigin;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.RuleError;
import io.notelint.core.limits.Limits;
import io.notelint.core.model.NoteError;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Finding;
import io.notelint.core.rule.Severity;
import io.notelint.core.text.LineIndex;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.notelint.core.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One self-contained HTML page (no external resource, so it opens offline and can be mailed): the
 * batch's counts, a bar per category, a table of findings with a filter (plain inline script), and
 * each note's text with its findings highlighted in place and explained on hover.
 *
 * <p>Bounded for any batch: counts cover every note, but only the first {@code maxNotes} notes with
 * something to show (findings, a rule failure, or a read error) are listed in the table and shown in
 * full; the page says so. Those are held until the end, because the counts come first on the page.
 * The page is the template {@code report.jte} (and the fragments it includes), compiled at build time;
 * jte escapes every value it inserts for where it goes, so every piece of text from the input (ids,
 * note text, messages) is escaped. This class only gathers the small records the templates show.
 */
public final class HtmlResultWriter implements ResultWriter {

    /** Notes shown in full by default; enough for a review, far from a page a browser chokes on. */
    public static final int DEFAULT_MAX_NOTES = 200;
    /** Longest note text shown; a longer text is cut there (its findings stay in the table). */
    static final int MAX_TEXT = 100_000;

    /** The templates compiled at build time (jte-maven-plugin); no template compiler at run time. */
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            HtmlResultWriter.class.getClassLoader(), HtmlResultWriter.class.getPackageName());

    /** The page's style sheet and its one script, inlined: the page is one file that loads nothing. */
    private static final String STYLE = load("report.css");

    /** The filter: plain script, no library. The URL fragment (#q=...&sev=...&cat=...) sets its start. */
    private static final String SCRIPT = load("report.js");

    private static String load(String resource) {
        try (InputStream in = HtmlResultWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page ({@code report.jte}). */
    record Page(String csp, String style, String script, String toolName, String toolVersion, int rules,
                long stoppedCount, String stopped, boolean completed, List<Count> counts, List<CategoryBar> categories,
                List<String> severities, List<Category> categoryOptions, String cap, List<Row> rows, List<NoteView> notes) {
    }

    /** One of the summary's numbers. */
    record Count(String what, long n) {
    }

    /** A category's bar: its parts by severity (error, warning, info), each with its width in percent. */
    record CategoryBar(Category category, List<Fill> fills, long total) {
    }

    record Fill(String severity, long count, String width) {
    }

    /**
     * One row of the findings table: a finding, a rule that failed on the note, or a record that could not be
     * read ({@code dataCategory} {@code input} or {@code rule-failure}, {@code category} in plain words).
     */
    record Row(String severity, String dataCategory, String anchor, String label, String line, String category,
               String rule, String message, String help, String excerpt) {
    }

    /** A note shown in full, with what is said about it as a whole, its marked text and the marks' reasons. */
    record NoteView(String anchor, String noteId, String source, String error, List<Finding> whole,
                    List<String> failedRules, Highlight text, List<Finding> reasons) {
    }

    /** The note's text cut at every span boundary ({@code highlight.jte}), and how much was not shown. */
    record Highlight(List<Cut> cuts, int notShown) {
    }

    /**
     * What is written at one boundary: the numbers of the marks that end there, the point marks (empty spans)
     * there, then the text up to the next boundary, marked ({@code severity} the worst of the findings covering
     * it, {@code title} all of them) or plain ({@code severity} null); no text after the last boundary.
     */
    record Cut(List<Integer> ends, List<Point> points, String text, String severity, String title) {
    }

    record Point(int n, String severity, String title) {
    }

    private final Writer out;
    private final ToolInfo tool;
    private final int maxNotes;
    private final List<Row> rows = new ArrayList<>();
    private final List<NoteView> notes = new ArrayList<>();
    private final Map<Category, long[]> byCategory = new EnumMap<>(Category.class);
    private final long[] bySeverity = new long[Severity.values().length];
    private long read;
    private long withFindings;
    private long unreadable;
    private long ruleFailures;
    /** Notes the watchdog stopped: how many, and the labels of the first {@link #STOPPED_NAMED} (memory stays flat). */
    private long stoppedCount;
    private final List<String> stopped = new ArrayList<>();
    private static final int STOPPED_NAMED = 20;
    private long shown;
    private long worth;

    public HtmlResultWriter(Writer out, ToolInfo tool, int maxNotes) {
        if (maxNotes < 0) {
            throw new IllegalArgumentException("maxNotes must not be negative");
        }
        this.out = out;
        this.tool = tool;
        this.maxNotes = maxNotes;
    }

    @Override
    public void begin() {
        // the page starts with the counts, which are known only at the end: everything is written by finish()
    }

    @Override
    public void write(RecordOrigin origin, LintResult result) {
        read++;
        if (result.error() != null) {
            unreadable++;
            if (Limits.OVER_BUDGET.equals(result.error().code()) && stoppedCount++ < STOPPED_NAMED) {
                stopped.add(origin.noteLabel(result.noteId()));
            }
        }
        ruleFailures += result.ruleErrors().size();
        if (!result.findings().isEmpty()) {
            withFindings++;
        }
        for (Finding f : result.findings()) {
            byCategory.computeIfAbsent(f.category(), c -> new long[Severity.values().length])[f.severity().ordinal()]++;
            bySeverity[f.severity().ordinal()]++;
        }
        boolean worthShowing = result.error() != null || !result.ruleErrors().isEmpty() || !result.findings().isEmpty();
        if (worthShowing) {
            worth++;
        }
        if (worthShowing && shown < maxNotes) {
            shown++;
            show(origin, result, "note-" + shown);
        }
    }

    private void show(RecordOrigin origin, LintResult result, String anchor) {
        String label = origin.noteLabel(result.noteId());
        LineIndex lines = result.text() == null ? null : LineIndex.of(result.text());
        if (result.error() != null) {
            NoteError e = result.error();
            rows.add(new Row("error", "input", anchor, label, e.line() > 0 ? String.valueOf(e.line()) : "", "input",
                    e.code(), e.message(), null, null));
        }
        // rule failures before the findings: a gap must not hide among them
        for (RuleError e : result.ruleErrors()) {
            rows.add(new Row("error", "rule-failure", anchor, label, "", "rule failure", e.ruleId(),
                    "the rule failed on this note, its findings are missing: " + e.message(), null, null));
        }
        for (Finding f : result.findings()) {
            String line = f.span() == null || lines == null ? "" : lines.line(f.span().start()) + ":" + lines.column(f.span().start());
            rows.add(new Row(f.severity().id(), f.category().id(), anchor, label, line, f.category().title(), f.ruleId(),
                    f.message(), f.suggestion(), f.excerpt()));
        }
        String text = result.text();
        notes.add(new NoteView(anchor, result.noteId(),
                origin.source() + (origin.wholeFile() || origin.line() <= 0 ? "" : ", line " + origin.line()),
                result.error() == null ? null : result.error().message(),
                result.findings().stream().filter(f -> f.span() == null).toList(),
                result.ruleErrors().stream().map(RuleError::ruleId).toList(),
                text == null ? null : cuts(text, result.findings()), text == null ? List.of() : marked(text, result.findings())));
    }

    /** The text with each span finding marked where it is ({@link #cuts}), as HTML. */
    static String highlightHtml(String text, List<Finding> findings) {
        return render("highlight.jte", cuts(text, findings));
    }

    /**
     * The text cut for marking. Spans may overlap: the text is cut at every span boundary, and each piece is
     * marked with the findings covering it (the most severe colours it; the title lists them all). An empty
     * span is a caret mark between two characters. Each finding's number follows its end, so its reason can
     * be read below the text without hovering (print, touch screens).
     */
    static Highlight cuts(String text, List<Finding> findings) {
        int limit = Math.min(text.length(), MAX_TEXT);
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(limit);
        List<Finding> spans = new ArrayList<>();
        for (Finding f : findings) {
            if (f.span() != null && f.span().start() <= limit) {
                spans.add(f);
                cuts.add(f.span().start());
                cuts.add(Math.min(f.span().end(), limit));
            }
        }
        Integer[] at = cuts.toArray(new Integer[0]);
        List<Cut> out = new ArrayList<>(at.length);
        for (int k = 0; k < at.length; k++) {
            int a = at[k];
            List<Integer> ends = new ArrayList<>();
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < spans.size(); i++) {
                Span s = spans.get(i).span();
                if (!s.isEmpty() && Math.min(s.end(), limit) == a) {
                    ends.add(i + 1);
                }
            }
            for (int i = 0; i < spans.size(); i++) {
                Finding f = spans.get(i);
                if (f.span().isEmpty() && f.span().start() == a) {
                    points.add(new Point(i + 1, f.severity().id(), tooltip(List.of(f))));
                }
            }
            if (k + 1 == at.length) {
                out.add(new Cut(ends, points, null, null, null));
                break;
            }
            int next = at[k + 1];
            List<Finding> covering = new ArrayList<>();
            Severity worst = null;
            for (Finding f : spans) {
                if (f.span().start() <= a && next <= f.span().end() && !f.span().isEmpty()) {
                    covering.add(f);
                    worst = worst == null || f.severity().compareTo(worst) > 0 ? f.severity() : worst;
                }
            }
            out.add(new Cut(ends, points, text.substring(a, next), worst == null ? null : worst.id(),
                    covering.isEmpty() ? null : tooltip(covering)));
        }
        return new Highlight(out, text.length() - limit);
    }

    /**
     * The reasons for the marks in the text, numbered as {@link #cuts} numbers them: severity, the
     * category in plain words, the message and the suggestion, visible on the page and in print.
     */
    static String reasonsHtml(String text, List<Finding> findings) {
        return render("reasons.jte", marked(text, findings));
    }

    /** The findings with a mark in the shown text, in the order {@link #cuts} numbers them. */
    private static List<Finding> marked(String text, List<Finding> findings) {
        int limit = Math.min(text.length(), MAX_TEXT);
        return findings.stream().filter(f -> f.span() != null && f.span().start() <= limit).toList();
    }

    private static String tooltip(List<Finding> covering) {
        StringBuilder t = new StringBuilder();
        for (Finding f : covering) {
            if (t.length() > 0) {
                t.append("\n\n");
            }
            t.append(f.severity().id()).append(" [").append(f.ruleId()).append("] ").append(f.message());
            if (f.suggestion() != null) {
                t.append("\nhelp: ").append(f.suggestion());
            }
        }
        return t.toString();
    }

    @Override
    public void finish(boolean completed) {
        long findings = bySeverity[Severity.ERROR.ordinal()] + bySeverity[Severity.WARNING.ordinal()]
                + bySeverity[Severity.INFO.ordinal()];
        List<Count> counts = List.of(new Count("records read", read), new Count("notes with findings", withFindings),
                new Count("findings", findings), new Count("errors", bySeverity[Severity.ERROR.ordinal()]),
                new Count("warnings", bySeverity[Severity.WARNING.ordinal()]),
                new Count("info", bySeverity[Severity.INFO.ordinal()]), new Count("records not readable", unreadable),
                new Count("rule failures", ruleFailures));
        String cap = shown < worth ? "Listed: the " + shown + " first notes with something to show (" + rows.size()
                + " rows). The counts above cover all " + read + " records; use the csv or jsonl format for every finding."
                : null;
        Page page = new Page(CSP, STYLE, SCRIPT, tool.name(), tool.version(), tool.rules().size(), stoppedCount,
                String.join(", ", stopped) + (stoppedCount > STOPPED_NAMED ? ", ..." : ""), completed, counts,
                categories(), SEVERITIES, List.of(Category.values()), cap, rows, notes);
        try {
            out.write(render("report.jte", page));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + io.notelint.core.files.IoProblem.describe(e), e);
        }
    }

    /** The severities in the order the page lists them, most severe first. */
    private static final List<String> SEVERITIES = List.of(Severity.ERROR.id(), Severity.WARNING.id(), Severity.INFO.id());

    /** A horizontal bar per category, split by severity; CSS only. */
    private List<CategoryBar> categories() {
        long max = 1;
        for (long[] c : byCategory.values()) {
            max = Math.max(max, c[0] + c[1] + c[2]);
        }
        List<CategoryBar> bars = new ArrayList<>();
        for (Category c : Category.values()) {
            long[] n = byCategory.getOrDefault(c, new long[Severity.values().length]);
            List<Fill> fills = new ArrayList<>();
            for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
                long k = n[s.ordinal()];
                if (k > 0) {
                    fills.add(new Fill(s.id(), k, String.format(java.util.Locale.ROOT, "%.2f", 100.0 * k / max)));
                }
            }
            bars.add(new CategoryBar(c, fills, n[0] + n[1] + n[2]));
        }
        return bars;
    }

    private static String render(String template, Object model) {
        StringOutput out = new StringOutput();
        TEMPLATES.render(template, model, out);
        return out.toString();
    }

    /**
     * Nothing loads or runs but the page's own style and its one script (pinned by its hash): a note
     * that got past the escaping could still neither run script nor send anything anywhere.
     */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"
            + sha256("\n" + SCRIPT) + "'; base-uri 'none'; form-action 'none'";

    private static String sha256(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.Base64.getEncoder().encodeToString(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
