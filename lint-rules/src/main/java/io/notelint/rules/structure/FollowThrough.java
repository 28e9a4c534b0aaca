package io.notelint.rules.structure;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.analysis.Sentence;
import io.notelint.core.model.Note;
import io.notelint.core.text.Token;
import io.notelint.core.time.TimeExpression;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a note shows what became of a step its predecessor set (plan-follow-through). A step is followed
 * up when the note names it again in any form: one of its naming words ("reviewed the thought record",
 * "pillbox not yet set up", "walked on 4 days" for "start a walking routine"), or a word for that kind of
 * step ("homework", "referral", "safety plan"). A scheduled session is followed up when the note took
 * place by its date, when a later note of the history lies between, when this note names the date, or
 * when it says a session was missed, cancelled or moved ("no-show 4/22"; "missed" or "cancelled" only in
 * a sentence that names a session, an appointment or last week: "missed one dose" is not a missed session). Lenient on purpose: any such
 * mention silences the rule, since a reviewer trusts a silent rule more than a wrong one.
 * Immutable and thread-safe.
 */
final class FollowThrough {

    /** Naming words sharing this many leading letters match ("hyperventilation", "hyperventilate"). */
    private static final int SHARED_PREFIX = 6;

    private final SurfaceLexicon evidence;

    private FollowThrough() {
        this.evidence = SurfaceLexicon.load("follow-through-evidence.tsv");
    }

    private static final class Holder {
        static final FollowThrough STANDARD = new FollowThrough();
    }

    static FollowThrough standard() {
        return Holder.STANDARD;
    }

    /** True when {@code now} shows the step was carried out, reviewed, missed or changed. */
    boolean shown(AnalyzedNote now, PlanStep step, int graceDays) {
        return switch (step.kind()) {
            case SESSION -> sessionAccountedFor(now, step, graceDays);
            case HOMEWORK -> named(now, step) || says(now, "homework");
            case REFERRAL -> named(now, step) || says(now, "referral");
            case SAFETY -> named(now, step) || says(now, "safety");
        };
    }

    private boolean sessionAccountedFor(AnalyzedNote now, PlanStep step, int graceDays) {
        Note note = now.note();
        LocalDate date = note.fields().sessionDate();
        LocalDate latest = step.dates().get(step.dates().size() - 1);
        if (date == null || !latest.plusDays(graceDays).isBefore(date)) {
            return true; // this session is the one scheduled (or came early, or its date is unknown)
        }
        for (Note earlier : note.history()) {
            LocalDate d = earlier.fields().sessionDate();
            if (d != null && !d.isBefore(step.dates().get(0)) && d.isBefore(date)) {
                return true; // a session took place in between
            }
        }
        for (TimeExpression t : now.timeExpressions()) {
            if (t.date() != null && step.dates().contains(t.date())) {
                return true; // the date is named: "no-show 4/22", "rescheduled from 4/22"
            }
        }
        return says(now, "missed") || saysAbsent(now);
    }

    /** "Client cancelled last week's session", "did not attend the 4/22 appointment": absence of a session. */
    private boolean saysAbsent(AnalyzedNote now) {
        for (Sentence s : now.sentences()) {
            boolean absent = false;
            boolean occasion = false;
            for (SurfaceLexicon.Match m : evidence.find(now.tokens(s))) {
                absent |= m.is("absent");
                occasion |= m.is("occasion");
            }
            if (absent && occasion) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(AnalyzedNote now, PlanStep step) {
        if (step.keys().isEmpty()) {
            return false;
        }
        NamingParts words = now.derived(NamingParts.class, NamingParts::of);
        for (String key : step.keys()) {
            if (words.parts().contains(key)
                    || key.length() >= SHARED_PREFIX && words.prefixes().contains(key.substring(0, SHARED_PREFIX))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words a step's naming words are looked for among, made once per note for all its steps: each word
     * token's normal form, or for a hyphenated word each part normalised ("walking-routine"), and the first
     * {@value #SHARED_PREFIX} letters of those that long. A step is named when one of its keys is such a
     * word or shares its first {@value #SHARED_PREFIX} letters with one (both that long): a look-up a key.
     */
    private record NamingParts(Set<String> parts, Set<String> prefixes) {

        static NamingParts of(AnalyzedNote now) {
            Set<String> parts = new HashSet<>();
            Set<String> prefixes = new HashSet<>();
            for (Token t : now.tokens()) {
                if (!t.isWord()) {
                    continue;
                }
                String[] raws = t.text().indexOf('-') < 0 ? new String[] {t.norm()} : t.text().split("-");
                for (String raw : raws) {
                    String part = raws.length == 1 ? raw : now.tools().normalizer().normalize(raw);
                    parts.add(part);
                    if (part.length() >= SHARED_PREFIX) {
                        prefixes.add(part.substring(0, SHARED_PREFIX));
                    }
                }
            }
            return new NamingParts(parts, prefixes);
        }
    }

    private boolean says(AnalyzedNote now, String role) {
        List<Token> tokens = now.tokens();
        for (SurfaceLexicon.Match m : evidence.find(tokens)) {
            if (m.is(role)) {
                return true;
            }
        }
        return false;
    }
}
