package io.notelint.rules.clinical;

import io.notelint.core.model.Diagnosis;
import io.notelint.core.text.Normalizer;
import io.notelint.core.text.ResourceLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** Where the head of a display ends: "Major depressive disorder, recurrent" -> "Major depressive disorder". */
    private static final Pattern HEAD_END = Pattern.compile("(?i),|;|\\(|\\s(?:with|without|due to|in|secondary to)\\s");

    /** Nouns that make a narrative word a diagnosis: "alcohol use disorder", "panic disorder", "opioid dependence". */
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
        boolean talk = DIAGNOSIS_TALK.matcher(text).find();
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
        return code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static String shown(Diagnosis d) {
        return d.display().isBlank() ? d.code() : d.code() + " (" + d.display() + ")";
    }

    /** True when the text names the diagnosis: its code, its initials, or the key words of its display. */
    static boolean mentioned(String text, Diagnosis d) {
        String key = codeKey(d.code());
        if (!key.isEmpty()) {
            String compact = text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", " ");
            String code = d.code().toUpperCase(Locale.ROOT).strip();
            if (text.toUpperCase(Locale.ROOT).contains(code) || MedicationNames.containsWord(compact, key)) {
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
        for (String clause : Normalizer.fold(text).split("[.;\\n!?]")) {
            List<String> words = List.of(clause.split("[^\\p{L}\\p{N}]+"));
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
    private static List<String> headWords(String display) {
        String head = HEAD_END.split(display, 2)[0];
        List<String> out = new ArrayList<>();
        for (String w : Normalizer.fold(head).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** "major depressive disorder" -> "MDD"; roman numerals and small words are skipped. */
    private static String initials(List<String> head) {
        StringBuilder sb = new StringBuilder();
        for (String w : head) {
            if (w.matches("i+|iv|v|of|and|the|a|\\d+")) {
                continue;
            }
            sb.append(Character.toUpperCase(w.charAt(0)));
        }
        return sb.toString();
    }

    /** A key word and a text word agree on their stem: "depressive" ~ "depression", "anxiety" != "anxious". */
    private static boolean sameWord(String key, String word) {
        if (key.length() <= 5) {
            return word.equals(key) || word.equals(key + "s");
        }
        int stem = Math.max(5, key.length() - 3);
        return word.startsWith(key.substring(0, stem));
    }
}
