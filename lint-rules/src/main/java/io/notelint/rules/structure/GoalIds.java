package io.notelint.rules.structure;

import static io.notelint.core.text.CharClasses.asciiDigit;
import static io.notelint.core.text.CharClasses.asciiLetter;
import static io.notelint.core.text.CharClasses.letterOrNumberAt;
import static io.notelint.core.text.CharClasses.letterOrNumberBefore;
import static io.notelint.core.text.CharClasses.skipSpaces;
import static io.notelint.core.text.CharClasses.space;
import static io.notelint.core.text.CharClasses.startsWithIgnoreAsciiCase;

import io.notelint.core.text.ResourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a text names a goal by id ("G1", "STG 2", "Goal #3", "obj. 1a", "goal two"), in one pass
 * without a regular expression: only where a letter that starts a label stands, not after a letter or a
 * number, is anything tried. The labels and what follows them are in {@code goal-ids.tsv}; immutable.
 */
final class GoalIds {

    private static final String NUMBER = "number";

    /** One label and what may follow it: a number (empty {@code words}) or one of the words. */
    private record Form(String label, List<String> words) {
    }

    private final List<Form> forms;
    /** The lower-case first letters of the labels: the only places a goal id may start. */
    private final String firsts;

    private GoalIds(List<Form> forms) {
        this.forms = List.copyOf(forms);
        StringBuilder b = new StringBuilder();
        for (Form f : forms) {
            if (b.indexOf(f.label().substring(0, 1)) < 0) {
                b.append(f.label().charAt(0));
            }
        }
        this.firsts = b.toString();
    }

    static GoalIds load() {
        List<Form> forms = new ArrayList<>();
        for (String[] row : ResourceLines.tsv(GoalIds.class, "goal-ids.tsv", 2)) {
            String label = row[0].toLowerCase(Locale.ROOT);
            forms.add(new Form(label, row[1].equals(NUMBER) ? List.of()
                    : List.of(row[1].toLowerCase(Locale.ROOT).split(" +"))));
        }
        return new GoalIds(forms);
    }

    /** True when {@code text} holds a goal id anywhere. */
    boolean in(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (firsts.indexOf(c) >= 0 && !letterOrNumberBefore(text, i) && idAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean idAt(String text, int i) {
        for (int k = 0; k < forms.size(); k++) { // no iterator per candidate
            Form f = forms.get(k);
            if (startsWithIgnoreAsciiCase(text, i, f.label())) {
                int after = i + f.label().length();
                if (f.words().isEmpty() ? numberAt(text, after) : wordAfterSpace(text, after, f.words())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code \s*#?\s*\d{1,2}[a-z]?} at {@code k}, not followed by a letter or a number. */
    private static boolean numberAt(String text, int k) {
        int n = text.length();
        k = skipSpaces(text, k);
        if (k < n && text.charAt(k) == '#') {
            k = skipSpaces(text, k + 1);
        }
        for (int digits = 1; digits <= 2; digits++) {
            int end = k + digits;
            if (end > n || !asciiDigit(text.charAt(end - 1))) {
                return false;
            }
            if (!letterOrNumberAt(text, end) || end < n && asciiLetter(text.charAt(end)) && !letterOrNumberAt(text, end + 1)) {
                return true;
            }
        }
        return false;
    }

    /** {@code \s+} and one of {@code words} at {@code k}, not followed by a letter or a number. */
    private static boolean wordAfterSpace(String text, int k, List<String> words) {
        if (k >= text.length() || !space(text.charAt(k))) {
            return false;
        }
        k = skipSpaces(text, k);
        for (String w : words) {
            if (startsWithIgnoreAsciiCase(text, k, w) && !letterOrNumberAt(text, k + w.length())) {
                return true;
            }
        }
        return false;
    }
}
