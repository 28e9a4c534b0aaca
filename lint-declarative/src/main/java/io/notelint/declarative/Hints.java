package io.notelint.declarative;

import io.notelint.core.text.DidYouMean;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" hints for misspelt keys and names in rule files. */
final class Hints {

    private Hints() {
    }

    /** The closest candidate within a small edit distance, if any. */
    static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String w = word.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= Math.max(2, word.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    static int distance(String a, String b) {
        return DidYouMean.distance(a, b);
    }
}
