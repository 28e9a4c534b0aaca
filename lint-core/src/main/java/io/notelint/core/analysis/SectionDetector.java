package io.notelint.core.analysis;

import io.notelint.core.model.NoteFormat;
import io.notelint.core.model.SectionKind;
import io.notelint.core.text.LineIndex;
import io.notelint.core.text.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds SOAP, DAP, BIRP, GIRP and PIE section headers: full names and abbreviations, upper or mixed
 * case, alone on a line or before a colon, Markdown headers ("## Plan"), and headers that follow a
 * sentence on the same line ("S: Stable. A: Euthymic. P: ..."). Immutable and thread-safe.
 */
public final class SectionDetector {

    /** Kinds that tell one format from the others when the note declares none. */
    private static final Map<NoteFormat, Set<SectionKind>> DISTINCTIVE = Map.of(
            NoteFormat.SOAP, EnumSet.of(SectionKind.SUBJECTIVE, SectionKind.OBJECTIVE),
            NoteFormat.DAP, EnumSet.of(SectionKind.DATA),
            NoteFormat.BIRP, EnumSet.of(SectionKind.BEHAVIOR, SectionKind.RESPONSE),
            NoteFormat.GIRP, EnumSet.of(SectionKind.GOAL),
            NoteFormat.PIE, EnumSet.of(SectionKind.PROBLEM, SectionKind.EVALUATION));

    private static final List<NoteFormat> INFERENCE_ORDER =
            List.of(NoteFormat.SOAP, NoteFormat.DAP, NoteFormat.BIRP, NoteFormat.GIRP, NoteFormat.PIE);

    private final SectionHeaders headers;

    public SectionDetector() {
        this.headers = SectionHeaders.load();
    }

    /** A header found in the text before its kind is settled. */
    private record Candidate(SectionHeaders.Label label, Span labelSpan, int bodyStart) {
    }

    /** Detects the sections of {@code text}; {@code declared} (nullable) wins over inference. */
    public SectionLayout detect(String text, NoteFormat declared) {
        List<Candidate> found = findHeaders(text);
        NoteFormat format = declared != null ? declared : infer(found);
        List<Section> sections = new ArrayList<>();
        int firstHeader = found.isEmpty() ? text.length() : found.get(0).labelSpan().start();
        if (hasContent(text, 0, firstHeader)) {
            sections.add(new Section(SectionKind.PREAMBLE, "", null, new Span(0, firstHeader)));
        }
        for (int i = 0; i < found.size(); i++) {
            Candidate c = found.get(i);
            int bodyEnd = i + 1 < found.size() ? found.get(i + 1).labelSpan().start() : text.length();
            SectionKind kind = resolve(c.label().kinds(), format);
            sections.add(new Section(kind, c.labelSpan().in(text), c.labelSpan(), new Span(c.bodyStart(), bodyEnd)));
        }
        return new SectionLayout(format, declared != null, sections);
    }

    private List<Candidate> findHeaders(String text) {
        List<Candidate> out = new ArrayList<>();
        LineIndex lines = LineIndex.of(text);
        for (int line = 1; line <= lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            int end = lines.lineEnd(line, text);
            Candidate atStart = lineStartHeader(text, start, end);
            if (atStart != null) {
                out.add(atStart);
            }
            int from = atStart != null ? atStart.bodyStart() : start;
            findInlineHeaders(text, from, end, out);
        }
        return out;
    }

    /** A header at the start of a line: optional Markdown/bold decoration, label, then ':' or end of line. */
    private Candidate lineStartHeader(String text, int start, int end) {
        int at = skipSpaces(text, start, end);
        boolean markdown = false;
        while (at < end && text.charAt(at) == '#') {
            at++;
            markdown = true;
        }
        at = skipSpaces(text, at, end);
        at = skipEmphasis(text, at, end);
        SectionHeaders.Label label = headers.labelAt(text, at);
        if (label == null) {
            return null;
        }
        int labelEnd = at + label.text().length();
        int after = skipEmphasis(text, labelEnd, end);
        after = skipSpaces(text, after, end);
        boolean colon = after < end && (text.charAt(after) == ':');
        if (colon) {
            after = skipEmphasis(text, after + 1, end);
            if (label.singleLetter() && !Character.isUpperCase(text.charAt(at))) {
                return null;
            }
            return new Candidate(label, new Span(at, labelEnd), after);
        }
        // Alone on its line: a Markdown header, or a whole-line multi-letter label.
        if (after == end && (markdown || !label.singleLetter())) {
            return new Candidate(label, new Span(at, labelEnd), end);
        }
        return null;
    }

    /** Headers after a sentence end on the same line: "... mood. A: Euthymic." (upper-case initial only). */
    private void findInlineHeaders(String text, int from, int end, List<Candidate> out) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == ';' || c == '!' || c == '?') && i + 1 < end && Character.isWhitespace(text.charAt(i + 1))) {
                int at = skipSpaces(text, i + 1, end);
                if (at >= end || !Character.isUpperCase(text.charAt(at))) {
                    continue;
                }
                SectionHeaders.Label label = headers.labelAt(text, at);
                if (label == null || label.kinds().contains(SectionKind.OTHER)) {
                    continue;
                }
                int labelEnd = at + label.text().length();
                if (labelEnd < end && text.charAt(labelEnd) == ':') {
                    out.add(new Candidate(label, new Span(at, labelEnd), labelEnd + 1));
                    i = labelEnd;
                }
            }
        }
    }

    private static NoteFormat infer(List<Candidate> found) {
        if (found.isEmpty()) {
            return NoteFormat.FREE;
        }
        NoteFormat best = NoteFormat.FREE;
        int bestScore = 1; // at least two of a format's sections must be present
        for (NoteFormat f : INFERENCE_ORDER) {
            Set<SectionKind> present = EnumSet.noneOf(SectionKind.class);
            boolean distinctive = false;
            for (Candidate c : found) {
                for (SectionKind k : c.label().kinds()) {
                    if (f.requiredSections().contains(k)) {
                        present.add(k);
                        // an ambiguous label ("P") proves nothing about the format on its own
                        distinctive |= c.label().kinds().size() == 1 && DISTINCTIVE.get(f).contains(k);
                    }
                }
            }
            if (distinctive && present.size() > bestScore) {
                best = f;
                bestScore = present.size();
            }
        }
        return best;
    }

    private static SectionKind resolve(Set<SectionKind> kinds, NoteFormat format) {
        if (kinds.size() == 1) {
            return kinds.iterator().next();
        }
        for (SectionKind k : kinds) {
            if (format.requiredSections().contains(k)) {
                return k;
            }
        }
        // Not in the format: take the most common reading (Plan before Problem).
        return kinds.contains(SectionKind.PLAN) ? SectionKind.PLAN : kinds.iterator().next();
    }

    private static boolean hasContent(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpaces(String text, int at, int end) {
        while (at < end && (text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == '\u00A0')) {
            at++;
        }
        return at;
    }

    private static int skipEmphasis(String text, int at, int end) {
        while (at < end && (text.charAt(at) == '*' || text.charAt(at) == '_')) {
            at++;
        }
        return at;
    }
}
