package io.notelint.fhir;

import io.notelint.core.model.NoteError;
import io.notelint.core.model.Diagnosis;
import io.notelint.core.model.Medication;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the first pass over a FHIR input found: the records in input order (notes, and resources that
 * are errors), and the facts of the resources around the notes, looked up by reference. Filled by
 * {@link Indexer} on one thread, read-only afterwards.
 */
final class FhirIndex {

    /** One record of the batch: a note to decode, or an error found while indexing. */
    record Item(Facts.NoteEntry note, String errorId, NoteError error, int source, long line) {
    }

    final List<Item> items = new ArrayList<>();
    final Map<String, Facts.Encounter> encounters = new HashMap<>();
    final Map<String, Facts.Practitioner> practitioners = new HashMap<>();
    /** PractitionerRole -> its practitioner. */
    final Map<String, String> roles = new HashMap<>();
    final Map<String, Facts.Patient> patients = new HashMap<>();
    final Map<String, Diagnosis> conditions = new HashMap<>();
    final Map<String, List<Diagnosis>> conditionsByEncounter = new HashMap<>();
    final Map<String, List<Diagnosis>> conditionsBySubject = new HashMap<>();
    /** Medications by encounter and by client; a null element is "no known medications". */
    final Map<String, List<Medication>> medsByEncounter = new HashMap<>();
    final Map<String, List<Medication>> medsBySubject = new HashMap<>();
    /** The highest risk level id of an encounter's RiskAssessments. */
    final Map<String, String> riskByEncounter = new HashMap<>();
    final Map<String, Facts.GoalFact> goals = new HashMap<>();
    final Map<String, List<Facts.GoalFact>> goalsBySubject = new HashMap<>();
    /** The goal references of the CarePlans of an encounter, and of a client's plans without one. */
    final Map<String, List<List<String>>> carePlansByEncounter = new HashMap<>();
    final Map<String, List<List<String>>> carePlansBySubject = new HashMap<>();
    /**
     * One instance of each reference and code while indexing (an export repeats them in every resource);
     * dropped when the index is built ({@link #built}), since the strings themselves stay shared.
     */
    private Map<String, String> strings = new HashMap<>();
    /** Goals some encounter's care plan names: not the client's standing goals. */
    final Set<String> goalsOfEncounters = new HashSet<>();
    /** CPT codes billed for an encounter by a Claim or ChargeItem. */
    final Map<String, String> cptByEncounter = new HashMap<>();
    final Map<String, Location> binaries = new HashMap<>();
    /** Medication resources: their names. */
    final Map<String, String> medicationNames = new HashMap<>();
    /** Bundle {@code fullUrl}s ({@code urn:uuid:...}) -> {@code Type/id}. */
    final Map<String, String> aliases = new HashMap<>();
    /** The resource types the input holds at all: a reference to one of them must resolve. */
    final Set<String> typesSeen = new HashSet<>();
    /** The input's file names, by source number. */
    final List<String> sourceNames = new ArrayList<>();

    String intern(String s) {
        if (s == null || strings == null) {
            return s;
        }
        String known = strings.putIfAbsent(s, s);
        return known != null ? known : s;
    }

    /** Indexing is over: what only indexing needed is let go. */
    void built() {
        strings = null;
    }

    /** {@code ref} with a Bundle alias resolved. */
    String resolve(String ref) {
        return ref == null ? null : aliases.getOrDefault(ref, ref);
    }

    static <T> void add(Map<String, List<T>> map, String key, T value) {
        if (key != null) {
            map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
    }
}
