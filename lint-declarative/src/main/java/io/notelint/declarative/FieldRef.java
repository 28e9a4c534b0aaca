package io.notelint.declarative;

import io.notelint.core.analysis.AnalyzedNote;
import io.notelint.core.model.Clinician;
import io.notelint.core.model.Diagnosis;
import io.notelint.core.model.Goal;
import io.notelint.core.model.Medication;
import io.notelint.core.model.NoteFields;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A structured field a rule file can test, by the name note-format.md gives it, with its value type.
 * Custom fields (any other key under the note's {@code fields}) are written {@code custom.NAME}, so
 * that a misspelt known field is an error rather than a custom field that is never there.
 */
record FieldRef(String name, Type type, Function<AnalyzedNote, Object> getter) {

    /** How values compare: text ignoring case, numbers, dates and times, risk levels in order, lists by item. */
    enum Type { TEXT, NUMBER, DATE, TIME, INSTANT, LEVEL, LIST, ANY }

    static final String CUSTOM = "custom.";

    private static final Map<String, FieldRef> KNOWN = known();

    private static Map<String, FieldRef> known() {
        Map<String, FieldRef> m = new LinkedHashMap<>();
        add(m, "clientId", Type.TEXT, f -> f.clientId());
        add(m, "sessionDate", Type.DATE, NoteFields::sessionDate);
        add(m, "startTime", Type.TIME, NoteFields::startTime);
        add(m, "endTime", Type.TIME, NoteFields::endTime);
        add(m, "durationMinutes", Type.NUMBER, NoteFields::durationMinutes);
        add(m, "cptCode", Type.TEXT, NoteFields::cptCode);
        add(m, "modality", Type.TEXT, NoteFields::modality);
        add(m, "riskLevel", Type.LEVEL, NoteFields::riskLevel);
        add(m, "diagnoses", Type.LIST, f -> f.diagnoses() == null ? null : f.diagnoses().stream().map(Diagnosis::code).toList());
        add(m, "medications", Type.LIST, f -> f.medications() == null ? null : f.medications().stream().map(Medication::name).toList());
        add(m, "goals", Type.LIST, f -> f.goals() == null ? null : f.goals().stream().map(Goal::id).toList());
        add(m, "clinician", Type.TEXT, f -> f.clinician() == null ? null : f.clinician().name());
        add(m, "clinician.name", Type.TEXT, f -> f.clinician() == null ? null : f.clinician().name());
        add(m, "clinician.credentials", Type.TEXT, f -> f.signer().map(Clinician::credentials).orElse(null));
        add(m, "signedAt", Type.INSTANT, NoteFields::signedAt);
        add(m, "sessionMinutes", Type.NUMBER, f -> f.startTime() == null || f.endTime() == null || f.endTime().isBefore(f.startTime())
                ? null : (int) Duration.between(f.startTime(), f.endTime()).toMinutes());
        m.put("format", new FieldRef("format", Type.TEXT, n -> n.format().name()));
        return Map.copyOf(m);
    }

    private static void add(Map<String, FieldRef> m, String name, Type type, Function<NoteFields, Object> get) {
        m.put(name, new FieldRef(name, type, n -> get.apply(n.note().fields())));
    }

    /** The field of that name, or null when there is none. */
    static FieldRef resolve(String name) {
        if (name.startsWith(CUSTOM) && name.length() > CUSTOM.length()) {
            String key = name.substring(CUSTOM.length());
            return new FieldRef(name, Type.ANY, n -> custom(n.note().fields().extra().get(key)));
        }
        return KNOWN.get(name);
    }

    static List<String> knownNames() {
        return KNOWN.keySet().stream().sorted().toList();
    }

    private static Object custom(Object v) {
        if (v instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            for (Object o : l) {
                if (o != null && !(o instanceof Map) && !(o instanceof List)) {
                    out.add(String.valueOf(o));
                }
            }
            return out;
        }
        return v;
    }

    /** The value in a note; null, blank text and empty lists read as absent. */
    Object value(AnalyzedNote note) {
        Object v = getter.apply(note);
        if (v instanceof String s && s.isBlank() || v instanceof List<?> l && l.isEmpty()) {
            return null;
        }
        return v;
    }
}
