package io.notelint.core.engine;

import io.notelint.core.text.DidYouMean;

/** Edit distance, for "did you mean" hints on unknown ids (see {@link DidYouMean}, which also finds the nearest). */
public final class Levenshtein {

    private Levenshtein() {
    }

    public static int distance(String a, String b) {
        return DidYouMean.distance(a, b);
    }
}
