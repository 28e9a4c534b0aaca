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
 * Test oracle: the section detector as it was before issue 15 (labels tried one by one at each
 * candidate position), kept verbatim so that {@code SectionDetectorDifferentialTest} can show the
 * trie-based detector finds exactly the same sections.
 *
 * <p>Original comment: Finds SOAP, DAP, BIRP, GIRP and PIE section headers: full names and abbreviations, upper or mixed
 * case, alone on a line or before a colon (or, for a full name at the start of a line, a dash),
 * Markdown headers ("## Plan"), bold ("**Plan:**"), numbered or bulleted ("1. Plan:", "- Plan:"),
 * a short parenthesis after the name ("Plan (next steps):"), and headers that follow a sentence on the
 * same line ("S: Stable. A: Euthymic. P: ..."). Decoration before a header (list number, '#', '*')
 * belongs to neither section. Immutable and thread-safe.
 */
final class LegacySectionDetector {

    /** Kinds that tell one format from the others when the note declares none. */
    private static final Map<NoteFormat, Set<SectionKind>> DISTINCTIVE = Map.of(
            NoteFormat.SOAP, EnumSet.of(SectionKind.SUBJECTIVE, SectionKind.OBJECTIVE),
            NoteFormat.DAP, EnumSet.of(SectionKind.DATA),
            NoteFormat.BIRP, EnumSet.of(SectionKind.BEHAVIOR, SectionKind.RESPONSE),
            NoteFormat.GIRP, EnumSet.of(SectionKind.GOAL),
            NoteFormat.PIE, EnumSet.of(SectionKind.PROBLEM, SectionKind.EVALUATION));

    private static final List<NoteFormat> INFERENCE_ORDER =
            List.of(NoteFormat.SOAP, NoteFormat.DAP, NoteFormat.BIRP, NoteFormat.GIRP, NoteFormat.PIE);

    private final LegacySectionHeaders headers;

    LegacySectionDetector() {
        this.headers = LegacySectionHeaders.load();
    }

    /**
     * A header found in the text before its kind is settled.
     *
     * @param cut where the section before it ends: the start of the header's decoration
     */
    private record Candidate(LegacySectionHeaders.Label label, Span labelSpan, int bodyStart, int cut) {
    }

