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
import io.notelint.core.text.Span;
import java.io.IOException;
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
 * Every piece of text from the input (ids, note text, messages) is HTML-escaped.
 */
public final class HtmlResultWriter implements ResultWriter {

    /** Notes shown in full by default; enough for a review, far from a page a browser chokes on. */
    public static final int DEFAULT_MAX_NOTES = 200;
    /** Longest note text shown; a longer text is cut there (its findings stay in the table). */
    static final int MAX_TEXT = 100_000;

    private final Writer out;
    private final ToolInfo tool;
    private final int maxNotes;
    private final StringBuilder rows = new StringBuilder();
    private final StringBuilder notes = new StringBuilder();
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
    private long listedFindings;

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
            rows.append("<tr data-sev=\"error\" data-cat=\"input\"><td><a href=\"#").append(anchor).append("\">")
                    .append(esc(label)).append("</a></td><td>").append(e.line() > 0 ? e.line() : "")
                    .append("</td><td class=\"sev-error\">error</td><td>input</td><td>").append(esc(e.code()))
                    .append("</td><td>").append(esc(e.message())).append("</td><td></td></tr>\n");
            listedFindings++;
        }
        // rule failures before the findings: a gap must not hide among them
        for (RuleError e : result.ruleErrors()) {
            rows.append("<tr data-sev=\"error\" data-cat=\"rule-failure\"><td><a href=\"#").append(anchor).append("\">")
                    .append(esc(label)).append("</a></td><td></td><td class=\"sev-error\">error</td><td>rule failure</td><td>")
                    .append(esc(e.ruleId())).append("</td><td>the rule failed on this note, its findings are missing: ")
                    .append(esc(e.message())).append("</td><td></td></tr>\n");
            listedFindings++;
        }
        for (Finding f : result.findings()) {
            String line = f.span() == null || lines == null ? "" : lines.line(f.span().start()) + ":" + lines.column(f.span().start());
            rows.append("<tr data-sev=\"").append(f.severity().id()).append("\" data-cat=\"").append(f.category().id())
                    .append("\"><td><a href=\"#").append(anchor).append("\">").append(esc(label)).append("</a></td><td>")
                    .append(line).append("</td><td class=\"sev-").append(f.severity().id()).append("\">")
                    .append(f.severity().id()).append("</td><td>").append(esc(f.category().title())).append("</td><td>")
                    .append(esc(f.ruleId())).append("</td><td>").append(esc(f.message()))
                    .append(f.suggestion() == null ? "" : "<div class=\"help\">" + esc(f.suggestion()) + "</div>")
                    .append("</td><td>").append(f.excerpt() == null ? "" : "<q>" + esc(f.excerpt()) + "</q>")
                    .append("</td></tr>\n");
            listedFindings++;
        }
        notes.append("<article class=\"note\" id=\"").append(anchor).append("\"><h3>").append(esc(result.noteId()))
                .append(" <small>").append(esc(origin.source()))
                .append(origin.wholeFile() || origin.line() <= 0 ? "" : ", line " + origin.line()).append("</small></h3>\n");
        if (result.error() != null) {
            notes.append("<p class=\"sev-error\">Not linted: ").append(esc(result.error().message())).append("</p>\n");
        }
        List<Finding> whole = result.findings().stream().filter(f -> f.span() == null).toList();
        if (!whole.isEmpty() || !result.ruleErrors().isEmpty()) {
            notes.append("<ul class=\"about-note\">\n");
            for (Finding f : whole) {
                notes.append("<li class=\"sev-").append(f.severity().id()).append("\"><b>").append(f.severity().id())
                        .append("</b> \u00b7 ").append(esc(f.category().title())).append(": ").append(esc(f.message()))
                        .append(f.suggestion() == null ? "" : " <span class=\"help\">" + esc(f.suggestion()) + "</span>")
                        .append(" <code class=\"rule\">").append(esc(f.ruleId())).append("</code></li>\n");
            }
            for (RuleError e : result.ruleErrors()) {
                notes.append("<li class=\"sev-error\">rule ").append(esc(e.ruleId()))
                        .append(" failed on this note; its findings are missing</li>\n");
            }
            notes.append("</ul>\n");
        }
        if (result.text() != null) {
            notes.append("<pre class=\"text\">");
            highlight(result.text(), result.findings(), notes);
            notes.append("</pre>\n");
            reasons(result.text(), result.findings(), notes);
        }
        notes.append("</article>\n");
    }

    /**
     * The text with each span finding marked where it is. Spans may overlap: the text is cut at every
     * span boundary, and each piece is marked with the findings covering it (the most severe colours
     * it; the title lists them all). An empty span is a caret mark between two characters.
     */
    static void highlight(String text, List<Finding> findings, StringBuilder b) {
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
        for (int k = 0; k < at.length; k++) {
            int a = at[k];
            // the number of each finding that ends here, so its reason can be read below the text
            // without hovering (print, touch screens)
            for (int i = 0; i < spans.size(); i++) {
                Span s = spans.get(i).span();
                if (!s.isEmpty() && Math.min(s.end(), limit) == a) {
                    b.append(ref(i));
                }
            }
            for (int i = 0; i < spans.size(); i++) {
                Finding f = spans.get(i);
                if (f.span().isEmpty() && f.span().start() == a) {
                    b.append("<mark class=\"point sev-").append(f.severity().id()).append("\" title=\"")
                            .append(esc(tooltip(List.of(f)))).append("\"></mark>").append(ref(i));
                }
            }
            if (k + 1 == at.length) {
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
            String piece = esc(text.substring(a, next));
            if (covering.isEmpty()) {
                b.append(piece);
            } else {
                b.append("<mark class=\"sev-").append(worst.id()).append("\" title=\"").append(esc(tooltip(covering)))
                        .append("\">").append(piece).append("</mark>");
            }
        }
        if (limit < text.length()) {
            b.append("\n<span class=\"cut\">[").append(text.length() - limit).append(" more characters not shown]</span>");
        }
    }

    private static String ref(int index) {
        return "<sup class=\"ref\">" + (index + 1) + "</sup>";
    }

    /**
     * The reasons for the marks in the text, numbered as {@link #highlight} numbers them: severity, the
     * category in plain words, the message and the suggestion, visible on the page and in print.
     */
    static void reasons(String text, List<Finding> findings, StringBuilder b) {
        int limit = Math.min(text.length(), MAX_TEXT);
        List<Finding> spans = findings.stream().filter(f -> f.span() != null && f.span().start() <= limit).toList();
        if (spans.isEmpty()) {
            return;
        }
        b.append("<ol class=\"reasons\">\n");
        for (Finding f : spans) {
            b.append("<li class=\"sev-").append(f.severity().id()).append("\"><b>").append(f.severity().id())
                    .append("</b> \u00b7 ").append(esc(f.category().title())).append(": ").append(esc(f.message()))
                    .append(f.suggestion() == null ? "" : " <span class=\"help\">" + esc(f.suggestion()) + "</span>")
                    .append(" <code class=\"rule\">").append(esc(f.ruleId())).append("</code></li>\n");
        }
        b.append("</ol>\n");
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
        StringBuilder page = new StringBuilder(rows.length() + notes.length() + 8192);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>NoteLint report</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        page.append("<header><h1>NoteLint report</h1><p>").append(esc(tool.name())).append(' ').append(esc(tool.version()))
                .append(", ").append(tool.rules().size()).append(" rules").append("</p></header>\n");
        if (stoppedCount > 0) {
            // first on the page: these notes were not checked at all
            page.append("<p class=\"sev-error banner\">").append(stoppedCount == 1 ? "1 note was" : stoppedCount + " notes were")
                    .append(" stopped by the watchdog and not checked (a rule used more than its CPU time budget): ")
                    .append(esc(String.join(", ", stopped))).append(stoppedCount > STOPPED_NAMED ? ", ..." : "")
                    .append("</p>\n");
        }
        if (!completed) {
            page.append("<p class=\"sev-error banner\">The batch stopped early: an input could not be read."
                    + " The counts cover the records read before it.</p>\n");
        }
        summary(page);
        categories(page);
        page.append("<section id=\"findings\"><h2>Findings</h2>\n<div class=\"filters\">")
                .append("<input id=\"q\" type=\"search\" placeholder=\"Filter: note, rule, words\" aria-label=\"Filter\"> ")
                .append("<select id=\"sev\" aria-label=\"Severity\"><option value=\"\">every severity</option>");
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            page.append("<option value=\"").append(s.id()).append("\">").append(s.id()).append("</option>");
        }
        page.append("</select> <select id=\"cat\" aria-label=\"Category\"><option value=\"\">every category</option>");
        for (Category c : Category.values()) {
            page.append("<option value=\"").append(c.id()).append("\">").append(esc(c.title())).append("</option>");
        }
        page.append("<option value=\"input\">unreadable record</option><option value=\"rule-failure\">rule failure</option>")
                .append("</select> <span id=\"shown\"></span></div>\n");
        if (shown < worth) {
            page.append("<p class=\"cap\">Listed: the ").append(shown).append(" first notes with something to show (")
                    .append(listedFindings).append(" rows). The counts above cover all ").append(read)
                    .append(" records; use the csv or jsonl format for every finding.</p>\n");
        }
        page.append("<table id=\"table\"><thead><tr><th>Note</th><th>Line</th><th>Severity</th><th>Category</th>")
                .append("<th>Rule</th><th>Message</th><th>Excerpt</th></tr></thead>\n<tbody>\n").append(rows)
                .append("</tbody></table>\n</section>\n");
        page.append("<section id=\"notes\"><h2>Notes</h2>\n").append(notes.length() == 0 ? "<p>No findings.</p>\n" : notes)
                .append("</section>\n");
        page.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        try {
            out.write(page.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + io.notelint.core.files.IoProblem.describe(e), e);
        }
    }

    private void summary(StringBuilder page) {
        long findings = bySeverity[Severity.ERROR.ordinal()] + bySeverity[Severity.WARNING.ordinal()]
                + bySeverity[Severity.INFO.ordinal()];
        page.append("<section id=\"summary\"><h2>Summary</h2><dl class=\"counts\">")
                .append(count("records read", read)).append(count("notes with findings", withFindings))
                .append(count("findings", findings))
                .append(count("errors", bySeverity[Severity.ERROR.ordinal()]))
                .append(count("warnings", bySeverity[Severity.WARNING.ordinal()]))
                .append(count("info", bySeverity[Severity.INFO.ordinal()]))
                .append(count("records not readable", unreadable)).append(count("rule failures", ruleFailures))
                .append("</dl></section>\n");
    }

    private static String count(String what, long n) {
        return "<div><dt>" + what + "</dt><dd>" + n + "</dd></div>";
    }

    /** A horizontal bar per category, split by severity; CSS only. */
    private void categories(StringBuilder page) {
        long max = 1;
        for (long[] c : byCategory.values()) {
            max = Math.max(max, c[0] + c[1] + c[2]);
        }
        page.append("<section id=\"categories\"><h2>Findings by category</h2>\n<div class=\"chart\" role=\"img\"")
                .append(" aria-label=\"Findings by category\">\n");
        for (Category c : Category.values()) {
            long[] n = byCategory.getOrDefault(c, new long[Severity.values().length]);
            long total = n[0] + n[1] + n[2];
            page.append("<div class=\"bar-row\"><span class=\"label\" title=\"").append(c.id()).append("\">")
                    .append(esc(c.title())).append("</span><span class=\"bar\">");
            for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
                long k = n[s.ordinal()];
                if (k > 0) {
                    page.append("<span class=\"fill sev-").append(s.id()).append("\" style=\"width:")
                            .append(String.format(java.util.Locale.ROOT, "%.2f", 100.0 * k / max)).append("%\" title=\"")
                            .append(k).append(' ').append(s.id()).append("\"></span>");
                }
            }
            page.append("</span><span class=\"n\">").append(total).append("</span></div>\n");
        }
        page.append("</div>\n<p class=\"legend\">Bar colours: ");
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            page.append("<span class=\"key\"><span class=\"swatch fill sev-").append(s.id()).append("\"></span>")
                    .append(s.id()).append("</span> ");
        }
        page.append("\u00b7 the number is the category's findings; each bar's length is to scale with the longest")
                .append("</p></section>\n");
    }

    /** Text for HTML content and quoted attribute values. */
    static String esc(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * Nothing loads or runs but the page's own style and its one script (pinned by its hash): a note
     * that got past the escaping could still neither run script nor send anything anywhere.
     */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"
            + sha256("\n" + HtmlResultWriter.script()) + "'; base-uri 'none'; form-action 'none'";

    private static String script() {
        return SCRIPT;
    }

    private static String sha256(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.Base64.getEncoder().encodeToString(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1300px;padding:0 20px 40px;color:#1d2329}
            h1{margin:18px 0 0}header p{margin:2px 0 10px;color:#5b6670}h2{border-bottom:1px solid #d8dde2;padding-bottom:4px;margin-top:28px}
            .counts{display:flex;flex-wrap:wrap;gap:10px;margin:0}.counts div{background:#f3f5f7;border-radius:6px;padding:8px 14px;min-width:110px}
            .counts dt{font-size:12px;color:#5b6670}.counts dd{margin:0;font-size:22px;font-weight:600}
            .bar-row{display:flex;align-items:center;gap:10px;margin:3px 0}.label{width:240px;text-align:right}
            .bar{flex:1;display:flex;height:16px;background:#f3f5f7;border-radius:3px;overflow:hidden}.n{width:60px}
            .fill.sev-error{background:#c62828}.fill.sev-warning{background:#ef8f00}.fill.sev-info{background:#1e88e5}
            .filters{margin:8px 0;display:flex;gap:8px;align-items:center}#q{width:320px;padding:4px}
            table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #e3e7ea;padding:4px 6px;text-align:left;vertical-align:top}
            th{background:#f3f5f7;position:sticky;top:0}td.sev-error{color:#c62828;font-weight:600}td.sev-warning{color:#b26a00;font-weight:600}
            td.sev-info{color:#1565c0}.help{color:#5b6670;font-size:12px}.cap,.banner{background:#fff8e1;padding:6px 10px;border-radius:4px}
            .note{border:1px solid #d8dde2;border-radius:6px;padding:4px 14px;margin:14px 0}.note h3 small{color:#5b6670;font-weight:400}
            pre.text{white-space:pre-wrap;word-wrap:break-word;font:13px/1.5 ui-monospace,monospace;background:#fafbfc;padding:10px}
            mark{border-radius:2px;padding:0 1px;cursor:help}mark.sev-error{background:#ffcdd2;border-bottom:2px solid #c62828}
            mark.sev-warning{background:#ffe0b2;border-bottom:2px solid #ef8f00}mark.sev-info{background:#bbdefb;border-bottom:2px solid #1e88e5}
            mark.point{padding:0;border:0;background:none}mark.point::after{content:"\\2038";color:#c62828;font-weight:700}
            li.sev-error,p.sev-error{color:#c62828}li.sev-warning{color:#b26a00}.cut{color:#5b6670}
            .legend{color:#5b6670;font-size:12px}.key{margin-right:10px;white-space:nowrap}
            .swatch{display:inline-block;width:12px;height:12px;border-radius:2px;vertical-align:-2px;margin-right:4px}
            sup.ref{font-size:10px;color:#5b6670;margin-left:1px}ol.reasons{margin:4px 0 10px;padding-left:28px}
            ol.reasons li{margin:2px 0}code.rule{color:#5b6670;font-size:11px}
            """;

    /** The filter: plain script, no library. The URL fragment (#q=...&sev=...&cat=...) sets its start. */
    private static final String SCRIPT = """
            (function () {
              var q = document.getElementById('q'), sev = document.getElementById('sev'), cat = document.getElementById('cat');
              var rows = Array.prototype.slice.call(document.querySelectorAll('#table tbody tr'));
              function apply() {
                var text = q.value.toLowerCase(), s = sev.value, c = cat.value, n = 0;
                rows.forEach(function (r) {
                  var ok = (!s || r.getAttribute('data-sev') === s) && (!c || r.getAttribute('data-cat') === c)
                      && (!text || r.textContent.toLowerCase().indexOf(text) >= 0);
                  r.style.display = ok ? '' : 'none';
                  if (ok) { n++; }
                });
                document.getElementById('shown').textContent = n + ' of ' + rows.length + ' rows shown';
                document.body.setAttribute('data-rows-shown', String(n));
              }
              var start = new URLSearchParams(location.hash.slice(1));
              q.value = start.get('q') || '';
              sev.value = start.get('sev') || '';
              cat.value = start.get('cat') || '';
              [q, sev, cat].forEach(function (e) { e.addEventListener('input', apply); e.addEventListener('change', apply); });
              apply();
            })();
            """;
}
