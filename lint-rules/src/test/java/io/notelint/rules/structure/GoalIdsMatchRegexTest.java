package io.notelint.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.model.Note;
import io.notelint.core.text.CorpusTexts;
import io.notelint.core.text.LookAlikeText;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link GoalIds} replaced a regular expression ({@link #GOAL_ID}, kept here for this comparison only). This
 * differential test holds the scanner to the expression's answer on generated text dense with goal labels,
 * numbers, suffix letters, white space, look-alike letters and letters or numbers of other scripts around
 * them, and on every note of the corpora beside the checkout, whole and line by line, as they are and altered.
 */
class GoalIdsMatchRegexTest {

    static final Pattern GOAL_ID = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:g|stg|ltg|goal|obj\\.?|objective)\\s*#?\\s*\\d{1,2}[a-z]?(?![\\p{L}\\p{N}])"
                    + "|(?<![\\p{L}\\p{N}])goal\\s+(?:one|two|three|four|five|a|b|c)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);

    private static final GoalIds SCANNER = GoalIds.load();

    private static final String[] PIECES = {
        "g", "G", "stg", "STG", "Stg", "ltg", "LTG", "goal", "Goal", "GOAL", "goals", "obj", "Obj", "obj.", "OBJ.",
        "objective", "Objective", "objectives", "1", "2", "12", "123", "1a", "2B", "3c", "1ab", "#", " #", "# ", " ",
        "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "one", "two", "three", "four", "five", "six", "a", "b", "c",
        "d", "A", "B", "onex", ".", ",", ":", "-", "/", "(", ")", "x", "e", "\u00E9", "\u0663", "\u2167", "\u00BD",
        "\u017F", "\u0131", "\u0130", "\u212A", "\uD835\uDC00", "\uD83D\uDE00", "\uDC00", "\uD835", "e\u0301", "_",
        "Client", "worked", "on", "progress", "toward", "G1", "G-2", "Goal #3", "obj. 1a", "goal two", "STG2", "LTG 12b",
    };

    @Test
    void generatedTextsGiveTheExpressionsAnswer() {
        Random random = new Random(15);
        int found = 0;
        for (int k = 0; k < 100_000; k++) {
            String text = text(random);
            boolean expected = GOAL_ID.matcher(text).find();
            assertThat(SCANNER.in(text)).as("goal id in '%s'", text).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).as("generated texts with a goal id").isBetween(10_000, 90_000);
    }

    @Test
    void everyPairOfPiecesGluedOrSpacedGivesTheSame() {
        for (String a : PIECES) {
            for (String b : PIECES) {
                for (String text : new String[] {a + b, a + " " + b, a + b + "x", "x" + a + b, a + "#" + b}) {
                    assertThat(SCANNER.in(text)).as("goal id in '%s'", text).isEqualTo(GOAL_ID.matcher(text).find());
                }
            }
        }
    }

    @Test
    void corpusNotesGiveTheSameWholeAndByLineAsTheyAreAndAltered() throws IOException {
        List<Note> notes = CorpusTexts.notes();
        assertThat(notes).as("the repository's corpora are found").hasSizeGreaterThan(100);
        Random random = new Random(1515);
        int found = 0;
        for (Note n : notes) {
            String note = n.text();
            for (String text : new String[] {note, note.toUpperCase(Locale.ROOT), note.toLowerCase(Locale.ROOT),
                    LookAlikeText.altered(note, random, 200, SWAPS)}) {
                boolean expected = GOAL_ID.matcher(text).find();
                assertThat(SCANNER.in(text)).as("goal id in '%s'", text).isEqualTo(expected);
                found += expected ? 1 : 0;
                for (String line : text.split("\n")) {
                    assertThat(SCANNER.in(line)).as("goal id in '%s'", line).isEqualTo(GOAL_ID.matcher(line).find());
                }
            }
        }
        assertThat(found).as("corpus notes naming a goal id").isGreaterThan(10);
    }

    /** Besides the common swaps: a "g" become a goal word glued to or spaced from its digits. */
    private static final Map<Character, List<String>> SWAPS = Map.of(
            'g', List.of("g 1", "g 1", "g 1", "g 1", "g 1", "goal #2a", "goal #2a", "goal #2a", "goal #2a", "goal #2a"),
            's', LookAlikeText.COMMON.get('s'),
            ' ', LookAlikeText.COMMON.get(' '));

    private static String text(Random random) {
        int n = 1 + random.nextInt(8);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int glue = random.nextInt(6);
            b.append(glue == 0 ? "" : glue == 1 ? " " : glue == 2 ? "-" : glue == 3 ? ", " : "")
                    .append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
