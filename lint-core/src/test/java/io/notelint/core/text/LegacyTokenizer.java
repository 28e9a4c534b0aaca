package io.notelint.core.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tokenizer and normaliser as they were before issue 15's second round made them cheaper (commit
 * c453d77), kept verbatim as the oracle of {@code TokenizerMatchesLegacyTest}: String operations per step,
 * a Map lookup per token, keys hashed through {@code CharSequence}. Test code only.
 */
final class LegacyTokenizer {

    /** One token as the old code made it: every form and key. */
    record Forms(int start, int end, String text, String fold, String norm, long foldKey, long normKey) {
    }

    private final Map<String, String> irregular;

    LegacyTokenizer() {
        Map<String, String> map = new HashMap<>();
        for (String[] row : ResourceLines.tsv(Normalizer.class, "irregular-forms.tsv", 2)) {
            map.put(row[0].toLowerCase(Locale.ROOT), row[1].toLowerCase(Locale.ROOT));
        }
        this.irregular = Map.copyOf(map);
    }

    List<Forms> tokenize(String text, Span region) {
        List<Forms> out = new ArrayList<>();
        int i = region.start();
        int end = region.end();
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i = wordEnd(text, i, end);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                i += 2;
            } else {
                i++;
            }
            String tokenText = text.substring(start, i);
            String fold = fold(tokenText);
            String norm = normalizeFolded(fold);
            long foldKey = keyOf(fold);
            long normKey = fold.equals(norm) ? foldKey : keyOf(norm);
            out.add(new Forms(start, i, tokenText, fold, norm, foldKey, normKey));
        }
        return out;
    }

    String normalize(CharSequence token) {
        return normalizeFolded(fold(token));
    }

    static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            out[i] = c == '\u2019' || c == '\u2018' ? '\'' : Character.toLowerCase(c);
        }
        return new String(out);
    }

    static long keyOf(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private String normalizeFolded(String folded) {
        String w = folded;
        String base = irregular.get(w);
        if (base != null) {
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
            return stem.substring(0, n - 1);
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

    private static int wordEnd(String text, int i, int end) {
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            if (i + 1 < end && i > 0) {
                char prev = text.charAt(i - 1);
                char next = text.charAt(i + 1);
                boolean joinsWord = (c == '\'' || c == '\u2019' || c == '-') && Character.isLetterOrDigit(prev)
                        && Character.isLetterOrDigit(next);
                boolean joinsNumber = (c == '/' || c == '.' || c == ':' || c == ',') && Character.isDigit(prev)
                        && Character.isDigit(next);
                if (joinsWord || joinsNumber) {
                    i++;
                    continue;
                }
            }
            break;
        }
        return i;
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || Character.getType(c) == Character.CONTROL;
    }
}
