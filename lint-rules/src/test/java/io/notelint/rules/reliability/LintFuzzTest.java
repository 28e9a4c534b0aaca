package io.notelint.rules.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.notelint.core.engine.LintResult;
import io.notelint.core.json.NoteJson;
import io.notelint.core.model.Note;
import io.notelint.core.model.NoteFormatException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Every rule of the pack on arbitrary notes: no exception escapes {@code lint()}, no rule fails, every
 * span lies within the text, on whole characters, over words, with the excerpt it names
 * ({@link ResultInvariants}). The first byte picks the input's shape: 'J' a whole note as JSON (fields
 * and history included), 'W' a text in UTF-16BE (lone surrogates included), anything else a text in
 * UTF-8. Seeds: src/test/resources/io/notelint/rules/reliability/LintFuzzTestInputs/lintEveryRule/.
 */
class LintFuzzTest {

    @FuzzTest
    void lintEveryRule(byte[] data) {
        Note note = note(data);
        if (note == null) {
            return;
        }
        LintResult result = AllRules.linter().lint(note);
        List<String> broken = ResultInvariants.violations(note.text(), result);
        if (!broken.isEmpty()) {
            throw new AssertionError(String.join("\n", broken));
        }
    }

    private static Note note(byte[] data) {
        if (data.length > 0 && data[0] == 'J') {
            try {
                return NoteJson.parseNote(new String(data, 1, data.length - 1, StandardCharsets.UTF_8), "fuzz");
            } catch (NoteFormatException e) {
                return null;
            }
        }
        String text = data.length > 0 && data[0] == 'W'
                ? new String(data, 1, data.length - 1, StandardCharsets.UTF_16BE)
                : new String(data, StandardCharsets.UTF_8);
        return Note.of("fuzz", text);
    }
}