    /** Detects the sections of {@code text}; {@code declared} (nullable) wins over inference. */
    public SectionLayout detect(String text, NoteFormat declared) {
        List<Candidate> found = findHeaders(text);
        NoteFormat format = declared != null ? declared : infer(text, found);
        List<Section> sections = new ArrayList<>();
        int firstHeader = found.isEmpty() ? text.length() : found.get(0).cut();
        if (hasContent(text, 0, firstHeader)) {
            sections.add(new Section(SectionKind.PREAMBLE, "", null, new Span(0, firstHeader)));
        }
        for (int i = 0; i < found.size(); i++) {
            Candidate c = found.get(i);
            int bodyEnd = i + 1 < found.size() ? found.get(i + 1).cut() : text.length();
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

    /**
     * A header at the start of a line: optional list marker, Markdown or bold decoration, the label, an
     * optional short parenthesis, then ':' (or " - " after a full name) or the end of the line.
     */
    private Candidate lineStartHeader(String text, int start, int end) {
        int cut = skipSpaces(text, start, end);
        int at = skipListMarker(text, cut, end);
        boolean markdown = false;
        while (at < end && text.charAt(at) == '#') {
            at++;
            markdown = true;
        }
        at = skipSpaces(text, at, end);
        at = skipEmphasis(text, at, end);
        LegacySectionHeaders.Label label = headers.labelAt(text, at);
        int labelEnd;
        if (label == null) {
            // "P1:", "E2:": a numbered label runs into its number
            int letters = at;
            while (letters < end && Character.isLetter(text.charAt(letters))) {
                letters++;
            }
            label = letters > at && letters < end && Character.isDigit(text.charAt(letters))
                    ? headers.exact(text.substring(at, letters)) : null;
            if (label == null) {
                return null;
            }
            labelEnd = letters;
        } else {
            labelEnd = at + label.text().length();
        }
        int after = skipEmphasis(text, labelEnd, end);
        after = skipSpaces(text, after, end);
        after = skipParenthesis(text, after, end);
        after = skipEmphasis(text, after, end);
        int numbered = skipNumber(text, after, end, !label.singleLetter());
        if (numbered > after && numbered < end && text.charAt(numbered) == ':' && numberable(label)) {
            after = numbered; // "P#1:", "Problem #2:", "Goal 1:" (numbered PIE and GIRP headers)
        } else if (numbered > after && label.singleLetter() && text.charAt(after) == '#' && numberable(label)) {
            // "P#1 Depressed mood: ...": an explicit '#' number after a PIE letter is a header even before a
            // title ("Problem #1 Panic disorder: ..." under an A/P header is a list item, not a section)
            return new Candidate(label, new Span(at, labelEnd), numbered, cut);
        } else if (labelEnd < end && Character.isDigit(text.charAt(labelEnd))) {
            return null;
        }
        boolean colon = after < end && (text.charAt(after) == ':');
        if (!colon && !label.singleLetter()) {
            int tail = skipHeaderTail(text, after, end);
            if (tail > after && tail < end && text.charAt(tail) == ':') {
                after = tail; // "Assessment/Diagnosis:", "Plan for next session:", "Interventions used today:"
                colon = true;
            }
        }
        if (colon) {
            after = skipEmphasis(text, after + 1, end);
            if (label.singleLetter() && !Character.isUpperCase(text.charAt(at))) {
                return null;
            }
            return new Candidate(label, new Span(at, labelEnd), after, cut);
        }
        // "Plan - continue weekly": a dash with space after it, for full names only (never "A - ...").
        if (!label.singleLetter() && after + 1 < end && isDash(text.charAt(after)) && after > labelEnd
                && Character.isWhitespace(text.charAt(after + 1))) {
            return new Candidate(label, new Span(at, labelEnd), after + 1, cut);
        }
        // Alone on its line: a Markdown header, or a whole-line multi-letter label.
        if (after == end && (markdown || !label.singleLetter())) {
            return new Candidate(label, new Span(at, labelEnd), end, cut);
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
                LegacySectionHeaders.Label label = headers.labelAt(text, at);
                if (label == null || label.kinds().contains(SectionKind.OTHER)) {
                    continue;
                }
                int labelEnd = at + label.text().length();
                if (labelEnd < end && text.charAt(labelEnd) == ':') {
                    out.add(new Candidate(label, new Span(at, labelEnd), labelEnd + 1, at));
                    i = labelEnd;
                }
            }
        }
    }

    /**
     * The format the headers add up to: the one with most of its sections present, given that at
     * least two are present and one of them is distinctive and unambiguous ("Data:" for DAP, not "P:").
     * GIRP also needs two sections besides the plan: "Goals:" and "Plan:" alone are common in any note.
     * Without such headers, a short title line ("BIRP Progress Note") names the format if at least one
     * of its headers is present.
     */
    private static NoteFormat infer(String text, List<Candidate> found) {
        if (found.isEmpty()) {
            return NoteFormat.FREE;
        }
        NoteFormat best = NoteFormat.FREE;
        int bestScore = 1; // at least two of a format's sections must be present
        for (NoteFormat f : INFERENCE_ORDER) {
            Set<SectionKind> present = present(f, found);
            boolean distinctive = false;
            for (Candidate c : found) {
                // an ambiguous label ("P") proves nothing about the format on its own
                distinctive |= c.label().kinds().size() == 1 && DISTINCTIVE.get(f).containsAll(c.label().kinds());
            }
            int besidesPlan = present.size() - (present.contains(SectionKind.PLAN) ? 1 : 0);
            boolean enough = f != NoteFormat.GIRP || besidesPlan >= 2;
            if (distinctive && enough && present.size() > bestScore) {
                best = f;
                bestScore = present.size();
            }
        }
        if (best == NoteFormat.FREE) {
            NoteFormat titled = titleFormat(text, found.get(0).cut());
            if (titled != null && !present(titled, found).isEmpty()) {
                return titled;
            }
        }
        return best;
    }

    private static Set<SectionKind> present(NoteFormat f, List<Candidate> found) {
        Set<SectionKind> present = EnumSet.noneOf(SectionKind.class);
        for (Candidate c : found) {
            for (SectionKind k : c.label().kinds()) {
                if (f.requiredSections().contains(k)) {
                    present.add(k);
                }
            }
        }
        return present;
    }

    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile(
            "^[\\s#*_]*(SOAP|DAP|BIRP|GIRP|PIE)\\b[^\\n]{0,40}$", java.util.regex.Pattern.MULTILINE);

    /** "SOAP Note", "## DAP progress note 11/20": a format named on a short line before the first header. */
    private static NoteFormat titleFormat(String text, int before) {
        java.util.regex.Matcher m = TITLE.matcher(text);
        m.region(0, before);
        return m.find() ? NoteFormat.valueOf(m.group(1)) : null;
    }

    private static SectionKind resolve(Set<SectionKind> kinds, NoteFormat format) {
        if (kinds.size() == 1) {
            return kinds.iterator().next();
        }
        for (SectionKind k : format.requiredSections()) {
            if (kinds.contains(k)) {
                return k;
            }
        }
        // Not in the format: a label that may also be a plain section ("MSE") is that; otherwise take
        // the most common reading (Plan before Problem).
        if (kinds.contains(SectionKind.OTHER)) {
            return SectionKind.OTHER;
        }
        return kinds.contains(SectionKind.PLAN) ? SectionKind.PLAN : kinds.iterator().next();
    }

    /**
     * Every kind a header may name ("A/P" is Assessment and Plan; "P" Plan or Problem), for rules that
     * must see a combined header as both; empty when {@code header} is not a known label.
     */
    public Set<SectionKind> kindsOf(String header) {
        LegacySectionHeaders.Label label = header == null ? null : headers.labelAt(header, 0);
        return label == null || label.text().length() != header.length() ? Set.of() : label.kinds();
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

    /** A list marker before a header: "1." "2)" "a." "-" "*" "\u2022", followed by a space. */
    private static int skipListMarker(String text, int at, int end) {
        int i = at;
        while (i < end && i - at < 3 && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i > at && i + 1 < end && (text.charAt(i) == '.' || text.charAt(i) == ')') && text.charAt(i + 1) == ' ') {
            return skipSpaces(text, i + 1, end);
        }
        char c = at < end ? text.charAt(at) : 0;
        if ((c == '-' || c == '\u2022' || c == '*' && at + 1 < end && text.charAt(at + 1) == ' ')
                && at + 1 < end && text.charAt(at + 1) == ' ') {
            return skipSpaces(text, at + 1, end);
        }
        return at;
    }

    /**
     * Labels that take a number ("P#1:", "Problem 2:", "Goal 1:", "I#1:"): PIE and GIRP number their
     * problems and goals. "Objective 1a:" is a treatment-plan objective, never the SOAP Objective.
     */
    private static boolean numberable(LegacySectionHeaders.Label label) {
        for (SectionKind k : label.kinds()) {
            if (k == SectionKind.PROBLEM || k == SectionKind.INTERVENTION || k == SectionKind.EVALUATION
                    || k == SectionKind.GOAL || k == SectionKind.RESPONSE) {
                return true;
            }
        }
        return false;
    }

    /**
     * A problem or goal number after a label: "#1", "1", "# 3", with spaces around; "2a" only after a
     * full name ("Objective 2a:"; "A1c:" is a lab value, not a header).
     */
    private static int skipNumber(String text, int at, int end, boolean letterSuffix) {
        int i = at;
        if (i < end && text.charAt(i) == '#') {
            i = skipSpaces(text, i + 1, end);
        }
        int digits = i;
        while (i < end && i - digits < 2 && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i == digits) {
            return at;
        }
        if (letterSuffix && i < end && Character.isLowerCase(text.charAt(i)) && i + 1 < end
                && !Character.isLetter(text.charAt(i + 1))) {
            i++;
        }
        return skipEmphasis(text, skipSpaces(text, i, end), end);
    }

    /**
     * Up to three more words after a full label, before its colon: "Response to intervention:",
     * "Assessment/Diagnosis:", "Plan (next steps) for next session:". Letters only, at most 40 chars.
     */
    private static int skipHeaderTail(String text, int at, int end) {
        int i = at;
        int words = 0;
        while (i < end && i - at <= 40) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                words++;
                while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                    i++;
                }
                if (words > 3) {
                    return at;
                }
            } else if (c == ' ' || c == '/' || c == '&' || c == '-' && i > at) {
                i++;
            } else if (c == '(') {
                int close = skipParenthesis(text, i, end);
                if (close == i) {
                    return at;
                }
                i = close;
            } else {
                break;
            }
        }
        return i < end && text.charAt(i) == ':' && words > 0 ? i : at;
    }

    /** A short parenthesis after a label: "Plan (next steps):", "Intervention (CBT):". */
    private static int skipParenthesis(String text, int at, int end) {
        if (at >= end || text.charAt(at) != '(') {
            return at;
        }
        int close = text.indexOf(')', at);
        if (close < 0 || close >= end || close - at > 40) {
            return at;
        }
        return skipSpaces(text, close + 1, end);
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    private static int skipEmphasis(String text, int at, int end) {
        while (at < end && (text.charAt(at) == '*' || text.charAt(at) == '_')) {
            at++;
        }
        return at;
    }
}
