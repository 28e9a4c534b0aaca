package io.notelint.core.model;

/** A treatment-plan goal. */
public record Goal(String id, String text) {
    public Goal {
        id = id == null ? "" : id.trim();
        text = text == null ? "" : text;
    }
}
