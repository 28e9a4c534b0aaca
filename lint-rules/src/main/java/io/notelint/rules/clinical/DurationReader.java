package io.notelint.rules.clinical;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one statement of a session length at a given place in a text, as hand-written steps: a length
 * before a session noun ("45-minute individual session"), after one ("session lasted 45 minutes"), with
 * a meeting verb ("met with client for 50 minutes"), with "spent" ("spent 53 minutes with the client"),
 * timing therapy ("38 minutes of psychotherapy") or as a time field ("Total time: 53 minutes"). Where
 * the words can be read in more than one way, the readings are tried in a fixed order (an optional part
 * before its absence, more digits or words before fewer, a list's entries in their order) and the first
 * complete one is taken: the order of the regular expression this replaced, which the tests keep as the
 * reference ({@code RegexStatedDurations}).
 *
 * <p>Comments give each step's shape in a regex-like shorthand. Case is folded character by character
 * (upper case, then lower: the long s reads as "s"), white space is space, tab, the line breaks, form feed
 * and vertical tab, digits are 0-9. Consuming steps stop at {@link #limit}; what may stand before or after
 * a statement is looked at in the whole text.
 *
 * <p>One reader belongs to one search on one thread: it keeps the parts of the last reading.
 */
final class DurationReader {

    /** What comes after a step: the end of the whole reading from {@code p}, or -1 when it fails there. */
    @FunctionalInterface
    private interface Next {
        int at(int p);
    }

    /** The six shapes of a statement, in the order they are tried at a place. */
    enum Form { BEFORE_NOUN, AFTER_NOUN, MET, SPENT, THERAPY, FIELD }

    private static final Next DONE = p -> p;

    // the continuations the shapes pass on, made once per reader rather than at every place tried
    private final Next longThenNoun = this::longThenNoun;
    private final Next withWhom = this::withWhom;
    private final Next spentAfterAmount = this::spentAfterAmount;
    private final Next ofTherapy = this::ofTherapy;

    private final DurationWords words;
    /** The text's characters (array reads cost less than String.charAt in the client compiler's code). */
    private final char[] text;
    /** Where consuming steps stop. */
    private int limit;
    /** Where the look-ahead after "a"/"an" ("an hour") stops. */
    private int lookLimit;
    /** The words a statement may begin with (a digit aside), for a quick test before reading. */
    private final DurationWords.WordList leads;

    // the parts of the last reading
    private Form form;
    private boolean therapyTime;
    private int numberStart;
    private int numberEnd;
    private int rangeStart;
    private int rangeEnd;
    private int unitMinutes;
    private int extraStart;
    private int extraEnd;
    private boolean half;

    DurationReader(DurationWords words, DurationWords.WordList leads, char[] text) {
        this.words = words;
        this.leads = leads;
        this.text = text;
    }

    /** The words a statement can begin with, digits aside: the first words of every shape. */
    static DurationWords.WordList leads(DurationWords w) {
        List<String> leads = new ArrayList<>();
        for (DurationWords.WordList list : List.of(w.numberWords(), w.nouns(), w.meetingVerbs(), w.meetingVerbsWithWhom(),
                w.hedges())) {
            leads.addAll(list.words());
        }
        leads.addAll(List.of("a", "spent", "total", "time", "face", "psychotherapy", "therapy"));
        return DurationWords.WordList.of(leads);
    }

    Form form() {
        return form;
    }

    /** Whether the statement is a "psychotherapy time"/"therapy time" field. */
    boolean therapyTime() {
        return therapyTime;
    }

    /**
     * The statement that begins at {@code p} and ends by {@code end}: its end, or -1 when none begins
     * there. The parts are then those of {@link #form()} and {@link #therapyTime()}.
     */
    int statementAt(int p, int end) {
        limit = end;
        lookLimit = text.length;
        therapyTime = false;
        if (p >= end || p > 0 && wordOrHyphen(text[p - 1])) {
            return -1; // (?<![\w-])
        }
        char c = fold(text[p]);
        if (!(c >= '0' && c <= '9') && leads.startingWith(c).length == 0) {
            return -1;
        }
        int r;
        form = Form.BEFORE_NOUN;
        if ((r = beforeNoun(p)) >= 0) {
            return r;
        }
        form = Form.AFTER_NOUN;
        if ((r = afterNoun(p)) >= 0) {
            return r;
        }
        form = Form.MET;
        if ((r = met(p)) >= 0) {
            return r;
        }
        form = Form.SPENT;
        if ((r = spent(p)) >= 0) {
            return r;
        }
        form = Form.THERAPY;
        if ((r = therapy(p)) >= 0) {
            return r;
        }
        form = Form.FIELD;
        return field(p);
    }

    /**
     * An amount ("45-50 minutes", "an hour and a half") that begins at {@code p} inside [p, end), where
     * the look-ahead after "a"/"an" stops at {@code end} as well: its end, or -1. The parts are then
     * those of the number, range, unit and extra accessors.
     */
    int amountAt(int p, int end) {
        limit = end;
        lookLimit = end;
        return amount(p, DONE);
    }

    int numberStart() {
        return numberStart;
    }

    int numberEnd() {
        return numberEnd;
    }

    /** The start of the range's second number, -1 when the amount is no range. */
    int rangeStart() {
        return rangeStart;
    }

    int rangeEnd() {
        return rangeEnd;
    }

    int unitMinutes() {
        return unitMinutes;
    }

    /** The start of the minutes after the unit ("1 hour 15 minutes"), -1 when there are none. */
    int extraStart() {
        return extraStart;
    }

    int extraEnd() {
        return extraEnd;
    }

    /** Whether "a half" follows the unit ("an hour and a half"). */
    boolean half() {
        return half;
    }

    // ---- the shapes ----

    /** AMOUNT ([- ]long)? [- ] (MODIFIER[- ]){0,3} NOUN, and no word character or hyphen after it. */
    private int beforeNoun(int p) {
        return amount(p, longThenNoun);
    }

    /** ([- ]long)? then the modifiers and the noun */
    private int longThenNoun(int q) {
        if (dashOrSpace(q)) {
            int l = literal(q + 1, "long");
            if (l >= 0) {
                int r = modifiersThenNoun(l);
                if (r >= 0) {
                    return r;
                }
            }
        }
        return modifiersThenNoun(q);
    }

    /** [- ] (MODIFIER[- ]){0,3} NOUN (?![\w-]) */
    private int modifiersThenNoun(int p) {
        return dashOrSpace(p) ? modifiers(p + 1, 0) : -1;
    }

    private int modifiers(int p, int count) {
        if (count < 3) {
            for (String m : words.modifiers().startingWith(first(p))) {
                int q = literal(p, m);
                if (q >= 0 && dashOrSpace(q)) {
                    int r = modifiers(q + 1, count + 1);
                    if (r >= 0) {
                        return r;
                    }
                }
            }
        }
        for (String n : words.nouns().startingWith(first(p))) {
            int q = literal(p, n);
            if (q >= 0 && !(q < text.length && wordOrHyphen(text[q]))) {
                return q;
            }
        }
        return -1;
    }

    /** \b NOUN (\s* ([:=–-] | \b CONNECTOR \b \.?))+ \s* HEDGE? AMOUNT */
    private int afterNoun(int p) {
        if (!boundary(p)) {
            return -1;
        }
        for (String n : words.nouns().startingWith(first(p))) {
            int q = literal(p, n);
            if (q >= 0) {
                int r = connectors(q, 0);
                if (r >= 0) {
                    return r;
                }
            }
        }
        return -1;
    }

    private int connectors(int p, int count) {
        int s = spaces(p);
        if (s < limit) {
            char c = text[s];
            if (c == ':' || c == '=' || c == '\u2013' || c == '-') {
                int r = connectors(s + 1, count + 1);
                if (r >= 0) {
                    return r;
                }
            } else if (boundary(s)) {
                for (String w : words.connectors().startingWith(first(s))) {
                    int q = phrase(s, w);
                    if (q >= 0 && boundary(q)) {
                        if (is(q, '.')) {
                            int r = connectors(q + 1, count + 1);
                            if (r >= 0) {
                                return r;
                            }
                        }
                        int r = connectors(q, count + 1);
                        if (r >= 0) {
                            return r;
                        }
                    }
                }
            }
        }
        return count == 0 ? -1 : hedgedAmount(s, DONE);
    }

    /** \b (met | meeting | seen | saw \s+ WHO) (\s+ with \s+ WHO)? \s+ for \s+ HEDGE? AMOUNT */
    private int met(int p) {
        if (!boundary(p)) {
            return -1;
        }
        for (String v : words.meetingVerbs().startingWith(first(p))) {
            int q = phrase(p, v);
            if (q >= 0) {
                int r = withWhomFor(q);
                if (r >= 0) {
                    return r;
                }
            }
        }
        for (String v : words.meetingVerbsWithWhom().startingWith(first(p))) {
            int q = phrase(p, v);
            int s = q < 0 ? -1 : spaces1(q);
            if (s >= 0) {
                int r = whom(s, this::withWhomFor);
                if (r >= 0) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** (\s+ with \s+ WHO)? \s+ for \s+ HEDGE? AMOUNT */
    private int withWhomFor(int p) {
        int s = spaces1(p);
        if (s >= 0) {
            int w = literal(s, "with");
            int t = w < 0 ? -1 : spaces1(w);
            if (t >= 0) {
                int r = whom(t, this::forAmount);
                if (r >= 0) {
                    return r;
                }
            }
        }
        return forAmount(p);
    }

    /** \s+ for \s+ HEDGE? AMOUNT */
    private int forAmount(int p) {
        int s = spaces1(p);
        int f = s < 0 ? -1 : literal(s, "for");
        int t = f < 0 ? -1 : spaces1(f);
        return t < 0 ? -1 : hedgedAmount(t, DONE);
    }

    /**
     * \b spent \s+ HEDGE? AMOUNT WITH_WHOM, or HEDGE? AMOUNT \s+ ((was|were) \s+)? spent WITH_WHOM, where
     * WITH_WHOM is \s+ (face-to-face \s+)? with \s+ WHO \b
     */
    private int spent(int p) {
        if (boundary(p)) {
            int q = literal(p, "spent");
            int s = q < 0 ? -1 : spaces1(q);
            if (s >= 0) {
                int r = hedgedAmount(s, withWhom);
                if (r >= 0) {
                    return r;
                }
            }
        }
        return hedgedAmount(p, spentAfterAmount);
    }

    /** \s+ ((was|were) \s+)? spent WITH_WHOM */
    private int spentAfterAmount(int e) {
        int s = spaces1(e);
        if (s < 0) {
            return -1;
        }
        for (String verb : new String[] {"was", "were"}) {
            int q = literal(s, verb);
            int t = q < 0 ? -1 : spaces1(q);
            if (t >= 0) {
                int r = spentWithWhom(t);
                if (r >= 0) {
                    return r;
                }
            }
        }
        return spentWithWhom(s);
    }

    private int spentWithWhom(int p) {
        int q = literal(p, "spent");
        return q < 0 ? -1 : withWhom(q);
    }

    /** \s+ (face-to-face \s+)? with \s+ WHO \b */
    private int withWhom(int p) {
        int s = spaces1(p);
        if (s < 0) {
            return -1;
        }
        int f = phrase(s, "face-to-face");
        int t = f < 0 ? -1 : spaces1(f);
        if (t >= 0) {
            int r = withWhomEnd(t);
            if (r >= 0) {
                return r;
            }
        }
        return withWhomEnd(s);
    }

    private int withWhomEnd(int p) {
        int w = literal(p, "with");
        int t = w < 0 ? -1 : spaces1(w);
        return t < 0 ? -1 : whom(t, e -> boundary(e) ? e : -1);
    }

    /** HEDGE? AMOUNT \s+ (of \s+)? (THERAPY_KIND \s+)* THERAPY */
    private int therapy(int p) {
        return hedgedAmount(p, ofTherapy);
    }

    /** \s+ (of \s+)? (THERAPY_KIND \s+)* THERAPY */
    private int ofTherapy(int e) {
        int s = spaces1(e);
        if (s < 0) {
            return -1;
        }
        int o = literal(s, "of");
        int t = o < 0 ? -1 : spaces1(o);
        if (t >= 0) {
            int r = therapyWords(t);
            if (r >= 0) {
                return r;
            }
        }
        return therapyWords(s);
    }

    private int therapyWords(int p) {
        for (String kind : words.therapyKinds().startingWith(first(p))) {
            int q = phrase(p, kind);
            int s = q < 0 ? -1 : spaces1(q);
            if (s >= 0) {
                int r = therapyWords(s);
                if (r >= 0) {
                    return r;
                }
            }
        }
        for (String w : words.therapyWords().startingWith(first(p))) {
            int q = phrase(p, w);
            if (q >= 0) {
                return q;
            }
        }
        return -1;
    }

    /**
     * \b (total \s+ (session \s+ | face-to-face \s+ | visit \s+)? (time | duration) (\s+ spent)? WITH_WHOM?
     * | time \s+ spent WITH_WHOM? | face-to-face \s+ time | psychotherapy \s+ time | therapy \s+ time)
     * \s* ([:=–-] | \b was \b | \b of \b)? \s* HEDGE? AMOUNT, where WITH_WHOM is \s+ with \s+ WHO
     */
    private int field(int p) {
        therapyTime = false;
        if (!boundary(p)) {
            return -1;
        }
        int q = literal(p, "total");
        int s = q < 0 ? -1 : spaces1(q);
        if (s >= 0) {
            for (String what : new String[] {"session", "face-to-face", "visit"}) {
                int e = phrase(s, what);
                int t = e < 0 ? -1 : spaces1(e);
                if (t >= 0) {
                    int r = timeOrDuration(t);
                    if (r >= 0) {
                        return r;
                    }
                }
            }
            int r = timeOrDuration(s);
            if (r >= 0) {
                return r;
            }
        }
        q = literal(p, "time");
        s = q < 0 ? -1 : spaces1(q);
        int e = s < 0 ? -1 : literal(s, "spent");
        if (e >= 0) {
            int r = withWhomThen(e, this::fieldValue);
            if (r >= 0) {
                return r;
            }
        }
        q = phrase(p, "face-to-face");
        s = q < 0 ? -1 : spaces1(q);
        e = s < 0 ? -1 : literal(s, "time");
        if (e >= 0) {
            int r = fieldValue(e);
            if (r >= 0) {
                return r;
            }
        }
        for (String what : new String[] {"psychotherapy", "therapy"}) {
            q = literal(p, what);
            s = q < 0 ? -1 : spaces1(q);
            e = s < 0 ? -1 : literal(s, "time");
            if (e >= 0) {
                therapyTime = true;
                int r = fieldValue(e);
                if (r >= 0) {
                    return r;
                }
                therapyTime = false;
            }
        }
        return -1;
    }

    /** (time | duration) (\s+ spent)? (\s+ with \s+ WHO)? then the field's value */
    private int timeOrDuration(int p) {
        for (String w : new String[] {"time", "duration"}) {
            int e = literal(p, w);
            if (e < 0) {
                continue;
            }
            int s = spaces1(e);
            int f = s < 0 ? -1 : literal(s, "spent");
            if (f >= 0) {
                int r = withWhomThen(f, this::fieldValue);
                if (r >= 0) {
                    return r;
                }
            }
            int r = withWhomThen(e, this::fieldValue);
            if (r >= 0) {
                return r;
            }
        }
        return -1;
    }

    /** (\s+ with \s+ WHO)? then {@code next} */
    private int withWhomThen(int p, Next next) {
        int s = spaces1(p);
        int w = s < 0 ? -1 : literal(s, "with");
        int t = w < 0 ? -1 : spaces1(w);
        if (t >= 0) {
            int r = whom(t, next);
            if (r >= 0) {
                return r;
            }
        }
        return next.at(p);
    }

    /** \s* ([:=–-] | \b was \b | \b of \b)? \s* HEDGE? AMOUNT */
    private int fieldValue(int p) {
        int s = spaces(p);
        if (s < limit) {
            char c = text[s];
            if (c == ':' || c == '=' || c == '\u2013' || c == '-') {
                int r = hedgedAmount(spaces(s + 1), DONE);
                if (r >= 0) {
                    return r;
                }
            } else if (boundary(s)) {
                for (String w : new String[] {"was", "of"}) {
                    int q = literal(s, w);
                    if (q >= 0 && boundary(q)) {
                        int r = hedgedAmount(spaces(q), DONE);
                        if (r >= 0) {
                            return r;
                        }
                    }
                }
            }
        }
        return hedgedAmount(s, DONE);
    }

    // ---- the parts ----

    /** (the \s+)? WHO_WORD */
    private int whom(int p, Next next) {
        int t = literal(p, "the");
        int s = t < 0 ? -1 : spaces1(t);
        if (s >= 0) {
            int r = whomWord(s, next);
            if (r >= 0) {
                return r;
            }
        }
        return whomWord(p, next);
    }

    private int whomWord(int p, Next next) {
        for (String w : words.whom().startingWith(first(p))) {
            int q = phrase(p, w);
            if (q >= 0) {
                int r = next.at(q);
                if (r >= 0) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** (HEDGE \s+)? AMOUNT */
    private int hedgedAmount(int p, Next next) {
        for (String h : words.hedges().startingWith(first(p))) {
            int q = phrase(p, h);
            int s = q < 0 ? -1 : spaces1(q);
            if (s >= 0) {
                int r = amount(s, next);
                if (r >= 0) {
                    return r;
                }
            }
        }
        return amount(p, next);
    }

    /**
     * NUMBER (\s* (-|–|to) \s* NUMBER)? [- ]? UNIT \.? (\s* (and \s+)? (\d{1,2} \s* MINUTE_UNIT | a \s+ half))?
     */
    private int amount(int p, Next next) {
        char c = first(p);
        if (!(c >= '0' && c <= '9' || c == 'a' || words.numberWords().startingWith(c).length > 0)) {
            return -1; // no number begins here
        }
        return number(p, q -> {
            int s = spaces(q);
            int d = s < limit && (text[s] == '-' || text[s] == '\u2013') ? s + 1 : literal(s, "to");
            if (d >= 0) {
                int t = spaces(d);
                int r = number(t, e -> {
                    numberStart = p;
                    numberEnd = q;
                    rangeStart = t;
                    rangeEnd = e;
                    return unit(e, next);
                });
                if (r >= 0) {
                    return r;
                }
            }
            numberStart = p;
            numberEnd = q;
            rangeStart = -1;
            rangeEnd = -1;
            return unit(q, next);
        });
    }

    /** [- ]? UNIT \.? EXTRA? */
    private int unit(int p, Next next) {
        if (dashOrSpace(p)) {
            int r = unitWord(p + 1, next);
            if (r >= 0) {
                return r;
            }
        }
        return unitWord(p, next);
    }

    private int unitWord(int p, Next next) {
        for (DurationWords.Unit u : words.units()) {
            int q = phrase(p, u.word());
            if (q < 0) {
                continue;
            }
            unitMinutes = u.minutes();
            if (is(q, '.')) {
                int r = extra(q + 1, next);
                if (r >= 0) {
                    return r;
                }
            }
            int r = extra(q, next);
            if (r >= 0) {
                return r;
            }
        }
        return -1;
    }

    /** (\s* (and \s+)? (\d{1,2} \s* MINUTE_UNIT | a \s+ half))? */
    private int extra(int p, Next next) {
        int s = spaces(p);
        int a = literal(s, "and");
        int t = a < 0 ? -1 : spaces1(a);
        if (t >= 0) {
            int r = extraAmount(t, next);
            if (r >= 0) {
                return r;
            }
        }
        int r = extraAmount(s, next);
        if (r >= 0) {
            return r;
        }
        extraStart = -1;
        extraEnd = -1;
        half = false;
        return next.at(p);
    }

    private int extraAmount(int p, Next next) {
        for (int d = digits(p, 2); d >= 1; d--) {
            int t = spaces(p + d);
            for (String m : words.minuteUnits()) {
                int e = phrase(t, m);
                if (e >= 0) {
                    extraStart = p;
                    extraEnd = p + d;
                    half = false;
                    int r = next.at(e);
                    if (r >= 0) {
                        return r;
                    }
                }
            }
        }
        int t = isFolded(p, 'a') ? spaces1(p + 1) : -1;
        int e = t < 0 ? -1 : literal(t, "half");
        if (e >= 0) {
            extraStart = -1;
            extraEnd = -1;
            half = true;
            return next.at(e);
        }
        return -1;
    }

    /**
     * \d{1,3} (\.\d{1,2})? | (an? \s+)? NUMBER_WORD ([- ] NUMBER_WORD)? | an?, when an hour unit follows
     * ([- ]? (hour|hr), looked at up to {@link #lookLimit})
     */
    private int number(int p, Next next) {
        for (int d = digits(p, 3); d >= 1; d--) {
            int q = p + d;
            if (is(q, '.')) {
                for (int e = digits(q + 1, 2); e >= 1; e--) {
                    int r = next.at(q + 1 + e);
                    if (r >= 0) {
                        return r;
                    }
                }
            }
            int r = next.at(q);
            if (r >= 0) {
                return r;
            }
        }
        boolean a = isFolded(p, 'a');
        boolean an = a && isFolded(p + 1, 'n');
        if (an) {
            int s = spaces1(p + 2);
            int r = s < 0 ? -1 : numberWords(s, next);
            if (r >= 0) {
                return r;
            }
        }
        if (a) {
            int s = spaces1(p + 1);
            int r = s < 0 ? -1 : numberWords(s, next);
            if (r >= 0) {
                return r;
            }
        }
        int r = numberWords(p, next);
        if (r >= 0) {
            return r;
        }
        if (an && hourAhead(p + 2)) {
            r = next.at(p + 2);
            if (r >= 0) {
                return r;
            }
        }
        if (a && hourAhead(p + 1)) {
            return next.at(p + 1);
        }
        return -1;
    }

    /** NUMBER_WORD ([- ] NUMBER_WORD)? */
    private int numberWords(int p, Next next) {
        for (String w : words.numberWords().startingWith(first(p))) {
            int q = literal(p, w);
            if (q < 0) {
                continue;
            }
            if (dashOrSpace(q)) {
                for (String w2 : words.numberWords().startingWith(first(q + 1))) {
                    int e = literal(q + 1, w2);
                    if (e >= 0) {
                        int r = next.at(e);
                        if (r >= 0) {
                            return r;
                        }
                    }
                }
            }
            int r = next.at(q);
            if (r >= 0) {
                return r;
            }
        }
        return -1;
    }

    /** [- ]? followed by an hour unit's word, looked at up to {@link #lookLimit}. */
    private boolean hourAhead(int p) {
        if (p < lookLimit && (text[p] == '-' || text[p] == ' ') && hourWord(p + 1)) {
            return true;
        }
        return hourWord(p);
    }

    private boolean hourWord(int p) {
        int saved = limit;
        limit = lookLimit;
        try {
            for (DurationWords.Unit u : words.units()) {
                if (u.minutes() == 60 && phrase(p, u.word()) >= 0) {
                    return true;
                }
            }
            return false;
        } finally {
            limit = saved;
        }
    }

    // ---- characters ----

    /**
     * The end of {@code word} (folded) standing at {@code p} inside the limit, character for character
     * in any case, or -1.
     */
    private int literal(int p, String word) {
        int n = word.length();
        if (p < 0 || p + n > limit) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            if (fold(text[p + i]) != word.charAt(i)) {
                return -1;
            }
        }
        return p + n;
    }

    /**
     * Like {@link #literal}, but a space in {@code entry} stands for one or more white-space characters
     * and a hyphen for a hyphen or a space (the convention of {@code stated-duration-words.tsv}).
     */
    private int phrase(int p, String entry) {
        if (p < 0) {
            return -1;
        }
        int q = p;
        for (int i = 0; i < entry.length(); i++) {
            char e = entry.charAt(i);
            if (e == ' ') {
                q = spaces1(q);
                if (q < 0) {
                    return -1;
                }
            } else if (e == '-') {
                if (!dashOrSpace(q)) {
                    return -1;
                }
                q++;
            } else {
                if (q >= limit || fold(text[q]) != e) {
                    return -1;
                }
                q++;
            }
        }
        return q;
    }

    /** The folded character at {@code p} inside the limit, or 0. */
    private char first(int p) {
        return p >= 0 && p < limit ? fold(text[p]) : 0;
    }

    private boolean is(int p, char c) {
        return p < limit && text[p] == c;
    }

    private boolean isFolded(int p, char c) {
        return p < limit && fold(text[p]) == c;
    }

    private boolean dashOrSpace(int p) {
        return p < limit && (text[p] == '-' || text[p] == ' ');
    }

    private int digits(int p, int max) {
        int q = p;
        while (q < limit && q - p < max && text[q] >= '0' && text[q] <= '9') {
            q++;
        }
        return q - p;
    }

    /** After the white space at {@code p}. */
    private int spaces(int p) {
        while (p < limit && space(text[p])) {
            p++;
        }
        return p;
    }

    /** After the white space at {@code p}, or -1 when there is none. */
    private int spaces1(int p) {
        int q = spaces(p);
        return q > p ? q : -1;
    }

    /** A word boundary at {@code p}, looking at the whole text. */
    private boolean boundary(int p) {
        return boundary(text, p);
    }

    /**
     * A word boundary at {@code p} of {@code s} as {@code java.util.regex} places one: a letter, digit or
     * underscore on one side only, a non-spacing mark counting as its base letter.
     */
    static boolean boundary(char[] s, int p) {
        boolean left = false;
        if (p > 0) {
            int c = Character.codePointBefore(s, p);
            left = wordChar(c) || Character.getType(c) == Character.NON_SPACING_MARK && hasBase(s, p - 1);
        }
        boolean right = false;
        if (p < s.length) {
            int c = Character.codePointAt(s, p);
            right = wordChar(c) || Character.getType(c) == Character.NON_SPACING_MARK && hasBase(s, p);
        }
        return left ^ right;
    }

    private static boolean wordChar(int c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** A letter or digit at or before {@code p} with only non-spacing marks between. */
    private static boolean hasBase(char[] s, int p) {
        for (int x = p; x >= 0; x--) {
            int c = Character.codePointAt(s, x);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }

    /** An ASCII letter, digit, underscore or a hyphen: what may not stand just before or after a statement. */
    static boolean wordOrHyphen(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Upper case, then lower: the long s folds to "s", the Kelvin sign to "k". */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
