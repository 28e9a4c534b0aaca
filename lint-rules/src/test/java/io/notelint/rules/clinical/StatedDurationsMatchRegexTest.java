package io.notelint.rules.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.text.LookAlikeText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@link StatedDurations} reads statements of a session length with hand-written steps; before, one
 * regular expression tried at every place of a window around each unit word defined them
 * ({@link RegexStatedDurations}, kept in test code for this comparison only). This differential test
 * holds the reader to exactly the regular expression's statements (spans, lengths, ranges, psychotherapy
 * marks, order) on hand-written edge cases, on generated text dense with length words, and on every note
 * of the corpora beside the checkout and notes made from the benchmark's sentences, as they are and with
 * their case, spacing and characters changed.
 */
class StatedDurationsMatchRegexTest {

    private static final String[] PIECES = {
        "45", "50", "1", "1.5", "2.25", "1234", "0", "00", "12.", ".5", "forty", "forty-five", "forty five", "Fifty-Three",
        "FIFTY", "fourteen", "fourty", "seventy", "sixty", "one", "two", "ten", "twenty", "thirty", "a", "an", "A", "An",
        "half", "a half", "an hour", "a half-hour", "half-hour", "half hour", "an  hour", "a\thalf", "minute", "minutes",
        "min", "mins", "min.", "Minutes", "MINS", "hour", "hours", "hr", "hrs", "hrs.", "HR", "minutesx", "hourly", "h",
        "45-minute", "45 min", "45min", "45-50 minutes", "45 - 50 minutes", "45 to 50 minutes", "45–50 min", "45to50 min",
        "1 hr 15 min", "1 hour and 15 minutes", "an hour and a half", "1 hour and a half", "2 hours 5 mins", "1 hr. 30 min",
        "-", "–", "to", "and", ".", ",", ":", "=", ";", "(", ")", "'s", "\n", "  ", "\t", "\r\n", "\u000B", "\f", "\u00A0",
        "session", "Session", "SESSION", "sessions", "visit", "appointment", "intake", "evaluation", "interview",
        "assessment", "psychotherapy", "therapy", "counseling", "counselling", "check-in", "call", "consultation", "consult",
        "meeting", "encounter", "individual", "family", "couples", "couple", "group", "telehealth", "video", "in-person",
        "face-to-face", "face to face", "follow-up", "crisis", "psychiatric", "office", "long", "-long", "length",
        "duration", "time", "lasted", "lasting", "ran", "was", "were", "of", "totaled", "totalled", "total", "approximately",
        "approx", "approx.", "about", "around", "roughly", "a total of", "for", "spent", "met", "meeting", "seen", "saw",
        "with", "the", "client", "patient", "pt", "parents", "parent", "caregivers", "him", "her", "them", "here", "direct",
        "synchronous", "total time", "total session time", "time spent", "therapy time", "Psychotherapy time",
        "face-to-face time", "next", "last", "weekly", "first", "usual", "daily", "practices", "listened", "recording",
        "doctor's", "her doctor's", "AA", "a day", "a night", "in two weeks", "each", "walked", "Client", "reports",
        "\u017Fession", "\u212Aeep", "m\u0130n", "\u0130NTAKE", "fıfty", "e\u0301", "\uD83D\uDE00", "x", "_", "3", "é45",
        "often", "tonight", "Sessionlasted", "session:45", "session-45", "therapist", "therapyx",
    };

