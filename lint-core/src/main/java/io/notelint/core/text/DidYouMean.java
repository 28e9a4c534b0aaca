package io.notelint.core.text;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** "Did you mean" hints for mistyped ids, keys and names: edit distance and the nearest known word. */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** Levenshtein edit distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The known word nearest to a mistyped one, when near enough to be a typo. A rule id given without
     * its category ({@code vague-status}) finds {@code vague-language/vague-status}; otherwise the nearest
     * by edit distance, to the whole id or to the part after its category, within a third of its length
     * (at least 3). Ties go to the first in sorted order, so the hint is the same every run.
     */
    public static Optional<String> nearest(String word, Collection<String> known) {
        List<String> sorted = known.stream().sorted().toList();
        for (String k : sorted) {
            if (k.endsWith("/" + word)) {
                return Optional.of(k);
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : sorted) {
            int slash = k.indexOf('/');
            int d = distance(word, k);
            if (slash >= 0 && word.indexOf('/') < 0) {
                d = Math.min(d, distance(word, k.substring(slash + 1)));
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(3, word.length() / 3) ? Optional.of(best)
                : Optional.empty();
    }

    /**
     * The known key or word nearest to a mistyped one, ignoring letter case ("PassMark" is a typo of
     * "passMark"), within a third of its length (at least 2). Ties go to the first in sorted order.
     */
    public static Optional<String> nearestKey(String word, Collection<String> known) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known.stream().sorted().toList()) {
            int d = distance(w, k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(2, word.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    /**
     * "must be one of a, b, c (did you mean 'b'?)": the words every reader and the schema gate use for a
     * word that is not one of the {@code allowed} ones. Never quotes what was written.
     */
    public static String mustBeOneOf(Object written, List<String> allowed) {
        String hint = written instanceof String w
                ? nearestKey(w.strip(), allowed).map(a -> " (did you mean '" + a + "'?)").orElse("") : "";
        return "must be one of " + String.join(", ", allowed) + hint;
    }
}
