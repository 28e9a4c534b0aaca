package io.notelint.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFormat;
import io.notelint.core.model.NoteFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The section detector against its pre-issue-15 self ({@link LegacySectionDetector}, which tried every
 * label in turn at each candidate position): the same layout, section for section and offset for offset,
 * on generated texts built to hit the header grammar's corners (labels in any case, decoration, numbers,
 * parentheses, dashes, inline headers after a sentence, title lines, CR/LF line ends) and on every note of
 * the corpora found beside the checkout.
 */
class SectionDetectorDifferentialTest {

    private final SectionDetector detector = new SectionDetector();
    private final LegacySectionDetector legacy = new LegacySectionDetector();
    private final List<String> labels = LegacySectionHeaders.load().labelsForTest();

    @Test
    void generatedTextsGetTheSameLayoutAsBefore() {
        Random r = new Random(20261207L);
        int structured = 0;
        for (int n = 0; n < 20_000; n++) {
            String text = generated(r);
            NoteFormat declared = r.nextInt(4) == 0 ? NoteFormat.values()[r.nextInt(NoteFormat.values().length)] : null;
            SectionLayout now = detector.detect(text, declared);
            assertThat(now).as("text %d: %s", n, text).isEqualTo(legacy.detect(text, declared));
            structured += now.structured() && declared == null ? 1 : 0;
        }
        // the generator must reach the inference, not only plain text
        assertThat(structured).isGreaterThan(2_000);
    }

    @Test
    void corpusNotesGetTheSameLayoutAsBefore() throws IOException {
        int notes = 0;
        for (Path file : corpora()) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Note note;
                try {
                    // a labelled corpus wraps the note with its expected findings: {"note": {...}, ...}
                    tools.jackson.databind.JsonNode tree = NoteJson.readTree(line);
                    note = NoteJson.fromTree(tree.has("note") ? tree.get("note") : tree);
                } catch (NoteFormatException e) {
                    continue; // a deliberately broken record (no text, wrong types): nothing to detect
                }
                List<Note> all = new ArrayList<>(note.history());
                all.add(note);
                for (Note n : all) {
                    assertThat(detector.detect(n.text(), n.format())).as(file + " " + n.id())
                            .isEqualTo(legacy.detect(n.text(), n.format()));
                    assertThat(detector.detect(n.text(), null)).as(file + " " + n.id())
                            .isEqualTo(legacy.detect(n.text(), null));
                    notes++;
                }
            }
        }
        assertThat(notes).as("the repository's own corpora at least").isGreaterThan(500);
    }

    @Test
    void everyLabelSpellingNamesTheSameKindsAsBefore() {
        Random r = new Random(7);
        for (String label : labels) {
            for (String spelling : List.of(label, label.toUpperCase(Locale.ROOT), titleCase(label), mixedCase(label, r),
                    label + "x", label.substring(0, label.length() - 1), label + " ", " " + label)) {
                assertThat(detector.kindsOf(spelling)).as(spelling).isEqualTo(legacy.kindsOf(spelling));
            }
        }
    }

    private String generated(Random r) {
        StringBuilder b = new StringBuilder();
        if (r.nextInt(5) == 0) {
            b.append(pick(r, "SOAP Note", "## DAP progress note 11/20", "**BIRP**", "GIRP note for client",
                    "PIE", "Soap opera", "DAPper")).append(lineEnd(r));
        }
        int lines = 1 + r.nextInt(10);
        for (int i = 0; i < lines; i++) {
            if (r.nextInt(4) != 0) {
                b.append(pick(r, "", "", "", "  ", "\t", "1. ", "2) ", "- ", "* ", "\u2022 ", "12. ", "a. ", "-", "*"));
                b.append(pick(r, "", "", "", "# ", "## ", "#", "**", "__", "*"));
                b.append(spell(r, r.nextInt(8) == 0 ? pick(r, "Goal", "Problem", "note", "Pt", "A1c", "Objective")
                        : labels.get(r.nextInt(labels.size()))));
                b.append(pick(r, "", "", "", "1", "#1", " #2", " 3", "2a", " 2a", "**", " (next steps)",
                        " (a very long parenthesis that goes on and on past forty chars)", " for next session",
                        " to intervention today", "/Diagnosis", " & plan", "'s"));
                b.append(pick(r, ":", ":", ":", "", " - ", " \u2013 ", ":**", " :", "-", "- "));
            }
            b.append(sentence(r));
            if (r.nextBoolean()) {
                b.append(pick(r, ". ", "; ", "! ", "? ", ".")).append(spell(r, labels.get(r.nextInt(labels.size()))))
                        .append(pick(r, ":", ": ", " ", "")).append(sentence(r));
            }
            b.append(lineEnd(r));
        }
        return b.toString();
    }

    private static String sentence(Random r) {
        return pick(r, "", " Client reports low mood", "Stable", " denies SI/HI", "Mood 5/10 on Tuesday 12/2",
                " Continue CBT weekly", "Euthymic affect", " plan to follow up", " Pt seen (with mother)", " A - B");
    }

    private static String lineEnd(Random r) {
        return pick(r, "\n", "\n", "\n", "\r\n", "\r", "\n\n", " \n");
    }

    private static String spell(Random r, String label) {
        return switch (r.nextInt(5)) {
            case 0 -> label;
            case 1 -> label.toUpperCase(Locale.ROOT);
            case 2 -> mixedCase(label, r);
            default -> titleCase(label);
        };
    }

    private static String titleCase(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String mixedCase(String s, Random r) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(r.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        return b.toString();
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    /** The repository's corpora, and the team's shared and real notes when they sit beside the checkout. */
    static List<Path> corpora() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("lint-core"))) {
            dir = dir.getParent();
        }
        List<Path> out = new ArrayList<>();
        if (dir == null) {
            return out;
        }
        for (String name : List.of("corpus/labelled.jsonl", "corpus/holdout.jsonl", "corpus/blind.jsonl",
                "../shared/corpus/dev.jsonl", "../../realnotes/dev.jsonl", "../../realnotes/fresh.jsonl")) {
            Path p = dir.resolve(name).normalize();
            if (Files.isRegularFile(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
