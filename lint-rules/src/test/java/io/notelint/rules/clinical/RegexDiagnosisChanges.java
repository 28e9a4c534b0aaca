package io.notelint.rules.clinical;

import io.notelint.core.model.Diagnosis;
import io.notelint.core.text.Normalizer;
import io.notelint.core.text.ResourceLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link DiagnosisChanges}' reading of the text and {@link TextRecordReader}'s bare date label and label words as they
 * were with regular expressions, before hand-written code replaced them: kept in test code as the oracle
 * of a differential test only.
 */
final class RegexDiagnosisChanges {

    static final Pattern DIAGNOSIS_TALK = Pattern.compile(
            "(?i)\\b(?:diagnos\\w*|dx|ddx|r/o|rule[ds]? out|ruled out|criteria|differential|icd-?10)\\b");
    static final Pattern HEAD_END = Pattern.compile("(?i),|;|\\(|\\s(?:with|without|due to|in|secondary to)\\s");
    static final Pattern BARE_DATE = Pattern.compile("(?<![\\p{L}\\p{N}])date[ \\t]*:[ \\t]*");
    private static final Set<String> DIAGNOSTIC_NOUNS = Set.of("disorder", "disorders", "use", "dependence", "abuse",
            "addiction", "disease");
    private static final Set<String> GENERIC = words("diagnosis-generic-words.tsv");
    private static final Set<String> NARRATIVE = words("diagnosis-narrative-words.tsv");

    private RegexDiagnosisChanges() {
    }

    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : ResourceLines.lines(DiagnosisChanges.class, resource)) {
            out.add(line.strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    static boolean talk(String text) {
        return DIAGNOSIS_TALK.matcher(text).find();
    }

    static List<int[]> bareDates(String lower) {
        List<int[]> out = new ArrayList<>();
        Matcher m = BARE_DATE.matcher(lower);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** The first words of the record labels, as TextRecordReader reads them from record-labels.tsv. */
    private static final Set<String> FIRST_WORDS = firstWords();

    private static Set<String> firstWords() {
        Set<String> out = new HashSet<>();
        for (String[] row : ResourceLines.tsv(TextRecordReader.class, "record-labels.tsv", 2)) {
            out.add(row[1].split("[^\\p{L}\\p{N}]+")[0]);
        }
        return out;
    }

    /** Start and end of every word that begins some label, each word looked up (no filter before the set). */
    static List<int[]> labelWordStarts(String lower) {
        int longest = FIRST_WORDS.stream().mapToInt(String::length).max().orElse(0);
        List<int[]> starts = new ArrayList<>();
        int i = 0;
        int n = lower.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            if (i - start <= longest && FIRST_WORDS.contains(lower.substring(start, i))) {
                starts.add(new int[] {start, i});
            }
        }
        return starts;
    }

    static String codeKey(String code) {
        return code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

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
        List<String> keys = head.stream().filter(w -> !GENERIC.contains(w)).toList();
        if (keys.isEmpty()) {
            return false;
        }
        boolean narrativeOnly = keys.size() == 1 && NARRATIVE.contains(keys.get(0));
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

    static List<String> headWords(String display) {
        String head = HEAD_END.split(display, 2)[0];
        List<String> out = new ArrayList<>();
        for (String w : Normalizer.fold(head).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static String initials(List<String> head) {
        StringBuilder sb = new StringBuilder();
        for (String w : head) {
            if (w.matches("i+|iv|v|of|and|the|a|\\d+")) {
                continue;
            }
            sb.append(Character.toUpperCase(w.charAt(0)));
        }
        return sb.toString();
    }

    private static boolean sameWord(String key, String word) {
        if (key.length() <= 5) {
            return word.equals(key) || word.equals(key + "s");
        }
        int stem = Math.max(5, key.length() - 3);
        return word.startsWith(key.substring(0, stem));
    }
}
