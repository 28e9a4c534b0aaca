package io.notelint.core.model;

/** Who wrote and signs the note. */
public record Clinician(String name, String credentials) {
    public Clinician {
        name = name == null ? "" : name.trim();
        credentials = credentials == null ? "" : credentials.trim();
    }
}
