package io.notelint.fhir;

import io.notelint.core.model.NoteKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * The document kind a note's {@code type} declares: its LOINC code by the table in
 * {@code note-kinds.properties}, else the words of the type ("Psychiatric intake note", "Discharge
 * summary"). Nothing said: the kind is left to be inferred from the text, as for note JSON.
 */
final class NoteKinds {

    static final String LOINC = "http://loinc.org";
    private static final Map<String, NoteKind> BY_CODE = load();
    /** Words of a type's display, checked in this order (a "crisis intake" is a crisis contact). */
    private static final String[][] WORDS = {{"crisis", "crisis"}, {"group", "group"}, {"discharge", "discharge"},
            {"transfer summary", "discharge"}, {"intake", "intake"}, {"admission", "intake"}, {"consult", "consult"},
            {"evaluation", "evaluation"}, {"assessment", "evaluation"}, {"progress", "progress"}};

    private NoteKinds() {
    }

    static Optional<NoteKind> of(CodeableConcept type) {
        if (type == null || type.isEmpty()) {
            return Optional.empty();
        }
        for (Coding c : type.getCoding()) {
            if (LOINC.equals(c.getSystem()) && BY_CODE.containsKey(c.getCode())) {
                return Optional.of(BY_CODE.get(c.getCode()));
            }
        }
        StringBuilder words = new StringBuilder(type.hasText() ? type.getText() : "");
        for (Coding c : type.getCoding()) {
            words.append(' ').append(c.hasDisplay() ? c.getDisplay() : "");
        }
        String w = words.toString().toLowerCase(Locale.ROOT);
        for (String[] pair : WORDS) {
            if (w.contains(pair[0])) {
                return NoteKind.parse(pair[1]);
            }
        }
        return Optional.empty();
    }

    private static Map<String, NoteKind> load() {
        Properties p = new Properties();
        try (InputStream in = NoteKinds.class.getResourceAsStream("note-kinds.properties")) {
            p.load(in);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException("the FHIR note-kind table is missing from the jar", new IOException(e));
        }
        java.util.TreeMap<String, NoteKind> out = new java.util.TreeMap<>();
        p.forEach((k, v) -> out.put((String) k, NoteKind.parse((String) v).orElseThrow()));
        return Map.copyOf(out);
    }
}
