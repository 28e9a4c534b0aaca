package io.notelint.fhir;

import io.notelint.core.model.Note;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last notes mapped as someone's history, so a client's tenth note does not parse the nine before it
 * again. Bounded (least recently used out), shared by the decoding threads; what it holds is a function
 * of the input alone, so a hit or a miss gives the same note.
 */
final class HistoryCache {

    private final Map<String, Note> notes;

    HistoryCache(int capacity) {
        this.notes = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Note> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Note get(String ref) {
        return notes.get(ref);
    }

    synchronized void put(String ref, Note note) {
        notes.put(ref, note);
    }
}
