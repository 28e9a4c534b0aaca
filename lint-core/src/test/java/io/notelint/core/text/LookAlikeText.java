package io.notelint.core.text;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Text altered for the differential tests that hold a hand-written scanner to the regular expression it
 * replaced: case flipped word by word, and some characters swapped for what trips a scanner and not a
 * regular expression, or the other way round (look-alike letters such as U+017F and U+0130, doubled or
 * broken spaces). Each test names its own swaps, since each scanner has its own weak spots. Other modules'
 * tests get it from lint-core's test jar.
 */
public final class LookAlikeText {

    /** The swaps every test wants: a long s, a dotless or dotted i, and a space doubled, broken or hyphened. */
    public static final Map<Character, List<String>> COMMON = Map.of(
            's', List.of("\u017F"),
            'i', List.of("\u0131", "\u0130"),
            ' ', List.of("  ", "\n", "-"));

    private LookAlikeText() {
    }

    /**
     * {@code text} with each word upper-cased one time in three, and each character {@code c} that has
     * swaps replaced by its k-th swap with probability 1 / {@code oneIn} for each k.
     */
    public static String altered(String text, Random random, int oneIn, Map<Character, List<String>> swaps) {
        StringBuilder b = new StringBuilder(text.length());
        boolean upper = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                upper = random.nextInt(3) == 0;
            }
            int r = random.nextInt(oneIn);
            List<String> swap = swaps.get(c);
            if (swap != null && r < swap.size()) {
                b.append(swap.get(r));
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
            }
        }
        return b.toString();
    }
}
