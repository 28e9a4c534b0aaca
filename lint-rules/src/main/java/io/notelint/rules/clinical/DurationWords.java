package io.notelint.rules.clinical;

import io.notelint.core.text.ResourceLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words a stated session length is made of, read once from the resource files next to this class:
 * session nouns and the words that may stand between a length and its noun
 * ({@code session-duration-nouns.tsv}), number words ({@code number-words.tsv}) and the rest
 * ({@code stated-duration-words.tsv}: units, connectors, hedges, whom, meeting verbs, therapy words).
 * Every list keeps the order in which {@link DurationReader} tries its entries; entries are stored
 * case-folded (upper case, then lower) as the reader compares them.
 *
 * @param numbers       number words and their values ("forty" 40, "half" 0.5, "a" 1)
 * @param numberWords   the number words a length may be written with, longest first ("a" and "an" left out:
 *                      the grammar places them itself)
 * @param units         unit words, most specific first ("minutes" before "minute" before "min")
 * @param minuteUnits   the unit words worth one minute, in the same order
 * @param nouns         nouns naming the whole contact ("session", "visit")
 * @param modifiers     words that may stand between a length and its noun ("individual", "telehealth")
 */
record DurationWords(Map<String, Double> numbers, WordList numberWords, List<Unit> units, List<String> minuteUnits,
        WordList nouns, WordList modifiers, WordList connectors, WordList hedges, WordList whom,
        WordList meetingVerbs, WordList meetingVerbsWithWhom, WordList therapyKinds, WordList therapyWords) {

    /** Words in the order they are tried, and the same grouped by first character (order kept) for look-ups. */
    record WordList(List<String> words, String[][] byFirst) {

        static WordList of(List<String> words) {
            String[][] byFirst = new String[128][];
            for (char c = 0; c < 128; c++) {
                char first = c;
                String[] starting = words.stream().filter(w -> w.charAt(0) == first).toArray(String[]::new);
                byFirst[c] = starting;
            }
            return new WordList(List.copyOf(words), byFirst);
        }

        /** The words beginning with {@code c} (folded), in list order. */
        String[] startingWith(char c) {
            return byFirst[c < 128 ? c : 0]; // no word begins with the NUL character
        }
    }

    /** A unit word and its length in minutes. */
    record Unit(String word, int minutes) {
    }

    static DurationWords load() {
        Map<String, Double> numbers = new HashMap<>();
        for (String[] row : ResourceLines.tsv(DurationWords.class, "number-words.tsv", 2)) {
            numbers.put(row[0].toLowerCase(Locale.ROOT), Double.valueOf(row[1]));
        }
        List<String> numberWords = new ArrayList<>();
        for (String w : numbers.keySet()) {
            if (!w.equals("a") && !w.equals("an")) {
                numberWords.add(fold(w));
            }
        }
        // two words of one length never both stand at one place, so only the length decides the order
        numberWords.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));

        List<String> nouns = new ArrayList<>();
        List<String> modifiers = new ArrayList<>();
        for (String[] row : ResourceLines.tsv(DurationWords.class, "session-duration-nouns.tsv", 2)) {
            (row[1].equals("noun") ? nouns : modifiers).add(fold(row[0]));
        }

        Map<String, List<String>> classes = new LinkedHashMap<>();
        List<Unit> units = new ArrayList<>();
        for (String[] row : ResourceLines.tsv(DurationWords.class, "stated-duration-words.tsv", 2)) {
            if (row[0].equals("unit")) {
                units.add(new Unit(fold(row[1]), Integer.parseInt(row[2])));
            } else {
                classes.computeIfAbsent(row[0], k -> new ArrayList<>()).add(fold(row[1]));
            }
        }
        List<String> minuteUnits = units.stream().filter(u -> u.minutes() == 1).map(Unit::word).toList();
        return new DurationWords(Map.copyOf(numbers), WordList.of(numberWords), List.copyOf(units), minuteUnits,
                WordList.of(nouns), WordList.of(modifiers), words(classes, "connector"), words(classes, "about"),
                words(classes, "who"), words(classes, "met"), words(classes, "met-whom"), words(classes, "therapy-kind"),
                words(classes, "therapy"));
    }

    private static WordList words(Map<String, List<String>> classes, String name) {
        List<String> words = classes.get(name);
        if (words == null) {
            throw new IllegalStateException("stated-duration-words.tsv: no words of class '" + name + "'");
        }
        return WordList.of(words);
    }

    /** Upper case, then lower, character by character: how the reader compares text with these words. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(DurationReader.fold(s.charAt(i)));
        }
        return b.toString();
    }
}
