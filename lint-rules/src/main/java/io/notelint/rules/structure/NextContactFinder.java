package io.notelint.rules.structure;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Section;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.analysis.Token;
import io.notelint.core.text.Span;
import io.notelint.core.time.TimeExpression;
import io.notelint.core.time.TimeExpression.Kind;
import io.notelint.core.time.TimeExpression.Orientation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells a next-contact time ("next session 12/4", "see in 2 weeks", "weekly sessions", "RTC 2 wks",
 * "Tuesday at 3pm") from the other times of a note ("homework daily", "practice breathing twice a
 * day", "sleep 8 hours", "since last week", "in 2019").
 *
 * <ul>
 *   <li>A frequency or a bare duration counts only when it is attached to a contact word, with at most
 *       a few filler words between ("weekly individual therapy sessions", "see client biweekly",
 *       "f/u 2 weeks", "2-week follow-up"); a duration in hours or minutes never does.</li>
 *   <li>A date, weekday, clock time, interval or relative time counts when its sentence names a
 *       contact ("next session", "follow up", "return", "scheduled"), when it stands in a section
 *       headed as one ("Next appointment:"), or when a plan sentence is nothing but the time
 *       ("12/4 at 3pm").</li>
 *   <li>Times in the past, and today's date, never count. Outside plan sections the sentence must
 *       also look ahead ("next", "will", "return", a future date).</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class NextContactFinder {

    private static final int MAX_GAP = 3;

    private final SurfaceLexicon words;

    private NextContactFinder() {
        this.words = SurfaceLexicon.load("contact-words.tsv");
    }

    private static final class Holder {
        static final NextContactFinder STANDARD = new NextContactFinder();
    }

    static NextContactFinder standard() {
        return Holder.STANDARD;
    }

    /** The next-contact times of the note, in text order. */
    List<TimeExpression> find(AnalyzedNote note) {
        List<TimeExpression> all = note.timeExpressions();
        if (all.isEmpty()) {
            return List.of();
        }
        Set<Section> planSections = new HashSet<>(PlanDetector.planSections(note));
        List<TimeExpression> out = new ArrayList<>();
        for (Sentence sentence : note.sentences()) {
            List<TimeExpression> times = note.timeExpressions(sentence.span());
            if (times.isEmpty()) {
                continue;
            }
            List<Token> tokens = PlanDetector.unquoted(note, note.tokens(sentence));
            boolean inPlan = planSections.contains(sentence.section());
            for (TimeExpression t : times) {
                if (!note.inQuote(t.span()) && isNextContact(note, sentence, tokens, t, inPlan)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private boolean isNextContact(AnalyzedNote note, Sentence sentence, List<Token> tokens, TimeExpression t,
                                  boolean inPlan) {
        if (t.orientation() == Orientation.PAST) {
            return false;
        }
        if (t.orientation() == Orientation.PRESENT && (t.kind() == Kind.DATE || t.kind() == Kind.RELATIVE && t.value().equals("P0D"))) {
            return false; // today: the session being documented ("this week" is still ahead: "follow up this week")
        }
        if (t.kind() == Kind.DATE && t.value().length() == 4) {
            return false; // a bare year ("in 2019") is history, not an appointment
        }
        int first = firstToken(tokens, t.span());
        int last = lastToken(tokens, t.span());
        if (first < 0 || last < first) {
            return false;
        }
        boolean attached;
        boolean clock = t.value().contains("PT"); // hours or minutes: a session length or a sleep time
        int[] clause = clause(tokens, first, last);
        switch (t.kind()) {
            case FREQUENCY -> attached = !clock && attachedToContact(tokens, first, last, true, t.value());
            case DURATION -> attached = !clock && attachedToContact(tokens, first, last, false, t.value());
            // "within 15 minutes" is how long something took, never when the client is seen next
            case INTERVAL -> attached = !(clock && t.value().endsWith("M"))
                    && (clauseNamesContact(tokens, clause, first, last, t) || headerNamesContact(note, sentence));
            default -> attached = clauseNamesContact(tokens, clause, first, last, t) || headerNamesContact(note, sentence)
                    || inPlan && (onlyTime(tokens, clause, note, sentence) || appointmentShaped(note, sentence, clause, tokens, t));
        }
        // "Follow-up: 2 weeks", "Next session: biweekly": the header names the contact
        attached |= !clock && headerNamesContact(note, sentence) && onlyTime(tokens, clause, note, sentence);
        if (!attached) {
            return false;
        }
        return inPlan || t.isFuture() || looksAhead(tokens) || headerNamesContact(note, sentence);
    }

    /** A contact word next to the time, with at most {@link #MAX_GAP} filler words between. */
    private boolean attachedToContact(List<Token> tokens, int first, int last, boolean frequency, String value) {
        // to the left: "see client weekly", "RTC 2 wks", "continue weekly"
        int gap = 0;
        for (int i = first - 1; i >= 0 && gap <= MAX_GAP; i--) {
            SurfaceLexicon.Match m = matchEndingAt(tokens, i);
            if (m != null && m.is("contact")) {
                return true;
            }
            if (gap == 0 && words.wordHas(tokens.get(i), "soft")) {
                return true; // "return 2 weeks", "meet weekly"
            }
            if (frequency && gap == 0 && words.wordHas(tokens.get(i), "continue") && endsClause(tokens, last)
                    && !value.endsWith("D")) {
                return true; // "Continue weekly." (not "continue daily journaling")
            }
            if (!words.wordHas(tokens.get(i), "filler")) {
                break;
            }
            gap++;
        }
        // to the right, a contact noun: "weekly sessions", "biweekly individual therapy", "2-week follow-up"
        gap = 0;
        for (int i = last + 1; i < tokens.size() && gap <= MAX_GAP; i++) {
            SurfaceLexicon.Match m = words.at(tokens, i);
            if (m != null && m.is("noun")) {
                return true;
            }
            if (!words.wordHas(tokens.get(i), "filler")) {
                break;
            }
            gap++;
        }
        return false;
    }

    /** A contact phrase that ends at token {@code i} (phrases are at most a few words long), or null. */
    private SurfaceLexicon.Match matchEndingAt(List<Token> tokens, int i) {
        for (int start = i; start >= Math.max(0, i - 3); start--) {
            SurfaceLexicon.Match m = words.at(tokens, start);
            if (m != null && m.end() == i + 1 && m.is("contact")) {
                return m;
            }
        }
        return null;
    }

    private static boolean endsClause(List<Token> tokens, int last) {
        return last + 1 >= tokens.size() || !tokens.get(last + 1).isWord();
    }

    /**
     * A contact word in the time's clause (the sentence between semicolons), not inside the time and not
     * after a past marker ("attended all 3 scheduled sessions"); a soft contact word ("review", "call")
     * only for a time ahead of the session.
     */
    private boolean clauseNamesContact(List<Token> tokens, int[] clause, int first, int last, TimeExpression t) {
        for (int i = clause[0]; i < clause[1]; i++) {
            if (i >= first && i <= last) {
                continue;
            }
            SurfaceLexicon.Match m = words.at(tokens, i);
            if (m == null || !(m.first() < first || m.first() > last) || afterPastMarker(tokens, m.first(), clause[0])) {
                continue;
            }
            if (m.is("contact") || m.is("soft") && t.isFuture()) {
                return true;
            }
        }
        return false;
    }

    private boolean afterPastMarker(List<Token> tokens, int at, int from) {
        for (int i = Math.max(from, at - 3); i < at; i++) {
            if (words.wordHas(tokens.get(i), "past")) {
                return true;
            }
        }
        return false;
    }

    /** Token bounds {@code [start, end)} of the clause around tokens {@code first..last}: split at ';'. */
    private static int[] clause(List<Token> tokens, int first, int last) {
        int start = first;
        while (start > 0 && !isClauseBreak(tokens.get(start - 1))) {
            start--;
        }
        int end = last + 1;
        while (end < tokens.size() && !isClauseBreak(tokens.get(end))) {
            end++;
        }
        return new int[] {start, end};
    }

    private static boolean isClauseBreak(Token t) {
        return t.text().equals(";") || t.text().equals(".");
    }

    /** The sentence stands under a header that names a contact: "Next appointment:", "Follow-up:". */
    private boolean headerNamesContact(AnalyzedNote note, Sentence sentence) {
        Section s = sentence.section();
        if (s.headerSpan() == null) {
            return false;
        }
        List<Token> header = note.tools().tokenizer().tokenize(note.text(), s.headerSpan());
        for (int i = 0; i < header.size(); i++) {
            SurfaceLexicon.Match m = words.at(header, i);
            if (m != null && m.is("contact")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A day with a clock time in a plan clause, "on 3/5 at 16:00", "Tuesday 3pm": the shape of an
     * appointment even when the clause names no contact word (homework has no clock time on a date).
     */
    private static boolean appointmentShaped(AnalyzedNote note, Sentence sentence, int[] clause, List<Token> tokens,
                                             TimeExpression t) {
        if (t.kind() != Kind.DATE && t.kind() != Kind.WEEKDAY) {
            return false;
        }
        int clauseEnd = clause[1] < tokens.size() ? tokens.get(clause[1]).start() : sentence.span().end();
        for (TimeExpression other : note.timeExpressions(sentence.span())) {
            if (other.kind() == Kind.TIME && other.start() >= t.end() && other.start() <= t.end() + 6
                    && other.start() < clauseEnd) {
                return true;
            }
        }
        return false;
    }

    /** A plan clause that holds nothing but times and filler: "12/4 at 3pm.", "Next: Tuesday 10am". */
    private boolean onlyTime(List<Token> tokens, int[] clause, AnalyzedNote note, Sentence sentence) {
        List<TimeExpression> times = note.timeExpressions(sentence.span());
        for (int i = clause[0]; i < clause[1]; i++) {
            Token tok = tokens.get(i);
            if (!tok.isWord() || words.wordHas(tok, "filler")) {
                continue;
            }
            boolean inTime = false;
            for (TimeExpression t : times) {
                inTime |= t.span().contains(tok.span());
            }
            if (!inTime) {
                return false;
            }
        }
        return true;
    }

    private boolean looksAhead(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            SurfaceLexicon.Match m = words.at(tokens, i);
            if (m != null && m.is("forward") || words.wordHas(tokens.get(i), "forward")) {
                return true;
            }
        }
        return false;
    }

    private static int firstToken(List<Token> tokens, Span span) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > span.start()) {
                return tokens.get(i).start() < span.end() ? i : -1;
            }
        }
        return -1;
    }

    private static int lastToken(List<Token> tokens, Span span) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).start() < span.end()) {
                return tokens.get(i).end() > span.start() ? i : -1;
            }
        }
        return -1;
    }
}
