package io.notelint.core.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A cheap normal form for matching: case-folded per character (so offsets never shift), curly
 * apostrophes straightened, irregular forms mapped, and regular inflection stripped ("talked",
 * "talking", "talks" -> "talk"; "issues" -> "issu"). Not a linguistic lemma: what matters is that a
 * lexicon entry and a word of the note reduce to the same string. OpenNLP's statistical lemmatiser is
 * ten times slower than tagging (design.md), so it stays off the hot path. Forms whose reduction would
 * collide with a different word are pinned in irregular-forms.tsv ("noted" must not become "not").
 */
public final class Normalizer {

    private final Map<String, String> irregular;

    private Normalizer(Map<String, String> irregular) {
        this.irregular = irregular;
    }

    public static Normalizer load() {
        Map<String, String> map = new HashMap<>();
        for (String[] row : ResourceLines.tsv(Normalizer.class, "irregular-forms.tsv", 2)) {
            map.put(row[0].toLowerCase(Locale.ROOT), row[1].toLowerCase(Locale.ROOT));
        }
        return new Normalizer(Map.copyOf(map));
    }

    /** Case-folds without changing length: one char in, one char out. */
    public static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            out[i] = c == '\u2019' || c == '\u2018' ? '\'' : Character.toLowerCase(c);
        }
        return new String(out);
    }

    /** The normal form of one token. */
    public String normalize(CharSequence token) {
        return normalizeFolded(fold(token));
    }

    /** The normal form of a token already case-folded with {@link #fold} (the tokenizer keeps the fold). */
    String normalizeFolded(String folded) {
        String w = folded;
        String base = irregular.get(w);
        if (base != null) {
            // "=form" is final: words whose regular reduction would collide with another word ("noted" -> "not")
            return base.startsWith("=") ? base.substring(1) : stripE(base);
        }
        if (w.length() < 4 || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        w = stripPlural(w);
        w = stripSuffix(w, "ing");
        w = stripSuffix(w, "ed");
        return stripE(w);
    }

    private static String stripPlural(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("zes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && !w.endsWith("'s")) {
            return w.substring(0, w.length() - 1);
        }
        if (w.endsWith("'s")) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }

    private static String stripSuffix(String w, String suffix) {
        if (!w.endsWith(suffix) || w.length() - suffix.length() < 3) {
            return w;
        }
        String stem = w.substring(0, w.length() - suffix.length());
        int n = stem.length();
        if (stem.charAt(n - 1) == 'i') {
            return stem.substring(0, n - 1) + "y";
        }
        char last = stem.charAt(n - 1);
        if (n >= 4 && last == stem.charAt(n - 2) && "lsz".indexOf(last) < 0 && !isVowel(last)) {
            return stem.substring(0, n - 1); // chatting -> chat
        }
        return stem;
    }

    private static String stripE(String w) {
        if (w.length() >= 4 && w.endsWith("e") && !w.endsWith("ee")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
