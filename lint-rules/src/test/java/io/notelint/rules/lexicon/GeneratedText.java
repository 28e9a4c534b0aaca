package io.notelint.rules.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Random text for matcher-agreement tests: phrases drawn from a real lexicon file, cased and inflected at
 * random and joined to their neighbours by hyphens now and then, inserted between filler words that are
 * partly the lexicon's own words (so partial phrases and near misses are common) and punctuation.
 */
public final class GeneratedText {

    private static final List<String> FILLERS = List.of("the", "client", "and", "was", "of", "to", "in", "session",
            "plan", "will", "not", "reported", "today", "no", "is", "follow", "up", "next", "week", "with", "she", "he");
    private static final List<String> PUNCTUATION = List.of(".", ",", ";", ":", "(", ")", "-", "'", "\"", "/", "\n");
    private static final List<String> SUFFIXES = List.of("s", "ed", "ing", "es", "'s", "ly");

    private final Random random;
    private final List<String> phrases;
    private final List<String> words;

    /** @param phrases the lexicon's phrases as written; their words also serve as fillers */
    public GeneratedText(long seed, List<String> phrases) {
        this.random = new Random(seed);
        this.phrases = phrases;
        this.words = phrases.stream().flatMap(p -> List.of(p.split("\\s+")).stream()).filter(w -> !w.isEmpty()).toList();
    }

    /** About {@code pieces} phrases, words and marks. */
    public String next(int pieces) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            int pick = random.nextInt(10);
            String piece;
            if (pick < 4) {
                piece = phrases.get(random.nextInt(phrases.size()));
            } else if (pick < 7) {
                piece = words.get(random.nextInt(words.size()));
            } else if (pick < 9) {
                piece = FILLERS.get(random.nextInt(FILLERS.size()));
            } else {
                piece = PUNCTUATION.get(random.nextInt(PUNCTUATION.size()));
            }
            out.append(vary(piece));
            int gap = random.nextInt(12);
            out.append(gap == 0 ? "-" : gap == 1 ? "" : gap == 2 ? "  " : " ");
        }
        return out.toString();
    }

    private String vary(String piece) {
        return switch (random.nextInt(8)) {
            case 0 -> piece.toUpperCase(Locale.ROOT);
            case 1 -> piece.isEmpty() ? piece : Character.toUpperCase(piece.charAt(0)) + piece.substring(1);
            case 2 -> piece + SUFFIXES.get(random.nextInt(SUFFIXES.size()));
            case 3 -> piece.replace("'", "\u2019");
            default -> piece;
        };
    }
}
