package io.notelint.rules.clinical;

import io.notelint.core.model.Diagnosis;
import io.notelint.core.text.CharClasses;
import io.notelint.core.text.Normalizer;
import io.notelint.core.text.ResourceLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Diagnosis codes added or removed between two diagnosis lists, and whether the note text speaks of the
 * change: it names the code ("F33.1"), the diagnosis (the key words of its display, "major depressive",
 * or their initials, "MDD"), or talks about diagnosis at all ("diagnosis", "dx", "meets criteria"). A
 * display whose only key word is an everyday word of the narrative ("Alcohol use disorder": "alcohol")
 * is named only with a diagnostic noun after it ("alcohol use disorder", "alcohol dependence").
 */
final class DiagnosisChanges {

    /** Talk of diagnosis in general: enough to show the clinician addressed it. */
    private static final Pattern DIAGNOSIS_TALK = Pattern.compile(
            "(?i)\\b(?:diagnos\\w*|dx|ddx|r/o|rule[ds]? out|ruled out|criteria|differential|icd-?10)\\b");

    /**
     * The words a talk of diagnosis starts with, as DIAGNOSIS_TALK can match them (ASCII case aside): where
     * none is, the expression is not tried; where one is, only there.
     */
    private static final List<String> TALK_STARTS = List.of("diagnos", "dx", "ddx", "r/o", "rule", "criteria", "differential",
            "icd");

    /** Words that, between white space, end the head of a display ("Major depressive disorder with ..."). */
    private static final List<String> HEAD_END_WORDS = List.of("with", "without", "due to", "in", "secondary to");

    /** Nouns that make a narrative word a diagnosis: "alcohol use disorder", "panic disorder", "opioid dependence". */
    private static final Set<String> SMALL_WORDS = Set.of("iv", "v", "of", "and", "the", "a");

    private static final Set<String> DIAGNOSTIC_NOUNS = Set.of("disorder", "disorders", "use", "dependence", "abuse",
            "addiction", "disease");

    private static final class Holder {
        static final Set<String> GENERIC = words("diagnosis-generic-words.tsv");
        static final Set<String> NARRATIVE = words("diagnosis-narrative-words.tsv");

        private static Set<String> words(String resource) {
            Set<String> out = new HashSet<>();
            for (String line : ResourceLines.lines(DiagnosisChanges.class, resource)) {
                out.add(line.strip().toLowerCase(Locale.ROOT));
            }
            return Set.copyOf(out);
        }
    }

    private DiagnosisChanges() {
    }

