package io.notelint.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.notelint.core.rule.Finding;
import io.notelint.core.engine.LintResult;
import io.notelint.core.engine.Linter;
import io.notelint.core.batch.NoteRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance of issue 17: the labelled corpus, converted to a Bulk Data export by
 * {@code scripts/notes-to-fhir.py}, gives the same findings through FHIR input as through note JSON -
 * the same rules, categories and spans on every note - with each note's history rebuilt from the
 * export's other DocumentReferences of the same client.
 */
class CorpusEquivalenceTest {

    private static Linter linter;

    @TempDir
    Path tmp;

    @BeforeAll
    static void build() {
        linter = Linter.builder().build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"corpus/labelled.jsonl", "corpus/holdout.jsonl", "corpus/blind.jsonl", "../shared/corpus/dev.jsonl"})
    void sameFindingsThroughFhir(String corpus) throws Exception {
        Path file = FhirTestSupport.repoRoot().resolve(corpus).normalize();
        assumeTrue(Files.exists(file), file + " is absent");
        Path notes = tmp.resolve("notes.jsonl");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                lines.add(io.notelint.core.json.NoteJson.mapper().readTree(line).path("note").toString());
            }
        }
        Files.write(notes, lines);
        boolean gzip = corpus.contains("holdout"); // one corpus through gzipped NDJSON
        Path export = tmp.resolve("export");
        FhirTestSupport.convert(export, gzip, file);

        List<NoteRecord> jsonRecords = FhirTestSupport.read(notes.toString());
        List<NoteRecord> fhirRecords = FhirTestSupport.read(export.toString());
        Map<String, List<String>> viaJson = findings(jsonRecords, "");
        Map<String, List<String>> viaFhir = findings(fhirRecords, "DocumentReference/");

        // the history is rebuilt from the export: the same earlier notes, in the same order
        Map<String, List<String>> jsonHistory = history(jsonRecords, "");
        Map<String, List<String>> fhirHistory = new TreeMap<>();
        history(fhirRecords, "DocumentReference/").forEach((id, h) -> {
            if (jsonHistory.containsKey(id)) {
                fhirHistory.put(id, h);
            }
        });
        assertThat(fhirHistory).isEqualTo(new TreeMap<>(jsonHistory));
        if (!corpus.contains("dev")) {
            assertThat(jsonHistory.values().stream().filter(h -> !h.isEmpty()).count()).as("notes with history").isPositive();
        }

        assertThat(viaJson).hasSize(lines.size());
        assertThat(viaJson.values().stream().mapToInt(List::size).sum()).as("findings through JSON").isPositive();
        Map<String, List<String>> fhirOfJsonNotes = new TreeMap<>();
        viaJson.keySet().forEach(id -> fhirOfJsonNotes.put(id, viaFhir.get(id)));
        assertThat(fhirOfJsonNotes).isEqualTo(new TreeMap<>(viaJson));
    }

    private static Map<String, List<String>> history(List<NoteRecord> records, String prefix) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (NoteRecord r : records) {
            if (r.ok()) {
                List<String> ids = new ArrayList<>();
                r.note().history().forEach(h -> ids.add(h.id().startsWith(prefix) ? h.id().substring(prefix.length()) : h.id()));
                out.put(r.noteId().startsWith(prefix) ? r.noteId().substring(prefix.length()) : r.noteId(), ids);
            }
        }
        return out;
    }

    /** Note id (the prefix taken off) -> its findings as "rule category start-end", or its error code. */
    private static Map<String, List<String>> findings(List<NoteRecord> records, String prefix) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (LintResult r : FhirTestSupport.lint(linter, records)) {
            List<String> list = new ArrayList<>();
            if (!r.ok()) {
                list.add("error " + r.error().code() + ": " + r.error().message());
            }
            for (Finding f : r.findings()) {
                list.add(f.ruleId() + " " + f.category() + " " + (f.span() == null ? "note" : f.span().start() + "-" + f.span().end()));
            }
            String id = r.noteId().startsWith(prefix) ? r.noteId().substring(prefix.length()) : r.noteId();
            out.put(id, list);
        }
        return out;
    }
}
