package io.notelint.rules.structure;

import io.notelint.core.analysis.Section;
import io.notelint.core.analysis.SectionLayout;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A note's words as clone detection compares them, with the parts that change from copy to copy masked:
 * numbers, dates and times become "#", weekday and month names "@", so "rates anxiety 7/10" and "rates
 * anxiety 8/10" read the same. Header labels are left out (every SOAP note shares "S:", "O:"). Only the
 * first {@value #MAX_WORDS} words count, to bound the quadratic edit distance. Stateless.
 */
final class MaskedWords {

    /** Longer texts are compared on their first words only. */
    static final int MAX_WORDS = 3_000;

    private static final Set<String> CALENDAR_WORDS = calendarWords();

    private MaskedWords() {
    }

    /** The masked words of a text given its sections and its tokens (header labels included), in text order. */
    static List<String> of(SectionLayout layout, List<Token> tokens) {
        List<Span> headers = new ArrayList<>();
        for (Section s : layout.sections()) {
            if (s.headerSpan() != null) {
                headers.add(s.headerSpan());
            }
        }
        List<String> out = new ArrayList<>();
        int h = 0;
        for (Token t : tokens) {
            while (h < headers.size() && headers.get(h).end() <= t.start()) {
                h++;
            }
            if (h < headers.size() && headers.get(h).overlaps(t.span()) || !t.isWord()) {
                continue;
            }
            out.add(mask(t));
            if (out.size() >= MAX_WORDS) {
                break;
            }
        }
        return out;
    }

    private static String mask(Token t) {
        if (t.hasDigit()) {
            return "#";
        }
        String lower = t.text().toLowerCase(Locale.ROOT);
        return CALENDAR_WORDS.contains(lower) ? "@" : t.norm();
    }

    private static Set<String> calendarWords() {
        Set<String> out = new HashSet<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            String n = d.name().toLowerCase(Locale.ROOT);
            out.add(n);
            out.add(n.substring(0, 3));
        }
        for (Month mo : Month.values()) {
            String n = mo.name().toLowerCase(Locale.ROOT);
            out.add(n);
            out.add(n.substring(0, 3));
        }
        out.remove("may"); // also the modal verb; a changed month name costs one word at most
        out.remove("mar");
        return Set.copyOf(out);
    }
}
