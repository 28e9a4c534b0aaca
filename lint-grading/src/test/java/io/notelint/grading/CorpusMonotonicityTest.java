package io.notelint.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.notelint.core.engine.Linter;
import io.notelint.core.model.Note;
import io.notelint.core.rule.Category;
import io.notelint.core.rule.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Removing a flaw never lowers a score, checked over the labelled corpora with the built-in rule pack and
 * the default rubric: by removing findings (every single one, and in random orders down to none), and
 * by fixing the notes themselves (deleting labelled vague or stigmatizing words, dropping the history
 * a clone or an undocumented change was judged against) and grading them again.
 */
class CorpusMonotonicityTest {

    private static Grader grader;

    @BeforeAll
    static void setUp() {
        grader = Grader.builder().linter(Linter.builder().build()).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"labelled.jsonl", "holdout.jsonl", "blind.jsonl"})
    void removingAnyFindingNeverLowersTheScore(String corpus) {
        List<LabelledCorpus.Item> items = LabelledCorpus.load(corpus);
        Random random = new Random(20240611L);
        int checks = 0;
        for (LabelledCorpus.Item item : items) {
            Note note = item.note();
            List<Finding> all = grader.linter().lint(note).findings();
            int base = score(note, all);
            for (int i = 0; i < all.size(); i++) {
                List<Finding> fewer = new ArrayList<>(all);
                fewer.remove(i);
                assertThat(score(note, fewer)).as(note.id() + " without finding " + i).isGreaterThanOrEqualTo(base);
                checks++;
            }
            for (int round = 0; round < 5; round++) {
                List<Finding> shuffled = new ArrayList<>(all);
                Collections.shuffle(shuffled, random);
                int previous = base;
                while (!shuffled.isEmpty()) {
                    shuffled.remove(shuffled.size() - 1);
                    int now = score(note, shuffled);
                    assertThat(now).as(note.id() + " removing findings one by one").isGreaterThanOrEqualTo(previous);
                    previous = now;
                    checks++;
                }
                assertThat(previous).isEqualTo(grader.maxScore());
            }
        }
        assertThat(checks).as("the pack finds something in the corpus").isGreaterThan(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"labelled.jsonl", "holdout.jsonl", "blind.jsonl"})
    void fixingANoteNeverLowersItsScore(String corpus) {
        List<LabelledCorpus.Item> items = LabelledCorpus.load(corpus);
        int fixed = 0;
        List<String> lowered = new ArrayList<>();
        for (LabelledCorpus.Item item : items) {
            Note note = item.note();
            Note better = fix(item);
            if (better == note) {
                continue;
            }
            fixed++;
            int before = grader.grade(note).score();
            int after = grader.grade(better).score();
            if (after < before) {
                lowered.add(note.id() + " " + before + " -> " + after);
            }
        }
        System.out.println("grading monotonicity, " + corpus + ": " + fixed + " notes fixed and graded again");
        assertThat(fixed).isGreaterThan(30);
        assertThat(lowered).as("notes whose score dropped after a flaw was removed").isEmpty();
    }

    private static final Set<String> SPAN_CATEGORIES = Set.of(Category.VAGUE_LANGUAGE.id(), Category.STIGMATIZING_LANGUAGE.id());

    /** The note with its labelled span flaws deleted and, for history-based flaws, without the history. */
    private static Note fix(LabelledCorpus.Item item) {
        Note note = item.note();
        String text = note.text();
        for (String[] span : item.spans()) {
            if (SPAN_CATEGORIES.contains(span[0])) {
                text = text.replace(span[1], "");
            }
        }
        List<Note> history = note.history();
        if (item.noteCategories().contains(Category.CLONED_CONTENT.id())
                || item.noteCategories().contains(Category.UNDOCUMENTED_CHANGE.id())) {
            history = List.of();
        }
        if (text.equals(note.text()) && history.equals(note.history())) {
            return note;
        }
        return new Note(note.id(), text, note.format(), note.fields(), history, note.extra());
    }

    private static int score(Note note, List<Finding> findings) {
        return grader.score(note.id(), null, note.text(), findings).score();
    }
}