    static List<FieldChange> between(List<Diagnosis> before, List<Diagnosis> after, String text) {
        Map<String, Diagnosis> old = byCode(before);
        Map<String, Diagnosis> now = byCode(after);
        List<Diagnosis> added = now.entrySet().stream().filter(e -> !old.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        List<Diagnosis> removed = old.entrySet().stream().filter(e -> !now.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        List<FieldChange> out = new ArrayList<>();
        if (added.isEmpty() && removed.isEmpty()) {
            return out;
        }
        boolean talk = talksOfDiagnosis(text);
        if (added.size() == 1 && removed.size() == 1) {
            Diagnosis a = added.get(0);
            Diagnosis r = removed.get(0);
            out.add(new FieldChange("diagnosis changed from " + shown(r) + " to " + shown(a),
                    talk || mentioned(text, a) || mentioned(text, r)));
            return out;
        }
        for (Diagnosis a : added) {
            out.add(new FieldChange("diagnosis " + shown(a) + " was added", talk || mentioned(text, a)));
        }
        for (Diagnosis r : removed) {
            out.add(new FieldChange("diagnosis " + shown(r) + " was removed", talk || mentioned(text, r)));
        }
        return out;
    }

    private static Map<String, Diagnosis> byCode(List<Diagnosis> list) {
        Map<String, Diagnosis> out = new LinkedHashMap<>();
        for (Diagnosis d : list) {
            String key = codeKey(d.code());
            if (!key.isEmpty()) {
                out.putIfAbsent(key, d);
            }
        }
        return out;
    }

    /** "F33.1", "f33.1", "F331" and "F33.1 " are one code. */
    static String codeKey(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(upper.length());
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether {@code key} ({@code [A-Z0-9]+}) stands in the upper-cased text between chars that are not
     * {@code [A-Z0-9]}: what {@code MedicationNames.containsWord} answered on a copy with every other code
     * point made a space, without the copy.
     */
    static boolean containsCodeWord(String upper, String key) {
        for (int at = upper.indexOf(key); at >= 0; at = upper.indexOf(key, at + 1)) {
            int end = at + key.length();
            if ((at == 0 || !codeChar(upper.charAt(at - 1))) && (end >= upper.length() || !codeChar(upper.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean codeChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /**
     * Whether the text talks of diagnosis at all (DIAGNOSIS_TALK): the expression is tried only where one
     * of the words it can start with stands, with the text around it in view for its word boundaries.
     */
    static boolean talksOfDiagnosis(String text) {
        Matcher m = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != 'd' && c != 'D' && c != 'r' && c != 'R' && c != 'c' && c != 'C' && c != 'i' && c != 'I'
                    || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue; // after a letter or a digit there is no word boundary (\b) for the expression to start at
            }
            for (int k = 0; k < TALK_STARTS.size(); k++) { // no iterator per candidate
                String start = TALK_STARTS.get(k);
                if (CharClasses.startsWithIgnoreAsciiCase(text, i, start)) {
                    if (m == null) {
                        m = DIAGNOSIS_TALK.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    }
                    if (m.region(i, text.length()).lookingAt()) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    private static String shown(Diagnosis d) {
        return d.display().isBlank() ? d.code() : d.code() + " (" + d.display() + ")";
    }

    /** True when the text names the diagnosis: its code, its initials, or the key words of its display. */
    static boolean mentioned(String text, Diagnosis d) {
        String key = codeKey(d.code());
        if (!key.isEmpty()) {
            String upper = text.toUpperCase(Locale.ROOT);
            String code = d.code().toUpperCase(Locale.ROOT).strip();
            if (upper.contains(code) || containsCodeWord(upper, key)) {
                return true;
            }
        }
        if (d.display().isBlank()) {
            return false;
        }
        List<String> head = headWords(d.display());
        String initials = initials(head);
        if (initials.length() >= 3 && MedicationNames.containsWord(text, initials)) {
            return true;
        }
        List<String> keys = head.stream().filter(w -> !Holder.GENERIC.contains(w)).toList();
        if (keys.isEmpty()) {
            return false;
        }
        boolean narrativeOnly = keys.size() == 1 && Holder.NARRATIVE.contains(keys.get(0));
        String folded = Normalizer.fold(text);
        for (String k : narrativeOnly ? keys.subList(0, 1) : keys) {
            if (!folded.contains(k.length() <= 5 ? k : k.substring(0, stem(k)))) {
                return false; // no word of the text can agree with this key: no clause names them all
            }
        }
        for (int start = 0, end; start <= folded.length(); start = end + 1) {
            end = clauseEnd(folded, start);
            List<String> words = words(folded, start, end);
            if (narrativeOnly) {
                for (int i = 0; i + 1 < words.size(); i++) {
                    if (sameWord(keys.get(0), words.get(i)) && DIAGNOSTIC_NOUNS.contains(words.get(i + 1))) {
                        return true;
                    }
                }
            } else if (keys.stream().allMatch(k -> words.stream().anyMatch(w -> sameWord(k, w)))) {
                return true;
            }
        }
        return false;
    }

    /** The words of the display's head, folded, hyphenated words split: "Post-traumatic stress disorder". */
    static List<String> headWords(String display) {
        String head = display.substring(0, headEnd(display));
        String folded = Normalizer.fold(head);
        return words(folded, 0, folded.length());
    }

    /**
     * Where the head of a display ends: "Major depressive disorder, recurrent" -> "Major depressive
     * disorder". At the first comma, semicolon or parenthesis, or a head-end word between white space.
     */
    static int headEnd(String display) {
        for (int i = 0; i < display.length(); i++) {
            char c = display.charAt(i);
            if (c == ',' || c == ';' || c == '(') {
                return i;
            }
            if (CharClasses.space(c)) {
                for (int k = 0; k < HEAD_END_WORDS.size(); k++) {
                    String w = HEAD_END_WORDS.get(k);
                    int after = i + 1 + w.length();
                    if (after < display.length() && CharClasses.startsWithIgnoreAsciiCase(display, i + 1, w)
                            && CharClasses.space(display.charAt(after))) {
                        return i;
                    }
                }
            }
        }
        return display.length();
    }

    /** The end of the clause that starts at {@code start}: the next {@code . ; \n ! ?}, or the end. */
    private static int clauseEnd(String s, int start) {
        int i = start;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '.' || c == ';' || c == '\n' || c == '!' || c == '?') {
                return i;
            }
            i++;
        }
        return i;
    }

    /** The runs of letters and numbers between {@code start} and {@code end}, in order. */
    static List<String> words(String s, int start, int end) {
        List<String> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            int cp = s.codePointAt(i);
            if (!CharClasses.letterOrNumber(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int from = i;
            while (i < end && CharClasses.letterOrNumber(cp = s.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            out.add(s.substring(from, i));
        }
        return out;
    }

    /** "major depressive disorder" -> "MDD"; roman numerals and small words are skipped. */
    static String initials(List<String> head) {
        StringBuilder sb = new StringBuilder();
        for (String w : head) {
            if (skippedInInitials(w)) {
                continue;
            }
            sb.append(Character.toUpperCase(w.charAt(0)));
        }
        return sb.toString();
    }

    /** Roman numerals ("ii", "iv"), small words and numbers: {@code i+|iv|v|of|and|the|a|\d+}. */
    static boolean skippedInInitials(String w) {
        if (SMALL_WORDS.contains(w)) {
            return true;
        }
        boolean allI = !w.isEmpty();
        boolean allDigits = !w.isEmpty();
        for (int i = 0; i < w.length(); i++) {
            allI &= w.charAt(i) == 'i';
            allDigits &= CharClasses.asciiDigit(w.charAt(i));
        }
        return allI || allDigits;
    }

    /** How many leading letters of a key longer than five letters a text word must share. */
    private static int stem(String key) {
        return Math.max(5, key.length() - 3);
    }

    /** A key word and a text word agree on their stem: "depressive" ~ "depression", "anxiety" != "anxious". */
    private static boolean sameWord(String key, String word) {
        if (key.length() <= 5) {
            return word.equals(key) || word.equals(key + "s");
        }
        return word.startsWith(key.substring(0, stem(key)));
    }
}
