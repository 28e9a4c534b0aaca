package io.notelint.rules.structure;

import io.notelint.core.analysis.Section;
import io.notelint.core.analysis.SectionLayout;
import io.notelint.core.analysis.TextToolkit;
import io.notelint.core.model.Note;
import io.notelint.core.text.Span;
import io.notelint.core.text.Token;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Test oracle: clone detection's similarity as it was before issue 15 (string shingles in hash sets,
 * every note re-read and re-detected per comparison), kept so that {@code ShingleIndexDifferentialTest}
 * can show {@link ShingleIndex} gives the same similarity, to the last bit, on every pair.
 *
 * <p>Original comment: text similarity for clone detection, on the note's words with the parts that change from copy to
 * copy masked: numbers, dates and times become "#", weekday and month names "@", so "rates anxiety
 * 7/10" and "rates anxiety 8/10" read the same. Header labels are left out (every SOAP note shares
 * "S:", "O:"). Two measures, the higher wins: a word-level edit similarity (one minus the edit
 * distance over the longer length; robust to a few words changed) and the share of the note's word
 * 3-gram shingles found in the earlier note (containment; robust to moved sentences, and blind to a
 * short earlier note that the new one merely contains). Stateless.
 */
final class StringShinglesOracle {

    /** Longer texts are compared on their first words only, to bound the quadratic edit distance. */
    static final int MAX_WORDS = 3_000;

    private static final Set<String> CALENDAR_WORDS = calendarWords();

    private StringShinglesOracle() {
    }

    /** The masked words of a note's text, header labels left out. */
    static List<String> words(TextToolkit tools, Note note) {
        String text = note.text();
        SectionLayout layout = tools.sectionDetector().detect(text, note.format());
        List<Span> headers = new ArrayList<>();
        for (Section s : layout.sections()) {
            if (s.headerSpan() != null) {
                headers.add(s.headerSpan());
            }
        }
        List<String> out = new ArrayList<>();
        int h = 0;
        for (Token t : tools.tokenizer().tokenize(text, new Span(0, text.length()))) {
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

    /**
     * How much of {@code current} is a copy of {@code earlier}, in [0, 1]: the higher of the edit
     * similarity and the containment of the current note's 3-gram shingles in the earlier note's; 0 when
     * either side is empty. The quadratic edit similarity is computed only when it could reach
     * {@code needed}: it never exceeds the share of words the two texts have in common.
     */
    static double similarity(List<String> current, List<String> earlier, double needed) {
        if (current.isEmpty() || earlier.isEmpty()) {
            return 0;
        }
        double containment = containment(shingles(current), shingles(earlier));
        double edit = bagBound(current, earlier) >= needed ? editSimilarity(current, earlier) : 0;
        return Math.max(containment, edit);
    }

    static double editSimilarity(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            String ai = a.get(i - 1);
            for (int j = 1; j <= m; j++) {
                int cost = ai.equals(b.get(j - 1)) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1.0 - (double) prev[m] / Math.max(n, m);
    }

    /** Words in common (as multisets) over the longer length: an upper bound of the edit similarity. */
    static double bagBound(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : a) {
            counts.merge(w, 1, Integer::sum);
        }
        int common = 0;
        for (String w : b) {
            Integer c = counts.get(w);
            if (c != null && c > 0) {
                common++;
                counts.put(w, c - 1);
            }
        }
        return (double) common / Math.max(a.size(), b.size());
    }

    static Set<String> shingles(List<String> words) {
        Set<String> out = new HashSet<>();
        if (words.size() < 3) {
            out.add(String.join(" ", words));
            return out;
        }
        for (int i = 0; i + 3 <= words.size(); i++) {
            out.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
        }
        return out;
    }

    /** The share of {@code a}'s shingles that {@code b} also has. */
    static double containment(Set<String> a, Set<String> b) {
        if (a.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return (double) common / a.size();
    }

    static double jaccard(Set<String> a, Set<String> b) {
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        int union = a.size() + b.size() - common;
        return union == 0 ? 0 : (double) common / union;
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
