package io.notelint.rules.clinical;

import io.notelint.core.text.Normalizer;
import io.notelint.core.text.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generic and brand names of the same drug (medication-names.tsv), so that "Zoloft" in one list and
 * "sertraline" in the next is no change, and a note that says "Lithobid" names lithium. Release forms and
 * salts ("XR", "HCl", "carbonate") are dropped before lookup. Immutable.
 */
final class MedicationNames {

    private static final class Holder {
        /** Every known name (folded) to its drug's generic name. */
        static final Map<String, String> CANONICAL = new HashMap<>();
        /** Generic name to all names of the drug. */
        static final Map<String, Set<String>> NAMES = new HashMap<>();
        static final Set<String> FORM_WORDS = new HashSet<>();

        static {
            for (String[] row : ResourceLines.tsv(MedicationNames.class, "medication-names.tsv", 1)) {
                String generic = fold(row[0]);
                Set<String> names = new LinkedHashSet<>();
                names.add(generic);
                if (row.length > 1) {
                    for (String brand : row[1].split(",")) {
                        if (!brand.isBlank()) {
                            names.add(fold(brand));
                        }
                    }
                }
                NAMES.computeIfAbsent(generic, g -> new LinkedHashSet<>()).addAll(names);
                for (String n : names) {
                    CANONICAL.putIfAbsent(n, generic);
                }
            }
            for (String line : ResourceLines.lines(MedicationNames.class, "medication-form-words.tsv")) {
                FORM_WORDS.add(fold(line));
            }
        }
    }

    private MedicationNames() {
    }

    static String fold(String s) {
        return Normalizer.fold(s.strip()).replaceAll("\\s+", " ");
    }

    /**
     * The drug a medication-list name stands for: its generic name when known (after dropping forms and
     * salts, then trying each word), else the folded name without forms.
     */
    static String canonical(String name) {
        String folded = fold(name);
        String hit = Holder.CANONICAL.get(folded);
        if (hit != null) {
            return hit;
        }
        List<String> words = new ArrayList<>();
        for (String w : folded.split("[\\s,;()]+")) {
            if (!w.isEmpty() && !Holder.FORM_WORDS.contains(w) && !w.matches("[0-9.]+(mg|mcg|g|ml)?")) {
                words.add(w);
            }
        }
        String stripped = String.join(" ", words);
        hit = Holder.CANONICAL.get(stripped);
        if (hit != null) {
            return hit;
        }
        for (String w : words) {
            hit = Holder.CANONICAL.get(w);
            if (hit != null) {
                return hit;
            }
        }
        return stripped.isEmpty() ? folded : stripped;
    }

    /** Names that identify the drug in text: all known names of it, plus the name as the list wrote it. */
    static Set<String> namesOf(String listedName) {
        Set<String> out = new LinkedHashSet<>();
        String canonical = canonical(listedName);
        out.addAll(Holder.NAMES.getOrDefault(canonical, Set.of()));
        out.add(canonical);
        out.add(fold(listedName));
        // "buprenorphine/naloxone" is also named by its parts' first word in running text
        if (canonical.contains("/")) {
            out.add(canonical.substring(0, canonical.indexOf('/')));
        }
        out.removeIf(String::isBlank);
        return out;
    }

    /** True when the text names the drug by any of its names, as a whole word, ignoring case. */
    static boolean mentioned(String foldedText, String listedName) {
        for (String n : namesOf(listedName)) {
            if (containsWord(foldedText, n)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsWord(String foldedText, String word) {
        int at = foldedText.indexOf(word);
        while (at >= 0) {
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(foldedText.charAt(at - 1));
            boolean endOk = end >= foldedText.length() || !Character.isLetterOrDigit(foldedText.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = foldedText.indexOf(word, at + 1);
        }
        return false;
    }
}
