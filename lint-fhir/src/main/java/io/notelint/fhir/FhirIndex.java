package io.notelint.fhir;

import io.notelint.core.model.Clinician;
import io.notelint.core.model.Diagnosis;
import io.notelint.core.model.Goal;
import io.notelint.core.model.Medication;
import io.notelint.core.model.NoteError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the first pass over a FHIR input found: the records in input order (notes, and resources that
 * are errors), and the facts of the resources around the notes, looked up by reference. Filled by
 * {@link Indexer} on one thread, read-only once {@link #built}.
 *
 * <p>The records and facts are kept in a {@link FactLog} (a temporary file), not on the heap: what the
 * heap keeps is the log's table of bucket heads (at most 8 MB) and 8 bytes a record (where it is in the log),
 * so an export's facts cost the heap nothing. A key's values come back in the order they were added,
 * so every lookup gives what the maps it replaces gave.
 */
final class FhirIndex implements AutoCloseable {

    /** One record of the batch: a note to decode (its {@code ordinal} among the notes), or an error found while indexing. */
    record Item(Facts.NoteEntry note, int ordinal, String errorId, NoteError error, int source, long line) {
    }

    private static final byte ITEM = 0;
    private static final byte ENCOUNTER = 1;
    private static final byte PRACTITIONER = 2;
    private static final byte ROLE = 3;
    private static final byte PATIENT = 4;
    private static final byte CONDITION = 5;
    private static final byte CONDITION_BY_ENCOUNTER = 6;
    private static final byte CONDITION_BY_SUBJECT = 7;
    private static final byte MED_BY_ENCOUNTER = 8;
    private static final byte MED_BY_SUBJECT = 9;
    private static final byte RISK = 10;
    private static final byte GOAL = 11;
    private static final byte GOAL_BY_SUBJECT = 12;
    private static final byte PLAN_BY_ENCOUNTER = 13;
    private static final byte PLAN_BY_SUBJECT = 14;
    private static final byte GOAL_OF_ENCOUNTER = 15;
    private static final byte CPT = 16;
    private static final byte BINARY = 17;
    private static final byte MEDICATION_NAME = 18;

    private final FactLog log;
    /** Where each record is in the log, in input order. */
    private long[] items = new long[1024];
    private int itemCount;
    private int noteCount;
    /** Bundle {@code fullUrl}s ({@code urn:uuid:...}) -> {@code Type/id}: a Bundle is read whole anyway. */
    final Map<String, String> aliases = new HashMap<>();
    /** The resource types the input holds at all: a reference to one of them must resolve. */
    final Set<String> typesSeen = new HashSet<>();
    /** The input's file names, by source number. */
    final List<String> sourceNames = new ArrayList<>();

    /** An empty index for an input of about {@code inputBytes} (which sizes the log's table: a resource is some hundreds of bytes). */
    FhirIndex(long inputBytes) throws IOException {
        this.log = new FactLog(64 - Long.numberOfLeadingZeros(Math.max(1, inputBytes / 256)));
    }

    /** Indexing is over: the facts become readable. */
    void built() throws IOException {
        log.seal();
        items = Arrays.copyOf(items, itemCount);
    }

    @Override
    public void close() {
        log.close();
    }

    /** {@code ref} with a Bundle alias resolved. */
    String resolve(String ref) {
        return ref == null ? null : aliases.getOrDefault(ref, ref);
    }

    // ---- the records, in input order

    void addNote(Facts.NoteEntry e, int source, long line) {
        Location w = e.where();
        Values.Out v = new Values.Out().i32(1).i32(noteCount++).i32(source).i64(line).str(e.ref())
                .i32(w.channel()).i64(w.offset()).i32(w.length()).i32(w.source()).i64(w.line())
                .str(e.subject()).str(e.encounter()).i64(e.start()).i64(e.fallback());
        addItem(v);
    }

    void addError(String id, NoteError error, int source, long line) {
        addItem(new Values.Out().i32(0).i32(-1).i32(source).i64(line).str(id)
                .str(error.code()).str(error.message()).i64(error.line()));
    }

    private void addItem(Values.Out v) {
        if (itemCount == items.length) {
            items = Arrays.copyOf(items, items.length * 2);
        }
        items[itemCount++] = log.append(ITEM, null, v.bytes());
    }

    int itemCount() {
        return itemCount;
    }

    int noteCount() {
        return noteCount;
    }

    Item item(int i) {
        Values.In in = new Values.In(log.value(items[i]));
        boolean note = in.i32() == 1;
        int ordinal = in.i32();
        int source = in.i32();
        long line = in.i64();
        String ref = in.str();
        if (!note) {
            return new Item(null, -1, ref, new NoteError(in.str(), in.str(), in.i64()), source, line);
        }
        Location where = new Location(in.i32(), in.i64(), in.i32(), in.i32(), in.i64());
        return new Item(new Facts.NoteEntry(ref, where, in.str(), in.str(), in.i64(), in.i64()), ordinal, null, null, source, line);
    }

    // ---- facts: put (the last one counts) and add (all count, in order)

    void putEncounter(String ref, Facts.Encounter e) {
        Values.Out v = new Values.Out().str(e.subject()).str(e.period().start()).str(e.period().end())
                .i32(e.lengthMinutes() == null ? 0 : 1).i32(e.lengthMinutes() == null ? 0 : e.lengthMinutes())
                .str(e.classCode()).str(e.classDisplay()).str(e.cpt());
        List<String> d = e.diagnosisConditions();
        v.i32(d == null ? -1 : d.size());
        if (d != null) {
            d.forEach(v::str);
        }
        log.append(ENCOUNTER, ref, v.bytes());
    }

    Facts.Encounter encounter(String ref) {
        byte[] b = log.last(ENCOUNTER, ref);
        if (b == null) {
            return null;
        }
        Values.In in = new Values.In(b);
        String subject = in.str();
        Facts.When period = new Facts.When(in.str(), in.str());
        boolean hasLength = in.i32() == 1;
        int minutes = in.i32();
        String classCode = in.str();
        String classDisplay = in.str();
        String cpt = in.str();
        int n = in.i32();
        List<String> diagnoses = null;
        if (n >= 0) {
            List<String> d = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                d.add(in.str());
            }
            diagnoses = List.copyOf(d);
        }
        return new Facts.Encounter(subject, period, hasLength ? Integer.valueOf(minutes) : null, classCode, classDisplay, cpt, diagnoses);
    }

    void putPractitioner(String ref, Facts.Practitioner p) {
        Clinician c = p.clinician();
        log.append(PRACTITIONER, ref, new Values.Out().i32(c == null ? 0 : 1).str(c == null ? null : c.name())
                .str(c == null ? null : c.credentials()).bytes());
    }

    Facts.Practitioner practitioner(String ref) {
        byte[] b = log.last(PRACTITIONER, ref);
        if (b == null) {
            return null;
        }
        Values.In in = new Values.In(b);
        boolean has = in.i32() == 1;
        String name = in.str();
        String credentials = in.str();
        return new Facts.Practitioner(has ? new Clinician(name, credentials) : null);
    }

    /** PractitionerRole -> its practitioner. */
    void putRole(String ref, String practitioner) {
        putString(ROLE, ref, practitioner);
    }

    String role(String ref) {
        return string(ROLE, ref);
    }

    void putPatient(String ref, Facts.Patient p) {
        putString(PATIENT, ref, p.clientId());
    }

    Facts.Patient patient(String ref) {
        byte[] b = log.last(PATIENT, ref);
        return b == null ? null : new Facts.Patient(new Values.In(b).str());
    }

    void putCondition(String ref, Diagnosis d) {
        log.append(CONDITION, ref, diagnosis(d));
    }

    Diagnosis condition(String ref) {
        byte[] b = log.last(CONDITION, ref);
        return b == null ? null : diagnosis(b);
    }

    void addConditionOfEncounter(String encounter, Diagnosis d) {
        if (encounter != null) {
            log.append(CONDITION_BY_ENCOUNTER, encounter, diagnosis(d));
        }
    }

    void addConditionOfSubject(String subject, Diagnosis d) {
        if (subject != null) {
            log.append(CONDITION_BY_SUBJECT, subject, diagnosis(d));
        }
    }

    List<Diagnosis> conditionsOfEncounter(String encounter) {
        return diagnoses(log.all(CONDITION_BY_ENCOUNTER, encounter));
    }

    List<Diagnosis> conditionsOfSubject(String subject) {
        return diagnoses(log.all(CONDITION_BY_SUBJECT, subject));
    }

    /** Medications by encounter and by client; a null element is "no known medications". */
    void addMedicationOfEncounter(String encounter, Medication m) {
        if (encounter != null) {
            log.append(MED_BY_ENCOUNTER, encounter, medication(m));
        }
    }

    void addMedicationOfSubject(String subject, Medication m) {
        if (subject != null) {
            log.append(MED_BY_SUBJECT, subject, medication(m));
        }
    }

    /** The encounter's medications, or null when none is tied to it. */
    List<Medication> medicationsOfEncounter(String encounter) {
        return medications(log.all(MED_BY_ENCOUNTER, encounter));
    }

    List<Medication> medicationsOfSubject(String subject) {
        return medications(log.all(MED_BY_SUBJECT, subject));
    }

    /** One of an encounter's RiskAssessments' levels; {@link #risk} gives the highest. */
    void addRisk(String encounter, String level) {
        putString(RISK, encounter, level);
    }

    /** The highest risk level id of an encounter's RiskAssessments (the first of the highest), or null. */
    String risk(String encounter) {
        String level = null;
        for (byte[] b : log.all(RISK, encounter)) {
            String l = new Values.In(b).str();
            if (level == null || RiskLevels.rank(l) > RiskLevels.rank(level)) {
                level = l;
            }
        }
        return level;
    }

    void putGoal(String ref, Facts.GoalFact g) {
        log.append(GOAL, ref, goal(g));
    }

    Facts.GoalFact goal(String ref) {
        byte[] b = log.last(GOAL, ref);
        return b == null ? null : goal(b);
    }

    void addGoalOfSubject(String subject, Facts.GoalFact g) {
        if (subject != null) {
            log.append(GOAL_BY_SUBJECT, subject, goal(g));
        }
    }

    List<Facts.GoalFact> goalsOfSubject(String subject) {
        List<Facts.GoalFact> out = new ArrayList<>();
        for (byte[] b : log.all(GOAL_BY_SUBJECT, subject)) {
            out.add(goal(b));
        }
        return out;
    }

    /** The goal references of the CarePlans of an encounter, and of a client's plans without one. */
    void addCarePlanOfEncounter(String encounter, List<String> goals) {
        if (encounter != null) {
            log.append(PLAN_BY_ENCOUNTER, encounter, strings(goals));
        }
    }

    void addCarePlanOfSubject(String subject, List<String> goals) {
        if (subject != null) {
            log.append(PLAN_BY_SUBJECT, subject, strings(goals));
        }
    }

    /** The plans, each a list of goal references; null when there is none. */
    List<List<String>> carePlansOfEncounter(String encounter) {
        return plans(log.all(PLAN_BY_ENCOUNTER, encounter));
    }

    List<List<String>> carePlansOfSubject(String subject) {
        return plans(log.all(PLAN_BY_SUBJECT, subject));
    }

    /** Goals some encounter's care plan names: not the client's standing goals. */
    void addGoalOfEncounters(String goal) {
        log.append(GOAL_OF_ENCOUNTER, goal, new byte[0]);
    }

    boolean isGoalOfEncounters(String goal) {
        return log.last(GOAL_OF_ENCOUNTER, goal) != null;
    }

    /** A CPT code billed for an encounter by a Claim or ChargeItem: the first one counts. */
    void addCpt(String encounter, String cpt) {
        putString(CPT, encounter, cpt);
    }

    String cpt(String encounter) {
        List<byte[]> all = log.all(CPT, encounter);
        return all.isEmpty() ? null : new Values.In(all.get(0)).str();
    }

    void putBinary(String ref, Location at) {
        log.append(BINARY, ref, new Values.Out().i32(at.channel()).i64(at.offset()).i32(at.length()).i32(at.source())
                .i64(at.line()).bytes());
    }

    Location binary(String ref) {
        byte[] b = log.last(BINARY, ref);
        if (b == null) {
            return null;
        }
        Values.In in = new Values.In(b);
        return new Location(in.i32(), in.i64(), in.i32(), in.i32(), in.i64());
    }

    /** Medication resources: their names. */
    void putMedicationName(String ref, String name) {
        putString(MEDICATION_NAME, ref, name);
    }

    String medicationName(String ref) {
        return string(MEDICATION_NAME, ref);
    }

    // ---- encodings

    private void putString(byte kind, String key, String value) {
        log.append(kind, key, new Values.Out().str(value).bytes());
    }

    private String string(byte kind, String key) {
        byte[] b = log.last(kind, key);
        return b == null ? null : new Values.In(b).str();
    }

    private static byte[] diagnosis(Diagnosis d) {
        return new Values.Out().str(d.code()).str(d.display()).bytes();
    }

    private static Diagnosis diagnosis(byte[] b) {
        Values.In in = new Values.In(b);
        return new Diagnosis(in.str(), in.str());
    }

    private static List<Diagnosis> diagnoses(List<byte[]> all) {
        List<Diagnosis> out = new ArrayList<>(all.size());
        for (byte[] b : all) {
            out.add(diagnosis(b));
        }
        return out;
    }

    private static byte[] medication(Medication m) {
        Values.Out v = new Values.Out().i32(m == null ? 0 : 1);
        if (m != null) {
            v.str(m.name()).str(m.dose()).str(m.frequency());
        }
        return v.bytes();
    }

    private static List<Medication> medications(List<byte[]> all) {
        if (all.isEmpty()) {
            return null;
        }
        List<Medication> out = new ArrayList<>(all.size());
        for (byte[] b : all) {
            Values.In in = new Values.In(b);
            out.add(in.i32() == 0 ? null : new Medication(in.str(), in.str(), in.str()));
        }
        return out;
    }

    private static byte[] goal(Facts.GoalFact g) {
        return new Values.Out().str(g.ref()).str(g.goal().id()).str(g.goal().text()).bytes();
    }

    private static Facts.GoalFact goal(byte[] b) {
        Values.In in = new Values.In(b);
        return new Facts.GoalFact(in.str(), new Goal(in.str(), in.str()));
    }

    private static byte[] strings(List<String> list) {
        Values.Out v = new Values.Out().i32(list.size());
        list.forEach(v::str);
        return v.bytes();
    }

    private static List<List<String>> plans(List<byte[]> all) {
        if (all.isEmpty()) {
            return null;
        }
        List<List<String>> out = new ArrayList<>(all.size());
        for (byte[] b : all) {
            Values.In in = new Values.In(b);
            int n = in.i32();
            List<String> goals = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                goals.add(in.str());
            }
            out.add(List.copyOf(goals));
        }
        return out;
    }
}
