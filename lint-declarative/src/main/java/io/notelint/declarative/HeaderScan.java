package io.notelint.declarative;

import io.notelint.core.analysis.Section;
import io.notelint.core.analysis.SectionLayout;
import io.notelint.core.text.LineIndex;
import io.notelint.core.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds section headers with an organisation's own labels ("Education:", "## Client Education"),
 * which the built-in section detector does not know. A header starts a line (after optional Markdown
 * '#' and '*'/'_' emphasis) and is followed by a colon, or stands alone on its line; a one-letter
 * label needs the colon and an upper-case letter ("E:"). A section's body runs to the next header,
 * of this scan or of the built-in detector. Immutable and thread-safe.
 */
final class HeaderScan {

    /** A section found by its custom label; {@code name} is the name the rule file gave it. */
    record Found(String name, Span header, Span body) {
        Span extent() {
            return new Span(header.start(), body.end());
        }
    }

    private record Label(String lower, String name) {
    }

    private final List<Label> labels;

    /** @param labelsByName pairs of (label as written, section name) */
    HeaderScan(List<String[]> labelsByName) {
        List<Label> out = new ArrayList<>();
        for (String[] pair : labelsByName) {
            out.add(new Label(pair[0].trim().toLowerCase(Locale.ROOT), pair[1]));
        }
        out.sort(Comparator.comparingInt((Label l) -> l.lower().length()).reversed());
        this.labels = List.copyOf(out);
    }

    boolean isEmpty() {
        return labels.isEmpty();
    }

    /** Every labelled section in text order. */
    List<Found> find(String text, SectionLayout layout) {
        if (labels.isEmpty()) {
            return List.of();
        }
        List<Span> headers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> bodyStarts = new ArrayList<>();
        LineIndex lines = LineIndex.of(text);
        for (int line = 1; line <= lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            int end = lines.lineEnd(line, text);
            headerAt(text, start, end, headers, names, bodyStarts);
        }
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            int bodyStart = bodyStarts.get(i);
            int bodyEnd = text.length();
            if (i + 1 < headers.size()) {
                bodyEnd = headers.get(i + 1).start();
            }
            for (Section s : layout.sections()) {
                if (s.headerSpan() != null && s.headerSpan().start() >= bodyStart && s.headerSpan().start() < bodyEnd) {
                    bodyEnd = lineStartOf(text, s.headerSpan().start());
                    break;
                }
            }
            out.add(new Found(names.get(i), headers.get(i), new Span(bodyStart, Math.max(bodyStart, bodyEnd))));
        }
        return out;
    }

    private void headerAt(String text, int start, int end, List<Span> headers, List<String> names, List<Integer> bodies) {
        int at = skip(text, start, end, " \t\u00A0");
        at = skip(text, at, end, "#");
        at = skip(text, at, end, " \t\u00A0");
        at = skip(text, at, end, "*_");
        for (Label label : labels) {
            int labelEnd = at + label.lower().length();
            if (labelEnd > end || !text.regionMatches(true, at, label.lower(), 0, label.lower().length())
                    || labelEnd < end && Character.isLetterOrDigit(text.charAt(labelEnd))) {
                continue;
            }
            int after = skip(text, labelEnd, end, "*_");
            after = skip(text, after, end, " \t\u00A0");
            boolean single = label.lower().length() == 1;
            if (after < end && text.charAt(after) == ':') {
                if (single && !Character.isUpperCase(text.charAt(at))) {
                    return;
                }
                headers.add(new Span(at, labelEnd));
                names.add(label.name());
                bodies.add(skip(text, after + 1, end, "*_"));
                return;
            }
            if (after == end && !single) {
                headers.add(new Span(at, labelEnd));
                names.add(label.name());
                bodies.add(end);
                return;
            }
        }
    }

    private static int lineStartOf(String text, int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        // only back up over decoration, never over text on the same line
        for (int j = i; j < offset; j++) {
            if ("#*_ \t\u00A0".indexOf(text.charAt(j)) < 0) {
                return offset;
            }
        }
        return i;
    }

    private static int skip(String text, int at, int end, String chars) {
        while (at < end && chars.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }
}
