package io.notelint.rules.clinical;

/**
 * A structured field that changed since the previous note, described for the finding ("lithium dose
 * changed from 600 mg to 900 mg"), and whether the note's text speaks of it.
 */
record FieldChange(String description, boolean documented) {
}