    /** Sentences as notes write lengths, right and wrong, to glue with the pieces. */
    private static final String[] EDGE_CASES = {
        "Client attended a 45-minute session.", "A 45 min individual session via video.", "Session lasted 38 minutes.",
        "Completed a fifty-three minute psychotherapy session.", "Forty five minute session.",
        "An hour-long session with the couple.", "A one-hour family therapy session.", "Half-hour telehealth session.",
        "Session length: 55 min.", "The session ran approximately 50 minutes.", "Session duration was 1.5 hours.",
        "The visit lasted 1 hour 15 minutes.", "The session lasted an hour and a half.", "Met with client for 45 minutes.",
        "Met with the parents for 30 min.", "Client was seen for 53 minutes.", "Spent 60 minutes face-to-face with the client.",
        "Provided 38 minutes of individual psychotherapy.", "Total time: 53 minutes.", "Total session time 47 mins.",
        "Client was seen for a 45-50 minute session.", "The client was seen for a 90-minute intake.",
        "Thirty-minute face-to-face appointment with the patient.",
        "Approximately 25 minutes spent with patient, more than half in counseling.",
        "I spent about 30 minutes with him discussing his sleep.", "The interview was approximately two hours in length.",
        "About 40 minutes were spent face-to-face with the patient.", "Duration of session: 45 minutes.",
        "Client walked 20 minutes daily.", "A 10-minute break was taken mid-session.", "Next session will be a 30-minute check-in.",
        "Her doctor's appointment lasted 2 hours.", "Client reports sleeping 5 hours a night.",
        "Session scheduled for 12/4 at 10:00 for 45 minutes.", "Client practices a 10-minute session of mindfulness daily.",
        "Psychotherapy time: 25 min.", "A 25-minute psychotherapy session.", "Session: 45-50 min", "session was 45 to 50 mins.",
        "SESSION LASTED FORTY-FIVE MINUTES.", "session lasted\n45\nminutes", "Session lasted 0 minutes.",
        "Session lasted 50-45 minutes.", "A half hour session.", "An hour session.", "A an hour session.",
        "Session lasted a half-hour.", "Session lasted an\thour.", "Session lasted a  half hour.", "Session lasted ſeven minutes.",
        "Session lasted fİve minutes.", "Total face-to-face time with the client: 45 min.", "Time spent with the family: 1 hr",
        "Total visit duration spent with patient was 60 minutes", "Therapy time of 35 minutes.", "Saw the client for 1 hr.",
        "Meeting with pt for about 20 minutes.", "Seen with parents for a total of 40 mins.",
        "50 min individual family direct psychotherapy", "30 minutes face to face time", "1 hr and 15 min of therapy",
        "45 minutes, 50 minutes, 55 minutes session", "a 45-minute-long session", "a 45 minute long  session",
        "session lasted 45 minutes and 30 minutes more", "20 minute session 20 minute session 20 minute session",
        "Visit - 45 min.", "Visit = 1.25 hours", "Visit – approx. 2 hrs", "encounter was about 1.5 hrs", "call lasted 10 minutes",
        "consultation totaled 90 minutes", "assessment totalled two hours", "interview ran about an hour",
        "session approx 50 min", "session approximately 50 min", "the family therapy session lasted 45 min",
        "45 minute crisis in-person follow-up telehealth session", "45-minute in-person follow-up video crisis session",
        "spent 45 minutes with the client's mother", "45 mins spent with caregivers", "45 minutes was spent with them",
        "Session length: 45 min (next session 60 min).", "Session: 45 minutes; next session: 60 minutes.",
        "Client's AA meeting lasted 90 minutes.", "45 min session in two weeks", "Session lasted 10 hrs a day.",
    };

    @Test
    void handWrittenCasesGiveTheRegexResults() {
        int found = 0;
        for (String text : EDGE_CASES) {
            for (String variant : variants(text, new Random(text.hashCode()))) {
                found += assertSame(variant);
            }
        }
        assertThat(found).as("the edge cases state lengths").isGreaterThan(EDGE_CASES.length);
    }

    @Test
    void generatedTextsGiveTheRegexResults() {
        Random random = new Random(1515);
        int found = 0;
        int texts = Integer.getInteger("notelint.durations.texts", 10_000);
        for (int i = 0; i < texts; i++) {
            found += assertSame(text(random, 1 + random.nextInt(16)));
        }
        assertThat(found).as("the generated texts are dense with lengths").isGreaterThan(texts / 4);
    }

    @Test
    void everyPairOfPiecesGluedOrSpacedGivesTheSame() {
        int found = 0;
        for (String a : PIECES) {
            for (String b : PIECES) {
                for (String glue : new String[] {"", " "}) {
                    found += assertSame("Session lasted " + a + glue + b + " minutes session");
                    found += assertSame(a + glue + b + " min session");
                }
            }
        }
        assertThat(found).isGreaterThan(PIECES.length * PIECES.length / 2);
    }

    /** Long inputs: windows overlap, statements reach the windows' edges, the search resumes after each. */
    @Test
    void longTextsGiveTheSame() {
        Random random = new Random(77);
        int found = 0;
        for (int i = 0; i < 40; i++) {
            StringBuilder b = new StringBuilder();
            while (b.length() < 20_000) {
                b.append(random.nextInt(3) == 0 ? EDGE_CASES[random.nextInt(EDGE_CASES.length)] : text(random, 3))
                        .append(random.nextInt(4) == 0 ? "\n" : " ");
            }
            found += assertSame(b.toString());
        }
        assertThat(found).isGreaterThan(200);
        String minutes = "minutes ".repeat(5000);
        assertSame(minutes);
        assertSame("Session lasted " + "45 ".repeat(3000) + "minutes");
        assertSame("x".repeat(300) + " 45-minute session " + "y".repeat(300));
    }

