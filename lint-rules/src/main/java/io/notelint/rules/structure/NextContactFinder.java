package io.notelint.rules.structure;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Section;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import io.notelint.core.time.TimeExpression.Kind;
import io.notelint.core.time.TimeExpression.Orientation;
import io.notelint.core.time.TimeExpression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * The next-contact times of the note, in text order. Linear in the note: each sentence's facts
     * (clause breaks, contact words, words outside any time) are computed once, in one pass over its
     * tokens, and each time expression is then judged in O(log tokens), so a sentence of 30,000 times
     * ("10:00-10:00-...") costs no more per time than a sentence of one.
     */
    List<TimeExpression> find(AnalyzedNote note) {
        return find(note, true);
    }

    /**
     * {@link #find(AnalyzedNote)}; with {@code screen} false every sentence's times are read and judged, as
     * before sentences without a contact word were passed over (the oracle of the differential test).
     */
    List<TimeExpression> find(AnalyzedNote note, boolean screen) {
        Set<Section> planSections = new HashSet<>(PlanDetector.planSections(note));
        Map<Section, Boolean> contactHeaders = new HashMap<>();
        List<TimeExpression> out = new ArrayList<>();
        for (Sentence sentence : note.sentences()) {
            boolean inPlan = planSections.contains(sentence.section());
            List<Token> tokens = PlanDetector.unquoted(note, note.tokens(sentence));
            SurfaceLexicon.Match[] matches = matches(tokens);
            boolean header = contactHeaders.computeIfAbsent(sentence.section(), s -> headerNamesContact(note, s));
            // a time outside a plan section, not under a contact header, is attached to a contact only
            // through a contact word of its sentence: without one, its times need not be read at all
            if (screen && !inPlan && !header && !mayAttach(tokens, matches)) {
                continue;
            }
            List<TimeExpression> times = screen ? note.timeExpressions(sentence) : note.timeExpressions(sentence.span());
            if (times.isEmpty()) {
                continue;
            }
            SentenceFacts facts = new SentenceFacts(sentence, tokens, matches, times, header);
            for (TimeExpression t : times) {
                if (!note.inQuote(t.span()) && isNextContact(facts, t, inPlan)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The contact phrase starting at each token, or null. */
    private SurfaceLexicon.Match[] matches(List<Token> tokens) {
        SurfaceLexicon.Match[] out = new SurfaceLexicon.Match[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = words.at(tokens, i);
        }
        return out;
    }

    /**
     * Whether any word of the sentence could attach one of its times to a contact: every way
     * {@link #isNextContact} has outside a plan section and a contact header goes through a contact,
     * soft-contact or contact-noun phrase starting at some token ({@link #attachedToContact},
     * {@link SentenceFacts#clauseNamesContact}), or a soft-contact or "continue" word.
     */
    private boolean mayAttach(List<Token> tokens, SurfaceLexicon.Match[] matches) {
        for (int i = 0; i < matches.length; i++) {
            SurfaceLexicon.Match m = matches[i];
            if (m != null && (m.is("contact") || m.is("soft") || m.is("noun"))
                    || words.wordHas(tokens.get(i), "soft") || words.wordHas(tokens.get(i), "continue")) {
                return true;
            }
        }
        return false;
    }

    /** The section stands under a header that names a contact: "Next appointment:", "Follow-up:". */
    private boolean headerNamesContact(AnalyzedNote note, Section s) {
        if (s.headerSpan() == null) {
            return false;
        }
        List<Token> headerTokens = note.tools().tokenizer().tokenize(note.text(), s.headerSpan());
        for (int i = 0; i < headerTokens.size(); i++) {
            SurfaceLexicon.Match m = words.at(headerTokens, i);
            if (m != null && m.is("contact")) {
                return true;
            }
        }
        return false;
    }

    private boolean isNextContact(SentenceFacts f, TimeExpression t, boolean inPlan) {
        if (t.orientation() == Orientation.PAST) {
            return false;
        }
        if (t.orientation() == Orientation.PRESENT && (t.kind() == Kind.DATE || t.kind() == Kind.RELATIVE && t.value().equals("P0D"))) {
            return false; // today: the session being documented ("this week" is still ahead: "follow up this week")
        }
        if (t.kind() == Kind.DATE && t.value().length() == 4) {
            return false; // a bare year ("in 2019") is history, not an appointment
        }
        List<Token> tokens = f.tokens;
        int first = f.firstToken(t.span());
        int last = f.lastToken(t.span());
        if (first < 0 || last < first) {
            return false;
        }
        boolean attached;
        boolean clock = t.value().contains("PT"); // hours or minutes: a session length or a sleep time
        int[] clause = f.clause(first, last);
        switch (t.kind()) {
            case FREQUENCY -> attached = !clock && attachedToContact(tokens, first, last, true, t.value());
            case DURATION -> attached = !clock && attachedToContact(tokens, first, last, false, t.value());
            // "within 15 minutes" is how long something took, never when the client is seen next
            case INTERVAL -> attached = !(clock && t.value().endsWith("M"))
                    && (f.clauseNamesContact(clause, first, last, t) || f.headerNamesContact());
            default -> attached = f.clauseNamesContact(clause, first, last, t) || f.headerNamesContact()
                    || inPlan && (f.onlyTime(clause) || f.appointmentShaped(clause, t));
        }
        // "Follow-up: 2 weeks", "Next session: biweekly": the header names the contact
        attached |= !clock && f.headerNamesContact() && f.onlyTime(clause);
        if (!attached) {
            return false;
        }
        return inPlan || t.isFuture() || f.looksAhead() || f.headerNamesContact();
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

    private static boolean isClauseBreak(Token t) {
        return t.text().equals(";") || t.text().equals(".");
    }

    /**
     * What one sentence offers every time expression in it, computed in one pass over its tokens so that
     * each question about a time costs O(1) or O(log tokens), never a walk over the sentence.
     */
    private final class SentenceFacts {
        private final Sentence sentence;
        private final List<Token> tokens;
        private final List<TimeExpression> times;
        /** Index of the nearest clause break before token i, else -1; after token i, else tokens.size(). */
        private final int[] breakBefore;
        private final int[] breakAfter;
        /**
         * Prefix counts over token positions: contact (or soft contact) phrases starting at a position
         * whose three tokens before hold no past marker ("attended 3 scheduled sessions"), and words that
         * are neither filler nor inside a time.
         */
        private final int[] contactsBefore;
        private final int[] softBefore;
        private final int[] strayBefore;
        private final int[] pastBefore;
        private final SurfaceLexicon.Match[] matches;
        private final boolean header;
        private Boolean ahead;

        SentenceFacts(Sentence sentence, List<Token> tokens, SurfaceLexicon.Match[] matches, List<TimeExpression> times,
                      boolean header) {
            this.sentence = sentence;
            this.tokens = tokens;
            this.times = times;
            this.matches = matches;
            this.header = header;
            int n = tokens.size();
            breakBefore = new int[n];
            breakAfter = new int[n];
            int lastBreak = -1;
            for (int i = 0; i < n; i++) {
                breakBefore[i] = lastBreak;
                if (isClauseBreak(tokens.get(i))) {
                    lastBreak = i;
                }
            }
            int nextBreak = n;
            for (int i = n - 1; i >= 0; i--) {
                breakAfter[i] = nextBreak;
                if (isClauseBreak(tokens.get(i))) {
                    nextBreak = i;
                }
            }
            // the nearest past marker before each position
            int[] pastAt = new int[n];
            int lastPast = -1;
            for (int i = 0; i < n; i++) {
                pastAt[i] = lastPast;
                if (words.wordHas(tokens.get(i), "past")) {
                    lastPast = i;
                }
            }
            pastBefore = pastAt;
            contactsBefore = new int[n + 1];
            softBefore = new int[n + 1];
            strayBefore = new int[n + 1];
            // a sweep over the times (in text order): the furthest end of those started at or before a token
            int nextTime = 0;
            int reach = -1;
            for (int i = 0; i < n; i++) {
                Token tok = tokens.get(i);
                SurfaceLexicon.Match m = matches[i];
                boolean clear = pastAt[i] < i - 3;
                contactsBefore[i + 1] = contactsBefore[i] + (m != null && clear && m.is("contact") ? 1 : 0);
                softBefore[i + 1] = softBefore[i] + (m != null && clear && m.is("soft") ? 1 : 0);
                while (nextTime < times.size() && times.get(nextTime).start() <= tok.start()) {
                    reach = Math.max(reach, times.get(nextTime).end());
                    nextTime++;
                }
                boolean stray = tok.isWord() && !words.wordHas(tok, "filler") && reach < tok.end();
                strayBefore[i + 1] = strayBefore[i] + (stray ? 1 : 0);
            }
        }

        /** Token bounds {@code [start, end)} of the clause around tokens {@code first..last}: split at ';' and '.'. */
        int[] clause(int first, int last) {
            return new int[] {breakBefore[first] + 1, breakAfter[last]};
        }

        /**
         * A contact word in the time's clause, not inside the time and not after a past marker
         * ("attended all 3 scheduled sessions"); a soft contact word ("review", "call") only for a time
         * ahead of the session.
         */
        boolean clauseNamesContact(int[] clause, int first, int last, TimeExpression t) {
            int from = clause[0];
            // the first three positions of the clause: their past-marker window is cut at the clause start
            int exact = Math.min(Math.min(from + 3, first), clause[1]);
            for (int i = from; i < exact; i++) {
                if (names(i, from, t)) {
                    return true;
                }
            }
            // past them the window is the three tokens before, whatever the clause: the prefix counts hold
            if (count(exact, first, t) > 0) {
                return true;
            }
            int after = Math.max(last + 1, from + 3);
            for (int i = last + 1; i < Math.min(after, clause[1]); i++) {
                if (names(i, from, t)) {
                    return true;
                }
            }
            return after < clause[1] && count(after, clause[1], t) > 0;
        }

        private boolean names(int i, int from, TimeExpression t) {
            SurfaceLexicon.Match m = matches[i];
            if (m == null || pastBefore[i] >= Math.max(from, i - 3)) {
                return false;
            }
            return m.is("contact") || m.is("soft") && t.isFuture();
        }

        /** Contact phrases (soft ones too for a future time) starting in {@code [from, to)}. */
        private int count(int from, int to, TimeExpression t) {
            if (from >= to) {
                return 0;
            }
            int n = contactsBefore[to] - contactsBefore[from];
            return t.isFuture() ? n + softBefore[to] - softBefore[from] : n;
        }

        /** A clause that holds nothing but times and filler: "12/4 at 3pm.", "Next: Tuesday 10am". */
        boolean onlyTime(int[] clause) {
            return strayBefore[clause[1]] - strayBefore[clause[0]] == 0;
        }

        /** The sentence stands under a header that names a contact: "Next appointment:", "Follow-up:". */
        boolean headerNamesContact() {
            return header;
        }

        /**
         * A day with a clock time in a plan clause, "on 3/5 at 16:00", "Tuesday 3pm": the shape of an
         * appointment even when the clause names no contact word (homework has no clock time on a date).
         * Only the times starting within 6 chars after this one are looked at (a binary search finds them).
         */
        boolean appointmentShaped(int[] clause, TimeExpression t) {
            if (t.kind() != Kind.DATE && t.kind() != Kind.WEEKDAY) {
                return false;
            }
            int clauseEnd = clause[1] < tokens.size() ? tokens.get(clause[1]).start() : sentence.span().end();
            int lo = 0;
            int hi = times.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (times.get(mid).start() < t.end()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int i = lo; i < times.size() && times.get(i).start() <= t.end() + 6; i++) {
                TimeExpression other = times.get(i);
                if (other.kind() == Kind.TIME && other.start() < clauseEnd) {
                    return true;
                }
            }
            return false;
        }

        boolean looksAhead() {
            if (ahead == null) {
                boolean found = false;
                for (int i = 0; i < tokens.size() && !found; i++) {
                    SurfaceLexicon.Match m = matches[i];
                    found = m != null && m.is("forward") || words.wordHas(tokens.get(i), "forward");
                }
                ahead = found;
            }
            return ahead;
        }

        /** The first token ending after the span's start, when it starts inside the span; else -1. */
        int firstToken(Span span) {
            int lo = 0;
            int hi = tokens.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).end() > span.start()) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo < tokens.size() && tokens.get(lo).start() < span.end() ? lo : -1;
        }

        /** The last token starting before the span's end, when it ends inside the span; else -1. */
        int lastToken(Span span) {
            int lo = 0;
            int hi = tokens.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).start() < span.end()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int i = lo - 1;
            return i >= 0 && tokens.get(i).end() > span.start() ? i : -1;
        }
    }
}