    @Test
    void corpusAndGeneratedNotesGiveTheSameAsTheyAreAndAltered() throws IOException {
        List<String> notes = corpusNotes();
        assertThat(notes).as("the repository's corpora are found").hasSizeGreaterThan(100);
        notes.addAll(generatedNotes());
        Random random = new Random(2026);
        int found = 0;
        for (String note : notes) {
            for (String variant : variants(note, random)) {
                found += assertSame(variant);
            }
        }
        assertThat(found).as("the notes state lengths").isGreaterThan(notes.size() / 4);
    }

    private static int assertSame(String text) {
        List<StatedDuration> expected = RegexStatedDurations.find(text);
        assertThat(StatedDurations.find(text)).as("text '%s'", text).isEqualTo(expected);
        return expected.size();
    }

    /** The text, upper- and lower-cased, re-spaced, and with case flipped and look-alike characters swapped in. */
    private static List<String> variants(String text, Random random) {
        return List.of(text, text.toUpperCase(Locale.ROOT), text.toLowerCase(Locale.ROOT),
                text.replace(' ', '\t').replace(". ", ".\n"), text.replace(' ', '-'), LookAlikeText.altered(text, random, 60, SWAPS));
    }


    /** Besides the common swaps: the Kelvin sign for k, a space dropped, a hyphen spaced or made an en dash. */
    private static final Map<Character, List<String>> SWAPS = Map.of(
            's', List.of("\u017F"),
            'k', List.of("\u212A"),
            'i', List.of("\u0130", "\u0131"),
            ' ', List.of("  ", "\n", "-", ""),
            '-', List.of(" ", "\u2013"));

    private static String text(Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int glue = random.nextInt(8);
            b.append(glue == 0 ? "" : glue == 1 ? "-" : glue == 2 ? ", " : glue == 3 ? "\n" : " ");
            b.append(random.nextInt(6) == 0 ? EDGE_CASES[random.nextInt(EDGE_CASES.length)] : PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    /** The text of every note in the repository's corpora and the shared dev set beside the checkout. */
    private static List<String> corpusNotes() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> notes = new ArrayList<>();
        for (String name : new String[] {"../corpus/labelled.jsonl", "../corpus/holdout.jsonl", "../corpus/blind.jsonl",
                "../../shared/corpus/dev.jsonl", System.getProperty("notelint.durations.notes", "")}) {
            Path path = Path.of(name);
            if (name.isEmpty() || !Files.isRegularFile(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode root = json.readTree(line);
                JsonNode note = root.has("note") ? root.get("note") : root;
                if (note.hasNonNull("text")) {
                    notes.add(note.get("text").asText());
                }
            }
        }
        return notes;
    }

    /**
     * 300 notes made of the benchmark generator's sentence templates (when its module is beside this one),
     * with lengths stated in the ways the edge cases write them mixed in.
     */
    private static List<String> generatedNotes() throws IOException {
        Path phrases = Path.of("../benchmarks/src/main/resources/io/notelint/bench/note-phrases.tsv");
        List<String> notes = new ArrayList<>();
        if (!Files.isRegularFile(phrases)) {
            return notes;
        }
        List<String> templates = new ArrayList<>();
        for (String line : Files.readAllLines(phrases)) {
            int tab = line.indexOf('\t');
            if (!line.startsWith("#") && tab > 0) {
                templates.add(line.substring(tab + 1));
            }
        }
        Random random = new Random(300);
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            for (int s = 0; s < 35; s++) {
                String sentence = random.nextInt(10) == 0 ? EDGE_CASES[random.nextInt(EDGE_CASES.length)]
                        : templates.get(random.nextInt(templates.size()));
                b.append(sentence.replace("{n}", String.valueOf(1 + random.nextInt(9)))
                        .replace("{m}", String.valueOf(2 + random.nextInt(9)))
                        .replace("{hours}", String.valueOf(3 + random.nextInt(7)))
                        .replace("{min}", String.valueOf(5 + random.nextInt(36)))
                        .replace("{day}", "Tuesday").replace("{next}", "12/14/2026").replace("{time}", "3:00 pm")
                        .replace("{skill}", "paced breathing").replace("{stressor}", "the move")
                        .replace("{person}", "sister").replace("{goal}", "G1"))
                        .append(random.nextInt(5) == 0 ? "\n" : " ");
            }
            notes.add(b.toString());
        }
        return notes;
    }
}
